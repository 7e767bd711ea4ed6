{{%AUTOESCAPE context="HTML"}}
{{#ERRORS}}
<div class="govuk-error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 class="govuk-error-summary__title" id="error-summary-title">There is a problem</h2>
<div class="govuk-error-summary__body">
<ul class="govuk-error-summary__list">{{#ERROR}}<li><a href="{{HREF}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
</div>
{{/ERRORS}}
{{#DONE}}
<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="done-title">
<div class="govuk-notification-banner__header">
<h2 class="govuk-notification-banner__title" id="done-title">Success</h2>
</div>
<div class="govuk-notification-banner__content">
<p class="govuk-notification-banner__heading">Service area {{WHAT}}</p>
</div>
</div>
{{/DONE}}
<a href="/admin/areas" class="govuk-back-link">Service areas</a>
<h1 class="govuk-heading-l">{{NAME}}</h1>
<dl class="govuk-summary-list">
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Open teams</dt><dd class="govuk-summary-list__value" id="teams">{{TEAMS}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Status</dt><dd class="govuk-summary-list__value" id="area-status">{{#OPEN}}Open{{/OPEN}}{{#CLOSED}}Closed on {{ON}}{{/CLOSED}}</dd></div>
</dl>
{{#OPEN}}
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<h2 class="govuk-heading-m" id="rename-heading">Rename the service area</h2>
<form method="post" action="/admin/area/rename?id={{ID}}" novalidate aria-labelledby="rename-heading">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-form-group{{#NAME_ERROR}} govuk-form-group--error{{/NAME_ERROR}}">
<label class="govuk-label govuk-label--s" for="name">New name</label>
{{#NAME_ERROR}}<p class="govuk-error-message" id="name-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/NAME_ERROR}}
<input class="govuk-input{{#NAME_ERROR}} govuk-input--error{{/NAME_ERROR}}" id="name" name="name" type="text" value="{{NEW_NAME}}" autocomplete="off"{{#NAME_ERROR}} aria-describedby="name-error"{{/NAME_ERROR}}>
</div>
<button type="submit" class="govuk-button govuk-button--secondary">Rename</button>
</form>
{{#CAN_CLOSE}}<p class="govuk-body"><a class="govuk-link" href="/admin/area/close?id={{ID}}">Close {{NAME}}</a></p>{{/CAN_CLOSE}}
</div>
</div>
{{/OPEN}}
