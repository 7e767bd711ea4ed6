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
<p class="govuk-notification-banner__heading">{{WHAT}}</p>
</div>
</div>
{{/DONE}}
<a href="/admin/people" class="govuk-back-link">People</a>
<h1 class="govuk-heading-l">{{NAME}}</h1>
<dl class="govuk-summary-list chorus-person">
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Username</dt><dd class="govuk-summary-list__value">{{USERNAME}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Staff ID</dt><dd class="govuk-summary-list__value">{{STAFF_NO}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">E-mail</dt><dd class="govuk-summary-list__value">{{EMAIL}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Job role</dt><dd class="govuk-summary-list__value">{{JOB}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Team</dt><dd class="govuk-summary-list__value">{{TEAM}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Manager</dt><dd class="govuk-summary-list__value">{{MANAGER}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Roles</dt><dd class="govuk-summary-list__value" id="person-roles">{{ROLES}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Started</dt><dd class="govuk-summary-list__value">{{STARTED}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Status</dt><dd class="govuk-summary-list__value" id="person-status">{{#ACTIVE}}Active{{/ACTIVE}}{{#INACTIVE}}Deactivated: cannot sign in{{/INACTIVE}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Left</dt><dd class="govuk-summary-list__value">{{LEFT}}</dd></div>
</dl>
{{#ACTIVE}}
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<form method="post" action="/admin/person/roles?id={{ID}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-form-group{{#ROLES_ERROR}} govuk-form-group--error{{/ROLES_ERROR}}">
<fieldset class="govuk-fieldset" aria-describedby="roles-hint{{#ROLES_ERROR}} roles-error{{/ROLES_ERROR}}">
<legend class="govuk-fieldset__legend govuk-fieldset__legend--m"><h2 class="govuk-fieldset__heading">Roles</h2></legend>
<div class="govuk-hint" id="roles-hint">Saving signs them out, so the new roles apply at their next sign-in.</div>
{{#ROLES_ERROR}}<p class="govuk-error-message" id="roles-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/ROLES_ERROR}}
<div class="govuk-checkboxes">
{{#ROLE}}
<div class="govuk-checkboxes__item">
<input class="govuk-checkboxes__input" id="role-{{VALUE}}" name="role" type="checkbox" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
<label class="govuk-label govuk-checkboxes__label" for="role-{{VALUE}}">{{LABEL}}</label>
</div>
{{/ROLE}}
</div>
</fieldset>
</div>
<button type="submit" class="govuk-button govuk-button--secondary">Save roles</button>
</form>
{{#LOCAL_AUTH}}<p class="govuk-body"><a class="govuk-link" href="/admin/person/password?id={{ID}}">Reset their password</a></p>{{/LOCAL_AUTH}}
{{#NOT_SELF}}<p class="govuk-body"><a class="govuk-link" href="/admin/person/deactivate?id={{ID}}">Deactivate {{NAME}}</a></p>{{/NOT_SELF}}
</div>
</div>
{{/ACTIVE}}
