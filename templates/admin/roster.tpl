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
<p class="govuk-notification-banner__heading">Roster import applied</p>
<p class="govuk-body chorus-roster-done">{{SUMMARY}}</p>
</div>
</div>
{{/DONE}}
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<a href="/admin/" class="govuk-back-link">Administration</a>
<h1 class="govuk-heading-l">Import the staff roster</h1>
<p class="govuk-body">Export the roster from the HR system as CSV (UTF-8, with a header line). You will see what the import adds, changes, moves between teams and marks as left before anything is applied.</p>
<details class="govuk-details">
<summary class="govuk-details__summary"><span class="govuk-details__summary-text">The columns the file needs</span></summary>
<div class="govuk-details__text">
<p class="govuk-body">A header line naming these columns, in any order. Staff ID, Name, Username and Team are required; dates are YYYY-MM-DD or DD/MM/YYYY.</p>
<ul class="govuk-list govuk-list--bullet">{{#COLUMN}}<li>{{LABEL}}</li>{{/COLUMN}}</ul>
<p class="govuk-body">A team that does not exist yet is created under the row's service area. Someone whose leaving date has come is deactivated and signed out; their sign-offs and audits stay attributable to them.</p>
</div>
</details>
<form method="post" action="/admin/roster" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-form-group chorus-roster-file" hidden>
<label class="govuk-label govuk-label--s" for="roster-file">Choose the CSV file</label>
<div class="govuk-hint" id="roster-file-hint">The file is read into the box below, where you can check it.</div>
<input class="chorus-file-input" id="roster-file" type="file" accept=".csv,text/csv" aria-describedby="roster-file-hint">
</div>
<div class="govuk-form-group{{#ROSTER_ERROR}} govuk-form-group--error{{/ROSTER_ERROR}}">
<label class="govuk-label govuk-label--s" for="roster">Roster CSV</label>
<div class="govuk-hint" id="roster-hint">Open the CSV file in a text editor, copy all of it and paste it here.</div>
{{#ROSTER_ERROR}}
<p class="govuk-error-message" id="roster-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/ROSTER_ERROR}}
<textarea class="govuk-textarea chorus-roster-text{{#ROSTER_ERROR}} govuk-textarea--error{{/ROSTER_ERROR}}" id="roster" name="roster" rows="12" spellcheck="false" autocomplete="off" aria-describedby="roster-hint{{#ROSTER_ERROR}} roster-error{{/ROSTER_ERROR}}">
{{ROSTER:pre_escape}}</textarea>
</div>
<button type="submit" class="govuk-button">Preview the import</button>
</form>
</div>
</div>
<script src="/assets/roster.js" defer></script>
