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
<span class="govuk-caption-l">Draft version {{VERSION}}</span>
<h1 class="govuk-heading-l">Change the survey title and introduction</h1>
<div class="govuk-inset-text">The title and introduction belong to the survey, not to one version: every version shows the new words, published versions and their waves too, including on staff pages and in reports.</div>
<form method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-form-group{{#TITLE_ERROR}} govuk-form-group--error{{/TITLE_ERROR}}">
<label class="govuk-label govuk-label--s" for="title">Survey title</label>
{{#TITLE_ERROR}}<p class="govuk-error-message" id="title-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/TITLE_ERROR}}
<input class="govuk-input{{#TITLE_ERROR}} govuk-input--error{{/TITLE_ERROR}}" id="title" name="title" type="text" value="{{TITLE}}" autocomplete="off"{{#TITLE_ERROR}} aria-describedby="title-error"{{/TITLE_ERROR}}>
</div>
<div class="govuk-form-group{{#INTRO_ERROR}} govuk-form-group--error{{/INTRO_ERROR}}">
<label class="govuk-label govuk-label--s" for="intro">Introduction (optional)</label>
{{#INTRO_ERROR}}<p class="govuk-error-message" id="intro-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/INTRO_ERROR}}
<input class="govuk-input{{#INTRO_ERROR}} govuk-input--error{{/INTRO_ERROR}}" id="intro" name="intro" type="text" value="{{INTRO}}" autocomplete="off"{{#INTRO_ERROR}} aria-describedby="intro-error"{{/INTRO_ERROR}}>
</div>
<div class="govuk-button-group">
<button type="submit" class="govuk-button">Save</button>
<a class="govuk-link" href="{{BASE}}">Cancel</a>
</div>
</form>
</div>
</div>
