{{%AUTOESCAPE context="HTML"}}
{{#ERRORS}}
<div class="govuk-error-summary" data-module="govuk-error-summary">
<div role="alert">
<h2 class="govuk-error-summary__title">There is a problem</h2>
<div class="govuk-error-summary__body">
<ul class="govuk-list govuk-error-summary__list">
{{#ERROR}}<li><a href="{{HREF}}">{{MESSAGE}}</a></li>
{{/ERROR}}</ul>
</div>
</div>
</div>
{{/ERRORS}}
<a href="/insights/" class="govuk-back-link">Insights</a>
<span class="govuk-caption-l">{{SURVEY}} {{WAVE}}</span>
<h1 class="govuk-heading-l">Survey response rates</h1>
<p class="govuk-body">Responses so far against the number of staff in each team when the wave opened. Response counts below {{THRESHOLD}} are never shown, nor any count that would let one be worked out.</p>
{{>FILTER}}
{{#NO_WAVES}}
<p class="govuk-body chorus-no-waves">No wave of a staff survey has opened yet, so there is nothing to show.</p>
{{/NO_WAVES}}
{{#FIGURES}}
{{#OPEN}}<div class="govuk-inset-text">This wave is still open: the figures grow as responses come in.</div>{{/OPEN}}
<p class="govuk-body"><a class="govuk-link" href="{{CSV_HREF}}" download>Download this table (CSV)</a></p>
<img class="chorus-chart" src="{{CHART_SRC}}" alt="Bar chart of the response rate of each group. The same figures are in the table below.">
<div class="chorus-table-wrap" role="region" aria-labelledby="rates-caption" tabindex="0">
<table class="govuk-table chorus-rates" id="rates-table">
<caption class="govuk-table__caption govuk-table__caption--s" id="rates-caption">Response rates, {{WAVE}}</caption>
<thead>
<tr>
<th scope="col" class="govuk-table__header">Group</th>
<th scope="col" class="govuk-table__header govuk-table__header--numeric">Responses</th>
<th scope="col" class="govuk-table__header govuk-table__header--numeric">Headcount at opening</th>
<th scope="col" class="govuk-table__header govuk-table__header--numeric">Response rate</th>
</tr>
</thead>
<tbody>
{{#RROW}}
<tr class="govuk-table__row{{#TOTAL_ROW}} chorus-fig-row--section{{/TOTAL_ROW}}">
<th scope="row" class="govuk-table__header">{{NAME}}</th>
<td class="govuk-table__cell govuk-table__cell--numeric{{#SUPPRESSED}} chorus-suppressed{{/SUPPRESSED}}">{{RESPONSES}}</td>
<td class="govuk-table__cell govuk-table__cell--numeric">{{HEADCOUNT}}</td>
<td class="govuk-table__cell govuk-table__cell--numeric{{#SUPPRESSED}} chorus-suppressed{{/SUPPRESSED}}">{{RATE}}</td>
</tr>
{{/RROW}}
</tbody>
</table>
</div>
{{/FIGURES}}
