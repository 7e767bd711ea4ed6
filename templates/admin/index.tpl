{{%AUTOESCAPE context="HTML"}}
{{#ADMIN}}
{{#ERRORS}}
<div class="govuk-error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 class="govuk-error-summary__title" id="error-summary-title">There is a problem</h2>
<div class="govuk-error-summary__body">
<ul class="govuk-error-summary__list">{{#ERROR}}<li><a href="{{HREF}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
</div>
{{/ERRORS}}
{{#ADDED}}
<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="added-title">
<div class="govuk-notification-banner__header">
<h2 class="govuk-notification-banner__title" id="added-title">Success</h2>
</div>
<div class="govuk-notification-banner__content">
<p class="govuk-notification-banner__heading">Team {{NAME}} added</p>
</div>
</div>
{{/ADDED}}
{{/ADMIN}}
<h1 class="govuk-heading-l">Administration</h1>
<ul class="govuk-list govuk-list--spaced chorus-admin-menu">
<li><a class="govuk-link" href="/admin/roster">Import the staff roster</a></li>
<li><a class="govuk-link" href="/admin/surveys">Surveys</a></li>
<li><a class="govuk-link" href="/admin/waves">Survey waves</a></li>
{{#ADMIN}}
<li><a class="govuk-link" href="/admin/areas">Service areas</a></li>
<li><a class="govuk-link" href="/admin/people">People</a></li>
<li><a class="govuk-link" href="/admin/log">Admin log</a></li>
{{! Practice Standards publishing and voice forms (helper D) }}
<li><a class="govuk-link" href="/admin/standards">Practice Standards versions</a></li>
<li><a class="govuk-link" href="/admin/voice">Voice forms, safeguarding terms and team links</a></li>
{{/ADMIN}}
</ul>
{{#ADMIN}}
<div class="chorus-table-wrap" role="region" aria-labelledby="teams-caption" tabindex="0">
<table class="govuk-table">
<caption class="govuk-table__caption govuk-table__caption--m" id="teams-caption">Teams</caption>
<thead>
<tr>
<th scope="col" class="govuk-table__header">Team</th>
<th scope="col" class="govuk-table__header">Service area</th>
<th scope="col" class="govuk-table__header govuk-table__header--numeric">Staff</th>
</tr>
</thead>
<tbody>
{{#TEAM}}
<tr>
<th scope="row" class="govuk-table__header"><a class="govuk-link" href="/admin/team?id={{ID}}">{{NAME}}</a></th>
<td class="govuk-table__cell">{{AREA}}</td>
<td class="govuk-table__cell govuk-table__cell--numeric">{{STAFF}}</td>
</tr>
{{/TEAM}}
</tbody>
</table>
</div>
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<h2 class="govuk-heading-m" id="add-team-heading">Add a team</h2>
<form method="post" action="/admin/teams" novalidate aria-labelledby="add-team-heading">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-form-group{{#NAME_ERROR}} govuk-form-group--error{{/NAME_ERROR}}">
<label class="govuk-label govuk-label--s" for="name">Team name</label>
{{#NAME_ERROR}}
<p class="govuk-error-message" id="name-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/NAME_ERROR}}
<input class="govuk-input{{#NAME_ERROR}} govuk-input--error{{/NAME_ERROR}}" id="name" name="name" type="text" value="{{NAME}}" autocomplete="off" spellcheck="false"{{#NAME_ERROR}} aria-describedby="name-error"{{/NAME_ERROR}}>
</div>
<div class="govuk-form-group{{#AREA_ERROR}} govuk-form-group--error{{/AREA_ERROR}}">
<label class="govuk-label govuk-label--s" for="service_area">Service area</label>
{{#AREA_ERROR}}
<p class="govuk-error-message" id="service_area-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/AREA_ERROR}}
<select class="govuk-select{{#AREA_ERROR}} govuk-select--error{{/AREA_ERROR}}" id="service_area" name="service_area"{{#AREA_ERROR}} aria-describedby="service_area-error"{{/AREA_ERROR}}>
<option value="">Choose a service area</option>
{{#AREA_OPTION}}
<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/AREA_OPTION}}
</select>
</div>
<button type="submit" class="govuk-button">Add team</button>
</form>
</div>
</div>
{{/ADMIN}}
