{{%AUTOESCAPE context="HTML"}}
<a href="/admin/" class="govuk-back-link">Administration</a>
<h1 class="govuk-heading-l">People</h1>
<form method="get" action="/admin/people" novalidate>
<div class="govuk-form-group">
<label class="govuk-label govuk-label--s" for="q">Name, username or staff ID</label>
<div class="govuk-hint" id="q-hint">Part of it is enough.</div>
<input class="govuk-input" id="q" name="q" type="search" value="{{Q}}" autocomplete="off" spellcheck="false" aria-describedby="q-hint">
</div>
<button type="submit" class="govuk-button">Search</button>
</form>
{{#RESULTS}}
<div class="chorus-table-wrap" role="region" aria-labelledby="people-caption" tabindex="0">
<table class="govuk-table chorus-people">
<caption class="govuk-table__caption govuk-table__caption--m" id="people-caption">{{N}} found{{#MORE}}: showing the first {{N}}, search for more of the name{{/MORE}}</caption>
<thead>
<tr>
<th scope="col" class="govuk-table__header">Name</th>
<th scope="col" class="govuk-table__header">Username</th>
<th scope="col" class="govuk-table__header">Staff ID</th>
<th scope="col" class="govuk-table__header">Team</th>
<th scope="col" class="govuk-table__header">Status</th>
</tr>
</thead>
<tbody>
{{#PERSON}}
<tr>
<th scope="row" class="govuk-table__header"><a class="govuk-link" href="/admin/person?id={{ID}}">{{NAME}}</a></th>
<td class="govuk-table__cell">{{USERNAME}}</td>
<td class="govuk-table__cell">{{STAFF_NO}}</td>
<td class="govuk-table__cell">{{TEAM}}</td>
<td class="govuk-table__cell">{{STATUS}}</td>
</tr>
{{/PERSON}}
</tbody>
</table>
</div>
{{/RESULTS}}
