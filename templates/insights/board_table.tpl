{{%AUTOESCAPE context="HTML"}}
<div class="chorus-table-wrap" role="region" aria-labelledby="{{ID}}-caption" tabindex="0">
<table class="govuk-table chorus-insights-table" id="{{ID}}">
<caption class="govuk-table__caption govuk-table__caption--m" id="{{ID}}-caption">{{CAPTION}}</caption>
<thead>
<tr>
{{#HEAD_KEY}}<th scope="col" class="govuk-table__header">{{TEXT}}</th>{{/HEAD_KEY}}
{{#HEAD_FIG}}<th scope="col" class="govuk-table__header govuk-table__header--numeric">{{TEXT}}</th>{{/HEAD_FIG}}
</tr>
</thead>
<tbody>
{{#EMPTY}}<tr class="govuk-table__row"><td class="govuk-table__cell" colspan="{{SPAN}}">Nothing in these months.</td></tr>{{/EMPTY}}
{{#ROW}}
<tr class="govuk-table__row{{#TOTAL_ROW}} chorus-insights-total{{/TOTAL_ROW}}">
{{#KEY_FIRST}}<th scope="row" class="govuk-table__header">{{TEXT}}</th>{{/KEY_FIRST}}
{{#KEY}}<td class="govuk-table__cell">{{TEXT}}</td>{{/KEY}}
{{#HIDDEN}}<td class="govuk-table__cell chorus-insights-hidden" colspan="{{SPAN}}">{{TEXT}}</td>{{/HIDDEN}}
{{#FIG}}<td class="govuk-table__cell govuk-table__cell--numeric">{{TEXT}}</td>{{/FIG}}
</tr>
{{/ROW}}
</tbody>
</table>
</div>
<p class="govuk-body chorus-insights-csv"><a class="govuk-link" href="{{CSV}}" download>Download this table as CSV<span class="govuk-visually-hidden">: {{CAPTION}}</span></a></p>
