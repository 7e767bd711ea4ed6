{{%AUTOESCAPE context="HTML"}}
<a href="/admin/standards/draft" class="govuk-back-link">Back to the draft</a>
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
<h1 class="govuk-heading-l" id="confirm">Publish Practice Standards version {{VERSION}}?</h1>
{{#CONFIRM_ERROR}}<p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/CONFIRM_ERROR}}
{{#HAS_EFFECTIVE}}<p class="govuk-body">It comes into force on {{EFFECTIVE}}, and from then every member of staff is asked to acknowledge it.</p>{{/HAS_EFFECTIVE}}
<div class="govuk-warning-text">
<span class="govuk-warning-text__icon" aria-hidden="true">!</span>
<strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> A published version can never be changed. A later change needs a new version.</strong>
</div>
<form method="post" action="/admin/standards/draft/publish" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-button-group">
<button type="submit" class="govuk-button">Publish version {{VERSION}}</button>
<a class="govuk-link" href="/admin/standards/draft">Cancel</a>
</div>
</form>
</div>
</div>
