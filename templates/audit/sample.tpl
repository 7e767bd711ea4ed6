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
<h1 class="govuk-heading-l">Sample cases to audit</h1>
<p class="govuk-body">Paste the open cases from the case management system and get a random sample from each team. Nothing is stored: hand the list to the auditors.</p>
<form method="post" action="/standards/audits/sample" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-form-group{{#PER_TEAM_ERROR}} govuk-form-group--error{{/PER_TEAM_ERROR}}">
<label class="govuk-label govuk-label--s" for="per_team">Cases per team</label>
{{#PER_TEAM_ERROR}}<p class="govuk-error-message" id="per_team-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/PER_TEAM_ERROR}}
<input class="govuk-input govuk-input--width-3{{#PER_TEAM_ERROR}} govuk-input--error{{/PER_TEAM_ERROR}}" id="per_team" name="per_team" type="text" inputmode="numeric" value="{{PER_TEAM}}"{{#PER_TEAM_ERROR}} aria-describedby="per_team-error"{{/PER_TEAM_ERROR}}>
</div>
<div class="govuk-form-group{{#CASES_ERROR}} govuk-form-group--error{{/CASES_ERROR}}">
<label class="govuk-label govuk-label--s" for="cases">Open cases</label>
<div class="govuk-hint" id="cases-hint">One case a line: the case reference, a comma, then the allocated worker's username or staff number. For example: CM/2026/0042, sw.demo</div>
{{#CASES_ERROR}}<p class="govuk-error-message" id="cases-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/CASES_ERROR}}
<textarea class="govuk-textarea{{#CASES_ERROR}} govuk-textarea--error{{/CASES_ERROR}}" id="cases" name="cases" rows="10" spellcheck="false" aria-describedby="cases-hint{{#CASES_ERROR}} cases-error{{/CASES_ERROR}}">
{{CASES}}</textarea>
</div>
<button type="submit" class="govuk-button">Sample cases</button>
</form>
{{#RESULT}}
<h2 class="govuk-heading-m" id="sample-heading">The sample</h2>
{{#TEAM}}<h3 class="govuk-heading-s">{{NAME}}</h3>
<ul class="govuk-list chorus-sample">{{#CASE}}<li class="chorus-sample-case">{{REF}}, {{WORKER}}{{#START}}: <a class="govuk-link" href="{{HREF}}">start the audit<span class="govuk-visually-hidden"> of case {{REF}}</span></a>{{/START}}</li>{{/CASE}}</ul>
{{/TEAM}}
{{/RESULT}}
</div>
</div>
