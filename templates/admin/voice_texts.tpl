{{%AUTOESCAPE context="HTML"}}
<a href="/admin/voice" class="govuk-back-link">Back to voice forms</a>
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
<h1 class="govuk-heading-l">Words for {{WHAT}}</h1>
<p class="govuk-body">{{MISSING_COUNT}} missing. Leave a box empty to show the English. Tick “needs checking” until a qualified translator has checked the words.</p>
{{#PREVIEW}}<p class="govuk-body"><a class="govuk-link" href="{{HREF}}">Preview the form in {{LANG_NAME}}</a> (opens the form families see)</p>{{/PREVIEW}}
<form method="post" action="/admin/voice/texts" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="lang" value="{{LANG}}">
<input type="hidden" name="form" value="{{FORM}}">
{{#TEXT}}
<div class="govuk-form-group chorus-voice-text">
<h2 class="govuk-heading-s">{{KEY}}{{#MISSING}} <strong class="govuk-tag govuk-tag--red">Missing</strong>{{/MISSING}}</h2>
<p class="govuk-body govuk-inset-text" lang="en">{{ENGLISH}}</p>
<label class="govuk-label" for="text_{{N}}">In {{LANG_NAME}}</label>
<textarea class="govuk-textarea" id="text_{{N}}" name="text_{{N}}" rows="2" lang="{{LANG}}" dir="{{DIR}}">
{{VALUE:pre_escape}}</textarea>
<div class="govuk-checkboxes govuk-checkboxes--small">
<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="draft_{{N}}" name="draft_{{N}}" type="checkbox" value="1"{{#DRAFT}} checked{{/DRAFT}}><label class="govuk-label govuk-checkboxes__label" for="draft_{{N}}">Needs checking by a translator</label></div>
</div>
</div>
{{/TEXT}}
<button type="submit" class="govuk-button">Save words</button>
</form>
