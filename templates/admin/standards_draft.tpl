{{%AUTOESCAPE context="HTML"}}
<a href="/admin/standards" class="govuk-back-link">Back to versions</a>
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
<span class="govuk-caption-l">Draft, not yet published</span>
<h1 class="govuk-heading-l">Practice Standards version {{VERSION}}</h1>
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<form method="post" action="/admin/standards/draft" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-form-group{{#TITLE_ERROR}} govuk-form-group--error{{/TITLE_ERROR}}">
<label class="govuk-label govuk-label--s" for="title">Title</label>
<div class="govuk-hint" id="title-hint">Staff see it at the top of the standards page.</div>
{{#TITLE_ERROR}}<p class="govuk-error-message" id="title-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/TITLE_ERROR}}
<input class="govuk-input{{#TITLE_ERROR}} govuk-input--error{{/TITLE_ERROR}}" id="title" name="title" type="text" value="{{TITLE}}" autocomplete="off" aria-describedby="title-hint{{#TITLE_ERROR}} title-error{{/TITLE_ERROR}}">
</div>
<div class="govuk-form-group{{#SUMMARY_ERROR}} govuk-form-group--error{{/SUMMARY_ERROR}}">
<label class="govuk-label govuk-label--s" for="summary">What changed in this version</label>
<div class="govuk-hint" id="summary-hint">Staff who acknowledged an earlier version read this first. Needed before publishing.</div>
{{#SUMMARY_ERROR}}<p class="govuk-error-message" id="summary-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/SUMMARY_ERROR}}
<textarea class="govuk-textarea{{#SUMMARY_ERROR}} govuk-textarea--error{{/SUMMARY_ERROR}}" id="summary" name="summary" rows="6" spellcheck="true" aria-describedby="summary-hint{{#SUMMARY_ERROR}} summary-error{{/SUMMARY_ERROR}}">
{{SUMMARY:pre_escape}}</textarea>
</div>
<div class="govuk-form-group{{#EFFECTIVE_DAY_ERROR}} govuk-form-group--error{{/EFFECTIVE_DAY_ERROR}}">
<fieldset class="govuk-fieldset" role="group" aria-describedby="effective-hint{{#EFFECTIVE_DAY_ERROR}} effective_day-error{{/EFFECTIVE_DAY_ERROR}}">
<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Effective date</legend>
<div class="govuk-hint" id="effective-hint">Today or later. On this date staff are asked to acknowledge it. For example, 1 4 2027</div>
{{#EFFECTIVE_DAY_ERROR}}<p class="govuk-error-message" id="effective_day-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/EFFECTIVE_DAY_ERROR}}
<div class="govuk-date-input">
<div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="effective_day">Day</label><input class="govuk-input govuk-date-input__input govuk-input--width-2{{#EFFECTIVE_DAY_ERROR}} govuk-input--error{{/EFFECTIVE_DAY_ERROR}}" id="effective_day" name="effective_day" type="text" inputmode="numeric" value="{{EFFECTIVE_DAY}}"></div></div>
<div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="effective_month">Month</label><input class="govuk-input govuk-date-input__input govuk-input--width-2{{#EFFECTIVE_DAY_ERROR}} govuk-input--error{{/EFFECTIVE_DAY_ERROR}}" id="effective_month" name="effective_month" type="text" inputmode="numeric" value="{{EFFECTIVE_MONTH}}"></div></div>
<div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="effective_year">Year</label><input class="govuk-input govuk-date-input__input govuk-input--width-4{{#EFFECTIVE_DAY_ERROR}} govuk-input--error{{/EFFECTIVE_DAY_ERROR}}" id="effective_year" name="effective_year" type="text" inputmode="numeric" value="{{EFFECTIVE_YEAR}}"></div></div>
</div>
</fieldset>
</div>
<button type="submit" class="govuk-button govuk-button--secondary">Save details</button>
</form>
</div>
</div>
<h2 class="govuk-heading-m">The standards, in order</h2>
{{#NO_STANDARDS}}<p class="govuk-body">There are no standards in this draft yet.</p>{{/NO_STANDARDS}}
<ol class="govuk-list">
{{#STANDARD}}
<li>
<h3 class="govuk-heading-s">{{CODE}} {{TITLE}}</h3>
<dl class="govuk-summary-list">
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">What good looks like</dt><dd class="govuk-summary-list__value chorus-standards-text">{{BODY:pre_escape}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Evidence in a case file</dt><dd class="govuk-summary-list__value chorus-standards-text">{{EVIDENCE:pre_escape}}</dd></div>
</dl>
<div class="govuk-button-group">
<a class="govuk-link" href="/admin/standards/draft/s/{{ID}}">Change<span class="govuk-visually-hidden"> {{CODE}}</span></a>
{{#CAN_UP}}<form method="post" action="/admin/standards/draft/move/{{ID}}" novalidate><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="dir" value="up"><button type="submit" class="govuk-button govuk-button--secondary">Move up<span class="govuk-visually-hidden"> {{CODE}}</span></button></form>{{/CAN_UP}}
{{#CAN_DOWN}}<form method="post" action="/admin/standards/draft/move/{{ID}}" novalidate><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="dir" value="down"><button type="submit" class="govuk-button govuk-button--secondary">Move down<span class="govuk-visually-hidden"> {{CODE}}</span></button></form>{{/CAN_DOWN}}
<a class="govuk-link" href="/admin/standards/draft/remove/{{ID}}">Remove<span class="govuk-visually-hidden"> {{CODE}}</span></a>
</div>
</li>
{{/STANDARD}}
</ol>
<div class="govuk-button-group">
<a class="govuk-button govuk-button--secondary" href="/admin/standards/draft/new">Add a standard</a>
<a class="govuk-button" href="/admin/standards/draft/publish">Publish version {{VERSION}}</a>
</div>
