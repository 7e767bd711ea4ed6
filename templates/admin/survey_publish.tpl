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
{{#PUBLISH_ERROR}}<span id="publish"></span>{{/PUBLISH_ERROR}}
<span class="govuk-caption-l">{{TITLE}}</span>
<h1 class="govuk-heading-l">Publish version {{VERSION}}?</h1>
<div class="govuk-warning-text">
<span class="govuk-warning-text__icon" aria-hidden="true">!</span>
<strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> Once published, this version can be given to staff in a wave and can never be changed again. To change it later you will copy it to a new version.</strong>
</div>
<form method="post" action="{{BASE}}/publish" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-button-group">
<button type="submit" class="govuk-button">Publish version {{VERSION}}</button>
<a class="govuk-link" href="{{BASE}}">Cancel</a>
</div>
</form>
</div>
</div>
