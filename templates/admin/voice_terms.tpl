{{%AUTOESCAPE context="HTML"}}
<a href="/admin/voice" class="govuk-back-link">Back to voice forms</a>
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
{{#SAVED}}
<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="saved-title">
<div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="saved-title">Success</h2></div>
<div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">Your change has been saved</p></div>
</div>
{{/SAVED}}
<span class="govuk-caption-l">{{LANG_NAME}}</span>
<h1 class="govuk-heading-l">Safeguarding terms</h1>
<p class="govuk-body">Feedback in this language that contains one of these words or phrases opens an urgent follow-up.</p>
<ul class="govuk-list" lang="{{LANG}}" dir="{{DIR}}">
{{#TERM}}<li>{{TERM}} <a class="govuk-link" href="/admin/voice/terms/remove?lang={{LANG}}&amp;term={{TERM:u}}">Remove<span class="govuk-visually-hidden"> {{TERM}}</span></a></li>
{{/TERM}}
</ul>
<form method="post" action="/admin/voice/terms" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="lang" value="{{LANG}}">
<div class="govuk-form-group{{#TERM_ERROR}} govuk-form-group--error{{/TERM_ERROR}}">
<label class="govuk-label govuk-label--s" for="term">Add a word or phrase</label>
{{#TERM_ERROR}}<p class="govuk-error-message" id="term-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/TERM_ERROR}}
<input class="govuk-input{{#TERM_ERROR}} govuk-input--error{{/TERM_ERROR}}" id="term" name="term" type="text" value="{{TERM_VALUE}}" lang="{{LANG}}" dir="{{DIR}}" autocomplete="off"{{#TERM_ERROR}} aria-describedby="term-error"{{/TERM_ERROR}}>
</div>
<button type="submit" class="govuk-button">Add term</button>
</form>
</div>
</div>
