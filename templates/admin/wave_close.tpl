{{%AUTOESCAPE context="HTML"}}
<a href="{{BASE}}" class="govuk-back-link">Back to the wave</a>
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<h1 class="govuk-heading-l">Close {{TITLE}} now?</h1>
<p class="govuk-body">It closes at {{CLOSES}} (UK time) as planned. {{RESPONSES}} people have taken part so far.</p>
<div class="govuk-warning-text">
<span class="govuk-warning-text__icon" aria-hidden="true">!</span>
<strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> Staff who have not finished will not be able to send their answers. A closed wave cannot be opened again.</strong>
</div>
<form method="post" action="{{BASE}}/close" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-button-group">
<button type="submit" class="govuk-button govuk-button--warning">Close the wave now</button>
<a class="govuk-link" href="{{BASE}}">Cancel</a>
</div>
</form>
</div>
</div>
