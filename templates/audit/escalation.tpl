{{%AUTOESCAPE context="HTML"}}
<a href="/standards/escalations" class="govuk-back-link">Back to escalations</a>
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
{{#ERRORS}}
<div class="govuk-error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 class="govuk-error-summary__title" id="error-summary-title">There is a problem</h2>
<div class="govuk-error-summary__body">
<ul class="govuk-error-summary__list">{{#ERROR}}<li><a href="{{HREF}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
</div>
{{/ERRORS}}
<span class="govuk-caption-l">{{TEAM}}</span>
<h1 class="govuk-heading-l">Escalation: case {{CASE_REF}}</h1>
<p class="govuk-body"><strong class="govuk-tag govuk-tag--grey chorus-escalation-state">{{STATE}}</strong>{{#OVERDUE}} <strong class="govuk-tag govuk-tag--red">Overdue</strong>{{/OVERDUE}}</p>
<dl class="govuk-summary-list">
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Why</dt><dd class="govuk-summary-list__value">{{REASON}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Manager</dt><dd class="govuk-summary-list__value">{{OWNER}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Opened</dt><dd class="govuk-summary-list__value">{{OPENED}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Due</dt><dd class="govuk-summary-list__value">{{DUE}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Audit</dt><dd class="govuk-summary-list__value"><a class="govuk-link" href="{{AUDIT_HREF}}">Read the audit of case {{CASE_REF}}</a></dd></div>
</dl>
<h2 class="govuk-heading-m">What has happened</h2>
<ol class="chorus-timeline">
{{#EVENT}}
<li class="chorus-timeline__item">
<p class="chorus-timeline__what">{{WHAT}}</p>
<p class="chorus-timeline__meta">{{WHO}}, {{AT}}</p>
<p class="chorus-timeline__text chorus-audit-text">{{NOTE}}</p>
</li>
{{/EVENT}}
</ol>
{{#ACT_FORM}}
<h2 class="govuk-heading-m">Record the remedial action</h2>
<form method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-form-group{{#TEXT_ERROR}} govuk-form-group--error{{/TEXT_ERROR}}">
<label class="govuk-label govuk-label--s" for="text">What was done to put it right</label>
<div class="govuk-hint" id="text-hint">Needed before the escalation can be closed. It is kept with your name and cannot be changed.</div>
{{#TEXT_ERROR}}<p class="govuk-error-message" id="text-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/TEXT_ERROR}}
<textarea class="govuk-textarea{{#TEXT_ERROR}} govuk-textarea--error{{/TEXT_ERROR}}" id="text" name="text" rows="5" aria-describedby="text-hint{{#TEXT_ERROR}} text-error{{/TEXT_ERROR}}">
{{TEXT}}</textarea>
</div>
<button type="submit" class="govuk-button" name="do" value="action">Record action</button>
</form>
<h2 class="govuk-heading-m">Close this escalation</h2>
<form method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<p class="govuk-hint" id="close-hint">You can close this once the remedial action is recorded.</p>
<button type="submit" class="govuk-button govuk-button--secondary" id="close" name="do" value="close" aria-describedby="close-hint">Close escalation</button>
</form>
{{/ACT_FORM}}
</div>
</div>
