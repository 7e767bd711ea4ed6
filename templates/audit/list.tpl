{{%AUTOESCAPE context="HTML"}}
<a href="/" class="govuk-back-link">Back to home</a>
<h1 class="govuk-heading-l">Case audits</h1>
<p class="govuk-body">Audits of case files against the Practice Standards. Auditors see every audit; workers and their managers see audits of their cases once submitted.</p>
<ul class="govuk-list chorus-audit-links">
{{#AUDITOR_LINKS}}<li><a class="govuk-link" href="/standards/audits/new">Start a case audit</a></li>
<li><a class="govuk-link" href="/standards/audits/agreement">Moderation agreement</a></li>{{/AUDITOR_LINKS}}
{{#MANAGER_LINKS}}<li><a class="govuk-link" href="/standards/escalations">Escalations</a></li>
<li><a class="govuk-link" href="/standards/audits/sample">Sample cases to audit</a></li>{{/MANAGER_LINKS}}
</ul>
{{#NONE}}<p class="govuk-body chorus-audits-none">There are no case audits for you to see.</p>{{/NONE}}
{{#ROWS}}<div class="chorus-table-wrap" role="region" aria-labelledby="audits-caption" tabindex="0">
<table class="govuk-table chorus-audits">
<caption class="govuk-table__caption govuk-table__caption--m govuk-visually-hidden" id="audits-caption">Case audits, newest first</caption>
<thead class="govuk-table__head"><tr class="govuk-table__row">
<th scope="col" class="govuk-table__header">Case</th>
<th scope="col" class="govuk-table__header">Team</th>
<th scope="col" class="govuk-table__header">Worker</th>
<th scope="col" class="govuk-table__header">Auditor</th>
<th scope="col" class="govuk-table__header">Started</th>
<th scope="col" class="govuk-table__header">Status</th>
</tr></thead>
<tbody class="govuk-table__body">{{#AUDIT}}
<tr class="govuk-table__row">
<td class="govuk-table__cell"><a class="govuk-link" href="{{HREF}}">{{CASE_REF}}</a></td>
<td class="govuk-table__cell">{{TEAM}}</td>
<td class="govuk-table__cell">{{WORKER}}</td>
<td class="govuk-table__cell">{{AUDITOR}}</td>
<td class="govuk-table__cell">{{STARTED}}</td>
<td class="govuk-table__cell"><strong class="govuk-tag govuk-tag--grey">{{STATUS}}</strong>{{#ESCALATED}} <strong class="govuk-tag govuk-tag--red">Escalated</strong>{{/ESCALATED}}</td>
</tr>{{/AUDIT}}
</tbody>
</table>
</div>{{/ROWS}}
