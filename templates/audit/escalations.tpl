{{%AUTOESCAPE context="HTML"}}
<a href="/" class="govuk-back-link">Back to home</a>
<h1 class="govuk-heading-l">Escalations</h1>
<p class="govuk-body">Case audits escalate when a grade is Inadequate or the auditor has a serious concern about a child's safety. Overdue means past its due time and not yet closed.</p>
{{#MINE_HEADING}}<h2 class="govuk-heading-m">Yours to action</h2>{{/MINE_HEADING}}
{{#MINE}}<ul class="govuk-list chorus-escalation-list">{{#ESC}}
<li class="chorus-escalation-row"><a class="govuk-link" href="{{HREF}}">Case {{CASE_REF}}, {{TEAM}}</a>: {{REASON}}. Due {{DUE}}, with {{OWNER}}.{{#OVERDUE}} <strong class="govuk-tag govuk-tag--red">Overdue</strong>{{/OVERDUE}}</li>{{/ESC}}
</ul>{{/MINE}}
{{#MINE_NONE}}<h2 class="govuk-heading-m">Yours to action</h2><p class="govuk-body">You have no open escalations.</p>{{/MINE_NONE}}
{{#OVERDUE_HEADING}}<h2 class="govuk-heading-m">Overdue in every service</h2>{{/OVERDUE_HEADING}}
{{#OVERDUE_ALL}}<ul class="govuk-list chorus-escalation-list">{{#ESC}}
<li class="chorus-escalation-row"><a class="govuk-link" href="{{HREF}}">Case {{CASE_REF}}, {{TEAM}}</a>: {{REASON}}. Due {{DUE}}, with {{OWNER}}.{{#OVERDUE}} <strong class="govuk-tag govuk-tag--red">Overdue</strong>{{/OVERDUE}}</li>{{/ESC}}
</ul>{{/OVERDUE_ALL}}
{{#OVERDUE_NONE}}<h2 class="govuk-heading-m">Overdue in every service</h2><p class="govuk-body">No escalation is overdue.</p>{{/OVERDUE_NONE}}
