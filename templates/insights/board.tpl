{{%AUTOESCAPE context="HTML"}}
{{#ERRORS}}
<div class="govuk-error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 class="govuk-error-summary__title" id="error-summary-title">There is a problem</h2>
<div class="govuk-error-summary__body">
<ul class="govuk-error-summary__list">{{#ERROR}}<li><a href="{{HREF}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
</div>
{{/ERRORS}}
<div class="chorus-board-screen">
<span class="govuk-caption-l">{{SCOPE}}</span>
<h1 class="govuk-heading-l">Improvement Board pack</h1>
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<p class="govuk-body">One page for the Improvement Board: the month's headline figures beside the month before, with the trend over twelve months, then child and family voice, then Practice Standards and audits, then the staff survey. Print it, or save it as a PDF: each section prints on its own A4 sheet.</p>
{{>FILTER}}
</div>
</div>
</div>
{{#SECTION}}
<section class="chorus-board-section{{#FIRST}} chorus-board-section--first{{/FIRST}}" aria-labelledby="board-section-{{NUMBER}}">
<p class="govuk-caption-m chorus-board-label">Improvement Board pack, {{MONTH}}. {{COUNCIL}}. Section {{NUMBER}} of {{OF}}. Prepared {{MADE}}.</p>
<h2 class="govuk-heading-l" id="board-section-{{NUMBER}}">{{TITLE}}</h2>
{{#HEADLINES}}
<img class="chorus-chart chorus-board-chart" src="{{CHART}}" alt="{{CHART_ALT}}" width="640" height="320">
<div class="chorus-table-wrap" role="region" aria-labelledby="headlines-caption" tabindex="0">
<table class="govuk-table chorus-insights-table" id="headlines">
<caption class="govuk-table__caption govuk-table__caption--m" id="headlines-caption">{{MONTH}} beside {{PREV_MONTH}}</caption>
<thead>
<tr>
<th scope="col" class="govuk-table__header">Measure</th>
<th scope="col" class="govuk-table__header govuk-table__header--numeric">{{MONTH}}</th>
<th scope="col" class="govuk-table__header govuk-table__header--numeric">{{PREV_MONTH}}</th>
</tr>
</thead>
<tbody>
{{#HEADLINE}}
<tr class="govuk-table__row">
<th scope="row" class="govuk-table__header">{{MEASURE}}</th>
<td class="govuk-table__cell govuk-table__cell--numeric">{{CUR}}</td>
<td class="govuk-table__cell govuk-table__cell--numeric">{{PREV}}</td>
</tr>
{{/HEADLINE}}
</tbody>
</table>
</div>
{{/HEADLINES}}
{{#VERSION}}<p class="govuk-body">Acknowledgements are of the Practice Standards {{TEXT}}.</p>{{/VERSION}}
{{#TABLE}}{{>TABLE_HTML}}{{/TABLE}}
{{>STAFF_SURVEY}}
<p class="govuk-body-s chorus-board-note">No figure from fewer than {{THRESHOLD}} responses is shown, and where one is hidden another is too.</p>
</section>
{{/SECTION}}
