{{%AUTOESCAPE context="HTML"}}
<a href="/admin/surveys" class="govuk-back-link">Back to surveys</a>
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
<h1 class="govuk-heading-l">Import a survey</h1>
<p class="govuk-body">Paste a survey definition file, for example one downloaded from another Chorus server. It is checked in full before anything is stored, and stored as a published version. The format is described in the Chorus documentation (docs/survey-format.md).</p>
<form method="post" action="/admin/surveys/import" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-form-group{{#DEFINITION_ERROR}} govuk-form-group--error{{/DEFINITION_ERROR}}">
<label class="govuk-label govuk-label--s" for="definition">Survey definition</label>
<div class="govuk-hint" id="definition-hint">It starts with a line like: survey: staff-health-check</div>
{{#DEFINITION_ERROR}}<p class="govuk-error-message" id="definition-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/DEFINITION_ERROR}}
<textarea class="govuk-textarea{{#DEFINITION_ERROR}} govuk-textarea--error{{/DEFINITION_ERROR}}" id="definition" name="definition" rows="20" spellcheck="false" aria-describedby="definition-hint{{#DEFINITION_ERROR}} definition-error{{/DEFINITION_ERROR}}">
{{DEFINITION:pre_escape}}</textarea>
</div>
<button type="submit" class="govuk-button">Import survey</button>
</form>
</div>
</div>
