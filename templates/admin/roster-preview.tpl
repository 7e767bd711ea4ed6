{{%AUTOESCAPE context="HTML"}}
{{#ERRORS}}
<div class="govuk-error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 class="govuk-error-summary__title" id="error-summary-title">There is a problem</h2>
<div class="govuk-error-summary__body">
<ul class="govuk-error-summary__list">{{#ERROR}}<li><a href="{{HREF}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
</div>
{{/ERRORS}}
<a href="/admin/roster" class="govuk-back-link">Upload a different file</a>
<h1 class="govuk-heading-l">Check the roster import</h1>
<p class="govuk-body">Nothing has been applied yet.</p>
<h2 class="govuk-heading-m" id="summary" tabindex="-1">What the import will do</h2>
<dl class="govuk-summary-list chorus-roster-summary">
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Rows in the file</dt><dd class="govuk-summary-list__value">{{ROWS_N}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Rows that cannot be imported</dt><dd class="govuk-summary-list__value" id="count-bad">{{BAD_N}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">People to add</dt><dd class="govuk-summary-list__value" id="count-add">{{ADD_N}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">People whose details change</dt><dd class="govuk-summary-list__value" id="count-change">{{CHANGE_N}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">People moving to another team</dt><dd class="govuk-summary-list__value" id="count-move">{{MOVE_N}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">People to mark as left</dt><dd class="govuk-summary-list__value" id="count-leave">{{LEAVE_N}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Unchanged</dt><dd class="govuk-summary-list__value" id="count-same">{{SAME_N}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Already left, not added</dt><dd class="govuk-summary-list__value" id="count-skip">{{SKIP_N}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">New teams</dt><dd class="govuk-summary-list__value" id="count-new-teams">{{NEW_TEAMS_N}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">New service areas</dt><dd class="govuk-summary-list__value" id="count-new-areas">{{NEW_AREAS_N}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">People not in this file</dt><dd class="govuk-summary-list__value" id="count-absent">{{ABSENT_N}}</dd></div>
</dl>
{{#BAD}}
<div class="chorus-table-wrap" role="region" aria-labelledby="bad-rows" tabindex="0">
<table class="govuk-table chorus-roster-bad">
<caption class="govuk-table__caption govuk-table__caption--m" id="bad-rows" tabindex="-1">Rows that cannot be imported ({{N}})</caption>
<thead>
<tr>
<th scope="col" class="govuk-table__header govuk-table__header--numeric">Line</th>
<th scope="col" class="govuk-table__header">Staff ID</th>
<th scope="col" class="govuk-table__header">Name</th>
<th scope="col" class="govuk-table__header">Problem</th>
</tr>
</thead>
<tbody>
{{#ROW}}
<tr>
<td class="govuk-table__cell govuk-table__cell--numeric">{{LINE}}</td>
<td class="govuk-table__cell">{{STAFF_NO}}</td>
<td class="govuk-table__cell">{{NAME}}</td>
<td class="govuk-table__cell">{{PROBLEM}}</td>
</tr>
{{/ROW}}
</tbody>
</table>
</div>
{{#MORE}}<p class="govuk-body">and {{N}} more rows with problems.</p>{{/MORE}}
<p class="govuk-body"><a class="govuk-link" href="/admin/roster">Correct the file and upload it again</a></p>
{{/BAD}}
{{#LIST}}
<div class="chorus-table-wrap" role="region" aria-labelledby="list-{{ID}}" tabindex="0">
<table class="govuk-table chorus-roster-{{ID}}">
<caption class="govuk-table__caption govuk-table__caption--m" id="list-{{ID}}">{{CAPTION}}</caption>
<thead>
<tr>
<th scope="col" class="govuk-table__header govuk-table__header--numeric">Line</th>
<th scope="col" class="govuk-table__header">Staff ID</th>
<th scope="col" class="govuk-table__header">Name</th>
<th scope="col" class="govuk-table__header">Team</th>
<th scope="col" class="govuk-table__header">What changes</th>
</tr>
</thead>
<tbody>
{{#ROW}}
<tr>
<td class="govuk-table__cell govuk-table__cell--numeric">{{LINE}}</td>
<td class="govuk-table__cell">{{STAFF_NO}}</td>
<td class="govuk-table__cell">{{NAME}}</td>
<td class="govuk-table__cell">{{TEAM}}</td>
<td class="govuk-table__cell">{{DETAIL}}</td>
</tr>
{{/ROW}}
</tbody>
</table>
</div>
{{#MORE}}<p class="govuk-body">and {{N}} more.</p>{{/MORE}}
{{/LIST}}
{{#NEW_AREAS}}
<h2 class="govuk-heading-m">New service areas</h2>
<ul class="govuk-list govuk-list--bullet chorus-roster-new-areas">{{#AREA}}<li>{{NAME}}</li>{{/AREA}}</ul>
{{/NEW_AREAS}}
{{#NEW_TEAMS}}
<h2 class="govuk-heading-m">New teams</h2>
<ul class="govuk-list govuk-list--bullet chorus-roster-new-teams">{{#TEAM}}<li>{{NAME}} ({{AREA}})</li>{{/TEAM}}</ul>
{{/NEW_TEAMS}}
{{#ABSENT}}
<div class="chorus-table-wrap" role="region" aria-labelledby="absent-caption" tabindex="0">
<table class="govuk-table chorus-roster-absent">
<caption class="govuk-table__caption govuk-table__caption--m" id="absent-caption">Not in this file ({{N}})</caption>
<thead>
<tr>
<th scope="col" class="govuk-table__header">Staff ID</th>
<th scope="col" class="govuk-table__header">Name</th>
<th scope="col" class="govuk-table__header">Team</th>
<th scope="col" class="govuk-table__header">Service area</th>
</tr>
</thead>
<tbody>
{{#ROW}}
<tr>
<td class="govuk-table__cell">{{STAFF_NO}}</td>
<td class="govuk-table__cell">{{NAME}}</td>
<td class="govuk-table__cell">{{TEAM}}</td>
<td class="govuk-table__cell">{{AREA}}</td>
</tr>
{{/ROW}}
</tbody>
</table>
</div>
{{#MORE}}<p class="govuk-body">and {{N}} more.</p>{{/MORE}}
<p class="govuk-body">These people are active in a service area this file covers but are not in it. They stay as they are unless you choose to mark them as left below.</p>
{{/ABSENT}}
{{#CONFIRM}}
<form method="post" action="/admin/roster/apply" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="upload" value="{{UPLOAD}}">
<input type="hidden" name="digest" value="{{DIGEST}}">
{{#ABSENT_CHOICE}}
<div class="govuk-form-group">
<fieldset class="govuk-fieldset" aria-describedby="absent-hint">
<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Mark the people not in this file as left?</legend>
<div class="govuk-hint" id="absent-hint">Only tick a service area if this file lists everyone who works in it. They will be deactivated and signed out.</div>
<div class="govuk-checkboxes">
{{#AREA}}
<div class="govuk-checkboxes__item">
<input class="govuk-checkboxes__input" id="absent-area-{{IDX}}" name="absent_area" type="checkbox" value="{{NAME}}">
<label class="govuk-label govuk-checkboxes__label" for="absent-area-{{IDX}}">{{NAME}} ({{N}} not in this file)</label>
</div>
{{/AREA}}
</div>
</fieldset>
</div>
{{/ABSENT_CHOICE}}
<div class="govuk-warning-text">
<span class="govuk-warning-text__icon" aria-hidden="true">!</span>
<strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> All of these changes are applied together, and recorded in the admin log.</strong>
</div>
<div class="govuk-button-group">
<button type="submit" class="govuk-button">Apply these changes</button>
<a class="govuk-link" href="/admin/roster">Cancel</a>
</div>
</form>
{{/CONFIRM}}
