{{%AUTOESCAPE context="HTML"}}
<a href="{{BASE}}" class="govuk-back-link">Back to the draft</a>
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
<h1 class="govuk-heading-l">Change section {{NUMBER}}</h1>
<form method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-form-group{{#SECTION_TITLE_ERROR}} govuk-form-group--error{{/SECTION_TITLE_ERROR}}">
<label class="govuk-label govuk-label--s" for="section_title">Section title</label>
{{#SECTION_TITLE_ERROR}}<p class="govuk-error-message" id="section_title-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/SECTION_TITLE_ERROR}}
<input class="govuk-input{{#SECTION_TITLE_ERROR}} govuk-input--error{{/SECTION_TITLE_ERROR}}" id="section_title" name="section_title" type="text" value="{{SECTION_TITLE}}" autocomplete="off"{{#SECTION_TITLE_ERROR}} aria-describedby="section_title-error"{{/SECTION_TITLE_ERROR}}>
</div>
<div class="govuk-form-group{{#SECTION_INTRO_ERROR}} govuk-form-group--error{{/SECTION_INTRO_ERROR}}">
<label class="govuk-label govuk-label--s" for="section_intro">Introduction (optional)</label>
{{#SECTION_INTRO_ERROR}}<p class="govuk-error-message" id="section_intro-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/SECTION_INTRO_ERROR}}
<input class="govuk-input{{#SECTION_INTRO_ERROR}} govuk-input--error{{/SECTION_INTRO_ERROR}}" id="section_intro" name="section_intro" type="text" value="{{SECTION_INTRO}}" autocomplete="off"{{#SECTION_INTRO_ERROR}} aria-describedby="section_intro-error"{{/SECTION_INTRO_ERROR}}>
</div>
<div class="govuk-button-group">
<button type="submit" class="govuk-button">Save section</button>
<a class="govuk-link" href="{{BASE}}">Cancel</a>
</div>
</form>
</div>
</div>
