{{%AUTOESCAPE context="HTML"}}
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
<h1 class="govuk-heading-l">{{TITLE}}</h1>
{{#NONE}}
<p class="govuk-body chorus-standards-none">There are no Practice Standards in force yet.</p>
{{/NONE}}
<div class="chorus-standards-current">
{{#ACKNOWLEDGED}}
<div class="govuk-notification-banner govuk-notification-banner--success" role="region" aria-labelledby="acknowledged-title">
<div class="govuk-notification-banner__header">
<h2 class="govuk-notification-banner__title" id="acknowledged-title">Acknowledged</h2>
</div>
<div class="govuk-notification-banner__content">
<p class="govuk-notification-banner__heading">You acknowledged version {{VERSION}} on {{AT}}.</p>
</div>
</div>
{{/ACKNOWLEDGED}}
<p class="govuk-body-l">Version {{VERSION}}, in force from {{EFFECTIVE}}. The standards set out what good practice looks like in every case and what evidence of it looks like in a case file.</p>
{{#CHANGES}}
<div class="govuk-inset-text chorus-standards-changes">
<h2 class="govuk-heading-m">What has changed since version {{SINCE_VERSION}}, the last one you acknowledged</h2>
<ul class="govuk-list chorus-standards-changes__list">
{{#CHANGE}}
<li class="chorus-standards-change"><strong class="govuk-tag govuk-tag--blue chorus-standards-change__kind">{{KIND}}</strong> <span class="chorus-standards-change__what">{{CODE}} {{TITLE}}</span></li>
{{/CHANGE}}
</ul>
</div>
{{/CHANGES}}
<h2 class="govuk-heading-m">About this version</h2>
<p class="govuk-body chorus-standards-text">{{SUMMARY:pre_escape}}</p>
<h2 class="govuk-heading-m">The standards</h2>
<ol class="chorus-standards-list">
{{#STANDARD}}
<li class="chorus-standard" id="{{ID}}">
<h3 class="govuk-heading-m chorus-standard__title"><span class="chorus-standard__code">{{CODE}}</span> {{TITLE}}</h3>
{{#STANDARD_CHANGED}}
<p class="chorus-standard__changed"><strong class="govuk-tag govuk-tag--orange">Changed since you last acknowledged</strong></p>
{{/STANDARD_CHANGED}}
<h4 class="govuk-heading-s">What good looks like</h4>
<p class="govuk-body chorus-standards-text">{{BODY:pre_escape}}</p>
<h4 class="govuk-heading-s">What evidence of it looks like in a case file</h4>
<p class="govuk-body chorus-standards-text">{{EVIDENCE:pre_escape}}</p>
</li>
{{/STANDARD}}
</ol>
{{#ACK_FORM}}
<form method="post" action="{{ACTION}}" novalidate class="chorus-standards-ack">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="version" value="{{VERSION_ID}}">
<div class="govuk-form-group{{#ACK_ERROR}} govuk-form-group--error{{/ACK_ERROR}}">
<fieldset class="govuk-fieldset" aria-describedby="confirm-hint{{#ACK_ERROR}} confirm-error{{/ACK_ERROR}}">
<legend class="govuk-fieldset__legend govuk-fieldset__legend--m"><h2 class="govuk-fieldset__heading">Acknowledge version {{VERSION}}</h2></legend>
<div class="govuk-hint" id="confirm-hint">Your acknowledgement is recorded with your name, the version and the date and time. It cannot be changed afterwards.</div>
{{#ACK_ERROR}}<p class="govuk-error-message" id="confirm-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ACK_ERROR}}
<div class="govuk-checkboxes">
<div class="govuk-checkboxes__item">
<input class="govuk-checkboxes__input" id="confirm" name="confirm" type="checkbox" value="1">
<label class="govuk-label govuk-checkboxes__label" for="confirm">I have read and understood version {{VERSION}} of the Practice Standards</label>
</div>
</div>
</fieldset>
</div>
<button type="submit" class="govuk-button">Acknowledge</button>
</form>
{{/ACK_FORM}}
{{#TEAM_LINK}}
<p class="govuk-body"><a class="govuk-link" href="{{HREF}}">See your team’s acknowledgements</a></p>
{{/TEAM_LINK}}
</div>
</div>
</div>
