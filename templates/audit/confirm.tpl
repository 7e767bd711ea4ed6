{{%AUTOESCAPE context="HTML"}}
<a href="{{BACK}}" class="govuk-back-link">Back</a>
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<span class="govuk-caption-l">Case {{CASE_REF}}</span>
<h1 class="govuk-heading-l">{{HEADING}}</h1>
<p class="govuk-body">{{TEXT}}</p>
{{#WARNING}}<div class="govuk-warning-text">
<span class="govuk-warning-text__icon" aria-hidden="true">!</span>
<strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning: </span>{{TEXT}}</strong>
</div>{{/WARNING}}
<form method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
{{#HIDDEN}}<input type="hidden" name="{{NAME}}" value="{{VALUE}}">
{{/HIDDEN}}<input type="hidden" name="confirm" value="1">
<div class="govuk-button-group">
<button type="submit" class="govuk-button govuk-button--warning">{{BUTTON}}</button>
<a class="govuk-link" href="{{BACK}}">Cancel</a>
</div>
</form>
</div>
</div>
