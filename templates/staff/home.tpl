{{%AUTOESCAPE context="HTML"}}
{{#URGENT}}
<div class="govuk-notification-banner chorus-notification-banner--urgent" role="region" aria-labelledby="urgent-title">
<div class="govuk-notification-banner__header">
<h2 class="govuk-notification-banner__title" id="urgent-title">Urgent</h2>
</div>
<div class="govuk-notification-banner__content">
<p class="govuk-notification-banner__heading">Urgent follow-ups that need action: {{COUNT}}.</p>
<p class="govuk-body"><a class="govuk-notification-banner__link" href="/followup/">See the follow-ups from children and families</a></p>
</div>
</div>
{{/URGENT}}
{{#ESCALATIONS}}
<div class="govuk-notification-banner chorus-notification-banner--urgent chorus-home-escalations" role="region" aria-labelledby="escalations-title">
<div class="govuk-notification-banner__header">
<h2 class="govuk-notification-banner__title" id="escalations-title">Escalations</h2>
</div>
<div class="govuk-notification-banner__content">
<p class="govuk-notification-banner__heading">Case audit escalations for you to action: {{COUNT}}.</p>
<ul class="govuk-list">{{#ESC}}
<li><a class="govuk-notification-banner__link" href="{{HREF}}">Case {{CASE_REF}}</a>: {{REASON}}. Due {{DUE}}.{{#OVERDUE}} <strong class="govuk-tag govuk-tag--red">Overdue</strong>{{/OVERDUE}}</li>{{/ESC}}
</ul>
</div>
</div>
{{/ESCALATIONS}}
{{#HEAD_OVERDUE}}
<div class="govuk-notification-banner chorus-notification-banner--urgent chorus-home-overdue" role="region" aria-labelledby="overdue-title">
<div class="govuk-notification-banner__header">
<h2 class="govuk-notification-banner__title" id="overdue-title">Overdue escalations</h2>
</div>
<div class="govuk-notification-banner__content">
<p class="govuk-notification-banner__heading">Case audit escalations past their due time: {{COUNT}}.</p>
<p class="govuk-body"><a class="govuk-notification-banner__link" href="/standards/escalations">See the overdue escalations</a></p>
</div>
</div>
{{/HEAD_OVERDUE}}
<div class="chorus-home-intro">
<h1 class="govuk-heading-l">Hello, {{USER_NAME}}</h1>
<p class="chorus-meta">{{ROLE_LABELS}}</p>
<p class="chorus-meta">{{TEAM_NAME}}</p>
</div>

<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">

<section class="chorus-home-block" aria-labelledby="surveys-heading">
<h2 class="govuk-heading-m" id="surveys-heading">Surveys to fill in</h2>
<ul class="govuk-task-list chorus-hide-if-empty">{{#SURVEY}}
<li class="govuk-task-list__item govuk-task-list__item--with-link">
<div class="govuk-task-list__name-and-hint">
<a class="govuk-link govuk-task-list__link" href="{{HREF}}">{{TITLE}}</a>
<div class="govuk-task-list__hint">Closes {{CLOSES}}</div>
</div>
<div class="govuk-task-list__status"><strong class="govuk-tag govuk-tag--blue">{{STATUS}}</strong></div>
</li>
{{/SURVEY}}</ul>
{{#NO_SURVEYS}}
<p class="govuk-body">There are no surveys open for you at the moment.</p>
{{/NO_SURVEYS}}
</section>

<section class="chorus-home-block" aria-labelledby="standards-heading">
<h2 class="govuk-heading-m" id="standards-heading">Practice Standards</h2>
<ul class="govuk-task-list chorus-hide-if-empty">{{#STANDARD}}
<li class="govuk-task-list__item govuk-task-list__item--with-link">
<div class="govuk-task-list__name-and-hint">
<a class="govuk-link govuk-task-list__link" href="{{HREF}}">Read and acknowledge version {{VERSION}}<span class="govuk-visually-hidden"> of the Practice Standards</span></a>
<div class="govuk-task-list__hint">In force from {{EFFECTIVE}}</div>
</div>
<div class="govuk-task-list__status"><strong class="govuk-tag govuk-tag--blue">To do</strong></div>
</li>
{{/STANDARD}}</ul>
{{#NO_STANDARDS}}
<p class="govuk-body">You have acknowledged the current Practice Standards.</p>
{{/NO_STANDARDS}}
</section>

<section class="chorus-home-block" aria-labelledby="audits-heading">
<h2 class="govuk-heading-m" id="audits-heading">Case audits</h2>
<ul class="govuk-task-list chorus-hide-if-empty">{{#AUDIT}}
<li class="govuk-task-list__item govuk-task-list__item--with-link">
<div class="govuk-task-list__name-and-hint">
<a class="govuk-link govuk-task-list__link" href="{{HREF}}"><span class="govuk-visually-hidden">Case </span>{{CASE_REF}}</a>
<div class="govuk-task-list__hint">{{WHAT}}</div>
</div>
<div class="govuk-task-list__status"><strong class="govuk-tag govuk-tag--grey">{{STATUS}}</strong></div>
</li>
{{/AUDIT}}</ul>
{{#NO_AUDITS}}
<p class="govuk-body">You have no case audits to do.</p>
{{/NO_AUDITS}}
<p class="govuk-body"><a class="govuk-link" href="/standards/audits/">All case audits you can see</a></p>
</section>

{{#FOLLOWUPS_BLOCK}}
<section class="chorus-home-block" aria-labelledby="followups-heading">
<h2 class="govuk-heading-m" id="followups-heading">Follow-ups from children and families</h2>
<ul class="govuk-task-list chorus-hide-if-empty">{{#FOLLOWUP}}
<li class="govuk-task-list__item govuk-task-list__item--with-link">
<div class="govuk-task-list__name-and-hint">
<a class="govuk-link govuk-task-list__link" href="{{HREF}}">Feedback for {{TEAM}}</a>
<div class="govuk-task-list__hint">Due {{DUE}}</div>
</div>
<div class="govuk-task-list__status chorus-tags">{{#FOLLOWUP_URGENT}}<strong class="govuk-tag govuk-tag--red">Urgent</strong>{{/FOLLOWUP_URGENT}}{{#FOLLOWUP_OVERDUE}}<strong class="govuk-tag govuk-tag--orange">Overdue</strong>{{/FOLLOWUP_OVERDUE}}</div>
</li>
{{/FOLLOWUP}}</ul>
{{#NO_FOLLOWUPS}}
<p class="govuk-body">There are no follow-ups waiting for your teams.</p>
{{/NO_FOLLOWUPS}}
</section>
{{/FOLLOWUPS_BLOCK}}

</div>
</div>
