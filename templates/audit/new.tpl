{{%AUTOESCAPE context="HTML"}}
<a href="/standards/audits/" class="govuk-back-link">Back to case audits</a>
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
<h1 class="govuk-heading-l">Start a case audit</h1>
<p class="govuk-body">The audit is graded against the Practice Standards in force today. Only the case reference, the team and the allocated worker are kept: never the child's name or details.</p>
<form method="post" action="/standards/audits/new" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-form-group{{#CASE_ERROR}} govuk-form-group--error{{/CASE_ERROR}}">
<label class="govuk-label govuk-label--s" for="case_ref">Case reference</label>
<div class="govuk-hint" id="case_ref-hint">As it appears in the case management system, for example 1234567 or CM/2026/0042</div>
{{#CASE_ERROR}}<p class="govuk-error-message" id="case_ref-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/CASE_ERROR}}
<input class="govuk-input govuk-input--width-20{{#CASE_ERROR}} govuk-input--error{{/CASE_ERROR}}" id="case_ref" name="case_ref" type="text" spellcheck="false" autocomplete="off" value="{{CASE_REF}}" aria-describedby="case_ref-hint{{#CASE_ERROR}} case_ref-error{{/CASE_ERROR}}">
</div>
<div class="govuk-form-group{{#WORKER_ERROR}} govuk-form-group--error{{/WORKER_ERROR}}">
<label class="govuk-label govuk-label--s" for="worker">Allocated worker</label>
<div class="govuk-hint" id="worker-hint">The audit belongs to their team</div>
{{#WORKER_ERROR}}<p class="govuk-error-message" id="worker-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/WORKER_ERROR}}
<select class="govuk-select{{#WORKER_ERROR}} govuk-select--error{{/WORKER_ERROR}}" id="worker" name="worker" aria-describedby="worker-hint{{#WORKER_ERROR}} worker-error{{/WORKER_ERROR}}">
<option value="">Choose a person</option>
{{#WORKER}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}} ({{TEAM}})</option>
{{/WORKER}}</select>
</div>
<button type="submit" class="govuk-button">Start audit</button>
</form>
</div>
</div>
