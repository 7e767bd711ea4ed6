{{%AUTOESCAPE context="HTML"}}
{{#NONE}}<p class="govuk-body">No staff survey wave had closed by the end of {{MONTH}}.</p>{{/NONE}}
{{#SURVEY}}
<h3 class="govuk-heading-m" id="board-survey-{{ID}}">{{TITLE}}</h3>
<p class="govuk-body">The latest wave closed by the end of {{MONTH}}: {{LATEST}}, closed {{CLOSED}}{{#PREV_WAVE}}, beside {{NAME}}, the wave before it{{/PREV_WAVE}}.</p>
<img class="chorus-chart chorus-board-survey-chart" src="{{CHART}}" alt="{{CHART_ALT}}" width="480" height="240">
<div class="chorus-table-wrap" role="region" aria-labelledby="board-survey-{{ID}}-scores-caption" tabindex="0">
<table class="govuk-table chorus-insights-table" id="board-survey-{{ID}}-scores">
<caption class="govuk-table__caption govuk-table__caption--s" id="board-survey-{{ID}}-scores-caption">{{TITLE}}: scores, {{LATEST}} beside {{PREV}}</caption>
<thead>
<tr>
<th scope="col" class="govuk-table__header">Group</th>
<th scope="col" class="govuk-table__header">Measure</th>
<th scope="col" class="govuk-table__header govuk-table__header--numeric">Latest wave<span class="govuk-visually-hidden"> ({{LATEST}})</span></th>
<th scope="col" class="govuk-table__header govuk-table__header--numeric">Wave before<span class="govuk-visually-hidden"> ({{PREV}})</span></th>
<th scope="col" class="govuk-table__header govuk-table__header--numeric">Change since previous wave</th>
</tr>
</thead>
<tbody>
{{#SCORE}}
<tr class="govuk-table__row">
<th scope="row" class="govuk-table__header">{{GROUP}}</th>
<td class="govuk-table__cell">{{MEASURE}}</td>
<td class="govuk-table__cell govuk-table__cell--numeric">{{CUR}}</td>
<td class="govuk-table__cell govuk-table__cell--numeric">{{PREV}}</td>
<td class="govuk-table__cell govuk-table__cell--numeric chorus-change{{#UP}} chorus-change--up{{/UP}}{{#DOWN}} chorus-change--down{{/DOWN}}">{{#UP}}<span class="govuk-visually-hidden">Up </span>{{/UP}}{{#DOWN}}<span class="govuk-visually-hidden">Down </span>{{/DOWN}}{{CHANGE}}{{#UP}}<span class="govuk-visually-hidden"> points</span>{{/UP}}{{#DOWN}}<span class="govuk-visually-hidden"> points</span>{{/DOWN}}</td>
</tr>
{{/SCORE}}
</tbody>
</table>
</div>
<div class="chorus-table-wrap" role="region" aria-labelledby="board-survey-{{ID}}-rates-caption" tabindex="0">
<table class="govuk-table chorus-insights-table" id="board-survey-{{ID}}-rates">
<caption class="govuk-table__caption govuk-table__caption--s" id="board-survey-{{ID}}-rates-caption">{{TITLE}}: response rate, {{LATEST}}</caption>
<thead>
<tr>
<th scope="col" class="govuk-table__header">Group</th>
<th scope="col" class="govuk-table__header govuk-table__header--numeric">Responses</th>
<th scope="col" class="govuk-table__header govuk-table__header--numeric">Headcount at opening</th>
<th scope="col" class="govuk-table__header govuk-table__header--numeric">Response rate</th>
</tr>
</thead>
<tbody>
{{#RATE}}
<tr class="govuk-table__row">
<th scope="row" class="govuk-table__header">{{GROUP}}</th>
<td class="govuk-table__cell govuk-table__cell--numeric">{{RESPONSES}}</td>
<td class="govuk-table__cell govuk-table__cell--numeric">{{HEADCOUNT}}</td>
<td class="govuk-table__cell govuk-table__cell--numeric">{{RATE}}</td>
</tr>
{{/RATE}}
</tbody>
</table>
</div>
{{/SURVEY}}
