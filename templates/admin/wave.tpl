{{%AUTOESCAPE context="HTML"}}
<a href="/admin/waves" class="govuk-back-link">Back to waves</a>
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
<div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">The wave has been saved</p></div>
</div>
{{/SAVED}}
<h1 class="govuk-heading-l">{{TITLE}} <strong class="govuk-tag {{STATE_TAG}}">{{STATE}}</strong></h1>
<dl class="govuk-summary-list">
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Survey</dt><dd class="govuk-summary-list__value">{{SURVEY}}, version {{VERSION}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Opens</dt><dd class="govuk-summary-list__value">{{OPENS}} (UK time)</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Closes</dt><dd class="govuk-summary-list__value">{{CLOSES}} (UK time)</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Who is asked</dt><dd class="govuk-summary-list__value">{{POPULATION}}{{#GROUP}}<br>{{NAME}}{{/GROUP}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Anonymity threshold</dt><dd class="govuk-summary-list__value">{{THRESHOLD}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Responses so far</dt><dd class="govuk-summary-list__value" id="responses">{{RESPONSES}}</dd></div>
</dl>
{{#CAN_OPEN}}
<form method="post" action="{{BASE}}/open" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<button type="submit" class="govuk-button">Open now</button>
</form>
{{/CAN_OPEN}}
{{#CAN_CLOSE}}<p class="govuk-body"><a class="govuk-button govuk-button--warning" href="{{BASE}}/close">Close early</a></p>{{/CAN_CLOSE}}
{{#CAN_EXTEND}}
<h2 class="govuk-heading-m" id="extend-heading">Change the closing time</h2>
<form method="post" action="{{BASE}}/extend" novalidate aria-labelledby="extend-heading">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-form-group{{#CLOSES_DAY_ERROR}} govuk-form-group--error{{/CLOSES_DAY_ERROR}}">
<fieldset class="govuk-fieldset" role="group" aria-describedby="closes-hint{{#CLOSES_DAY_ERROR}} closes_day-error{{/CLOSES_DAY_ERROR}}">
<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">New closing date</legend>
<div class="govuk-hint" id="closes-hint">UK time. For example, 27 3 2027</div>
{{#CLOSES_DAY_ERROR}}<p class="govuk-error-message" id="closes_day-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/CLOSES_DAY_ERROR}}
<div class="govuk-date-input">
<div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="closes_day">Day</label><input class="govuk-input govuk-date-input__input govuk-input--width-2{{#CLOSES_DAY_ERROR}} govuk-input--error{{/CLOSES_DAY_ERROR}}" id="closes_day" name="closes_day" type="text" inputmode="numeric" value="{{CLOSES_DAY}}"></div></div>
<div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="closes_month">Month</label><input class="govuk-input govuk-date-input__input govuk-input--width-2{{#CLOSES_DAY_ERROR}} govuk-input--error{{/CLOSES_DAY_ERROR}}" id="closes_month" name="closes_month" type="text" inputmode="numeric" value="{{CLOSES_MONTH}}"></div></div>
<div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="closes_year">Year</label><input class="govuk-input govuk-date-input__input govuk-input--width-4{{#CLOSES_DAY_ERROR}} govuk-input--error{{/CLOSES_DAY_ERROR}}" id="closes_year" name="closes_year" type="text" inputmode="numeric" value="{{CLOSES_YEAR}}"></div></div>
</div>
</fieldset>
</div>
<div class="govuk-form-group{{#CLOSES_TIME_ERROR}} govuk-form-group--error{{/CLOSES_TIME_ERROR}}">
<label class="govuk-label govuk-label--s" for="closes_time">Time</label>
<div class="govuk-hint" id="closes_time-hint">24-hour clock, UK time. For example, 09:00 or 17:30</div>
{{#CLOSES_TIME_ERROR}}<p class="govuk-error-message" id="closes_time-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/CLOSES_TIME_ERROR}}
<input class="govuk-input govuk-input--width-5{{#CLOSES_TIME_ERROR}} govuk-input--error{{/CLOSES_TIME_ERROR}}" id="closes_time" name="closes_time" type="text" value="{{CLOSES_TIME}}" autocomplete="off" aria-describedby="closes_time-hint{{#CLOSES_TIME_ERROR}} closes_time-error{{/CLOSES_TIME_ERROR}}">
</div>
<button type="submit" class="govuk-button govuk-button--secondary">Extend</button>
</form>
{{/CAN_EXTEND}}
</div>
</div>
