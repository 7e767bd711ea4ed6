{{%AUTOESCAPE context="HTML"}}
<div class="chorus-table-wrap" role="region" aria-labelledby="{{ID}}-caption" tabindex="0">
<table class="govuk-table chorus-fig-table" id="{{ID}}-table">
<caption class="govuk-table__caption govuk-table__caption--s" id="{{ID}}-caption">{{CAPTION}}</caption>
<thead>
<tr>
<th scope="col" class="govuk-table__header">{{FIRST_HEAD}}</th>
{{#WAVE}}<th scope="col" class="govuk-table__header govuk-table__header--numeric">{{NAME}}<span class="chorus-fig-opens">opened {{OPENS}}</span></th>
{{/WAVE}}<th scope="col" class="govuk-table__header govuk-table__header--numeric">Change since previous wave</th>
</tr>
</thead>
<tbody>
{{#ROW}}
<tr class="govuk-table__row{{#SECTION_ROW}} chorus-fig-row--section{{/SECTION_ROW}}">
<th scope="row" class="govuk-table__header">{{LABEL}}</th>
{{#CELL}}<td class="govuk-table__cell govuk-table__cell--numeric{{#SUPPRESSED}} chorus-suppressed{{/SUPPRESSED}}">{{VALUE}}</td>
{{/CELL}}{{#CHANGE}}<td class="govuk-table__cell govuk-table__cell--numeric chorus-change{{#UP}} chorus-change--up{{/UP}}{{#DOWN}} chorus-change--down{{/DOWN}}">{{#UP}}<span class="govuk-visually-hidden">Up </span>{{/UP}}{{#DOWN}}<span class="govuk-visually-hidden">Down </span>{{/DOWN}}{{TEXT}}{{#UP}}<span class="govuk-visually-hidden"> points</span>{{/UP}}{{#DOWN}}<span class="govuk-visually-hidden"> points</span>{{/DOWN}}</td>{{/CHANGE}}
</tr>
{{/ROW}}
</tbody>
</table>
</div>
