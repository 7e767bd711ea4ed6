{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<h1 class="govuk-heading-l">Insights</h1>
<p class="govuk-body-l">Reports for HR, managers and the performance team, to show the Improvement Board how things are changing.</p>
<h2 class="govuk-heading-m">Staff surveys</h2>
<ul class="govuk-list chorus-insights-reports">
<li><a class="govuk-link" href="/insights/trends">Staff survey trends</a>: scores by wave, overall, by section and by question, with the change since the last wave</li>
<li><a class="govuk-link" href="/insights/heatmap">Survey heatmap</a>: every question by team for one wave</li>
<li><a class="govuk-link" href="/insights/rates">Response rates</a>: responses against the headcount when the wave opened</li>
{{#COMMENTS_LINK}}<li><a class="govuk-link" href="/insights/comments">Survey comments</a>: what people wrote, for the whole wave</li>
{{/COMMENTS_LINK}}</ul>
<h2 class="govuk-heading-m">Children and families, practice</h2>
<ul class="govuk-list chorus-insights-reports">
<li><a class="govuk-link" href="/insights/voice">The voice of children and families</a></li>
<li><a class="govuk-link" href="/insights/standards">Practice Standards and case audits</a></li>
<li><a class="govuk-link" href="/insights/board">The Improvement Board pack</a></li>
</ul>
<div class="govuk-inset-text">
<p class="govuk-body">Groups smaller than {{THRESHOLD}} people are never shown, so no one can be identified from a report.</p>
</div>
</div>
</div>
<h2 class="govuk-heading-m" id="areas-heading">Service areas</h2>
<div class="chorus-table-wrap" role="region" aria-labelledby="areas-heading" tabindex="0">
<table class="govuk-table">
<caption class="govuk-table__caption govuk-visually-hidden">Service areas, with how many teams and staff each has</caption>
<thead>
<tr>
<th scope="col" class="govuk-table__header">Service area</th>
<th scope="col" class="govuk-table__header govuk-table__header--numeric">Teams</th>
<th scope="col" class="govuk-table__header govuk-table__header--numeric">Staff</th>
</tr>
</thead>
<tbody>
{{#AREA}}
<tr>
<th scope="row" class="govuk-table__header">{{NAME}}</th>
<td class="govuk-table__cell govuk-table__cell--numeric">{{TEAMS}}</td>
<td class="govuk-table__cell govuk-table__cell--numeric">{{STAFF}}</td>
</tr>
{{/AREA}}
</tbody>
</table>
</div>
