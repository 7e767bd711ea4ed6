{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<h1 class="govuk-heading-l">Insights</h1>
<p class="govuk-body-l">Reports for HR, managers and the performance team, to show the Improvement Board how things are changing.</p>
<p class="govuk-body">These reports are coming soon:</p>
<ul class="govuk-list govuk-list--bullet">
<li>staff survey trends, by team and service area, month by month</li>
<li>survey response rates</li>
<li>the voice of children and families</li>
<li>Practice Standards sign-off</li>
<li>a pack for the Improvement Board</li>
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
