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
<p class="govuk-notification-banner__heading">Team {{WHAT}}</p>
</div>
</div>
{{/DONE}}
<a href="/admin/" class="govuk-back-link">Administration</a>
<span class="govuk-caption-l">{{AREA}}</span>
<h1 class="govuk-heading-l">{{NAME}}</h1>
<dl class="govuk-summary-list">
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Service area</dt><dd class="govuk-summary-list__value">{{AREA}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Active staff</dt><dd class="govuk-summary-list__value" id="team-staff">{{STAFF}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Status</dt><dd class="govuk-summary-list__value" id="team-status">{{#OPEN}}Open{{/OPEN}}{{#CLOSED}}Closed on {{ON}}{{/CLOSED}}{{#MERGED_INTO}}Merged into {{NAME}} on {{ON}}: its past results are in that team's trends{{/MERGED_INTO}}</dd></div>
</dl>
{{#MERGED_FROM}}
<h2 class="govuk-heading-m">Teams merged into this one</h2>
<p class="govuk-body">Their past results roll up into this team's trends.</p>
<ul class="govuk-list govuk-list--bullet chorus-team-merged-from">{{#TEAM}}<li>{{NAME}}, merged on {{ON}}</li>{{/TEAM}}</ul>
{{/MERGED_FROM}}
{{#OPEN}}
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<h2 class="govuk-heading-m" id="rename-heading">Rename the team</h2>
<form method="post" action="/admin/team/rename" novalidate aria-labelledby="rename-heading">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="id" value="{{ID}}">
<div class="govuk-form-group{{#NAME_ERROR}} govuk-form-group--error{{/NAME_ERROR}}">
<label class="govuk-label govuk-label--s" for="name">New name</label>
{{#NAME_ERROR}}<p class="govuk-error-message" id="name-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/NAME_ERROR}}
<input class="govuk-input{{#NAME_ERROR}} govuk-input--error{{/NAME_ERROR}}" id="name" name="name" type="text" value="{{NEW_NAME}}" autocomplete="off" spellcheck="false"{{#NAME_ERROR}} aria-describedby="name-error"{{/NAME_ERROR}}>
</div>
<button type="submit" class="govuk-button govuk-button--secondary">Rename</button>
</form>
<h2 class="govuk-heading-m" id="merge-heading">Merge into another team</h2>
<form method="get" action="/admin/team/merge" novalidate aria-labelledby="merge-heading">
<input type="hidden" name="id" value="{{ID}}">
<div class="govuk-form-group{{#INTO_ERROR}} govuk-form-group--error{{/INTO_ERROR}}">
<label class="govuk-label govuk-label--s" for="into">The team it becomes part of</label>
<div class="govuk-hint" id="into-hint">You will be asked to confirm on the next page.</div>
{{#INTO_ERROR}}<p class="govuk-error-message" id="into-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/INTO_ERROR}}
<select class="govuk-select{{#INTO_ERROR}} govuk-select--error{{/INTO_ERROR}}" id="into" name="into" aria-describedby="into-hint{{#INTO_ERROR}} into-error{{/INTO_ERROR}}">
<option value="">Choose a team</option>
{{#INTO_OPTION}}<option value="{{ID}}">{{NAME}} ({{AREA}})</option>
{{/INTO_OPTION}}
</select>
</div>
<button type="submit" class="govuk-button govuk-button--secondary">Continue</button>
</form>
<h2 class="govuk-heading-m">Close the team</h2>
<p class="govuk-body"><a class="govuk-link" href="/admin/team/close?id={{ID}}">Close {{NAME}}</a></p>
</div>
</div>
{{/OPEN}}
