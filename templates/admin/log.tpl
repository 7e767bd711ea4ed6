{{%AUTOESCAPE context="HTML"}}
<a href="/admin/" class="govuk-back-link">Administration</a>
<h1 class="govuk-heading-l">Admin log</h1>
<p class="govuk-body">Every change made in administration and by the roster import, newest first. Entries are never changed or removed.</p>
<form method="get" action="/admin/log" class="chorus-log-filter">
<div class="govuk-form-group">
<label class="govuk-label govuk-label--s" for="action">Action</label>
<select class="govuk-select" id="action" name="action">
<option value="">All actions</option>
{{#ACTION_OPTION}}
<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}</option>
{{/ACTION_OPTION}}
</select>
</div>
<button type="submit" class="govuk-button govuk-button--secondary">Show</button>
</form>
{{#EMPTY}}<p class="govuk-body">There are no entries to show.</p>{{/EMPTY}}
<div class="chorus-table-wrap" role="region" aria-labelledby="log-caption" tabindex="0">
<table class="govuk-table chorus-admin-log">
<caption class="govuk-table__caption govuk-table__caption--m" id="log-caption">Entries{{#FILTERED}} for {{ACTION}}{{/FILTERED}}</caption>
<thead>
<tr>
<th scope="col" class="govuk-table__header">When (UTC)</th>
<th scope="col" class="govuk-table__header">Who</th>
<th scope="col" class="govuk-table__header">Action</th>
<th scope="col" class="govuk-table__header">On</th>
<th scope="col" class="govuk-table__header">Before</th>
<th scope="col" class="govuk-table__header">After</th>
</tr>
</thead>
<tbody>
{{#ENTRY}}
<tr>
<td class="govuk-table__cell">{{AT}}</td>
<td class="govuk-table__cell">{{WHO}}</td>
<td class="govuk-table__cell">{{ACTION}}</td>
<td class="govuk-table__cell">{{SUBJECT}}</td>
<td class="govuk-table__cell">{{BEFORE}}</td>
<td class="govuk-table__cell">{{AFTER}}</td>
</tr>
{{/ENTRY}}
</tbody>
</table>
</div>
<p class="govuk-body">{{#NEWEST}}<a class="govuk-link" href="{{HREF}}">Newest entries</a> {{/NEWEST}}{{#OLDER}}<a class="govuk-link" href="{{HREF}}">Older entries</a>{{/OLDER}}</p>
