{{%AUTOESCAPE context="HTML"}}
<h1 class="govuk-heading-l">Survey waves</h1>
<p class="govuk-body">A wave gives one published survey version to a group of staff between two times. The numbers are how many people have taken part so far, never who.</p>
<div class="govuk-button-group">
<a class="govuk-button" href="/admin/waves/new">Create a wave</a>
<a class="govuk-link" href="/admin/surveys">Surveys</a>
</div>
<div class="chorus-table-wrap" role="region" aria-labelledby="waves-caption" tabindex="0">
<table class="govuk-table">
<caption class="govuk-table__caption govuk-table__caption--m" id="waves-caption">All waves</caption>
<thead><tr>
<th scope="col" class="govuk-table__header">Wave</th>
<th scope="col" class="govuk-table__header">Survey</th>
<th scope="col" class="govuk-table__header">Opens</th>
<th scope="col" class="govuk-table__header">Closes</th>
<th scope="col" class="govuk-table__header">Status</th>
<th scope="col" class="govuk-table__header govuk-table__header--numeric">Responses</th>
</tr></thead>
<tbody>
{{#WAVE}}
<tr>
<th scope="row" class="govuk-table__header"><a class="govuk-link" href="/admin/wave/{{ID}}">{{TITLE}}</a></th>
<td class="govuk-table__cell">{{SURVEY}}, version {{VERSION}}</td>
<td class="govuk-table__cell">{{OPENS}}</td>
<td class="govuk-table__cell">{{CLOSES}}</td>
<td class="govuk-table__cell"><strong class="govuk-tag {{STATE_TAG}}">{{STATE}}</strong></td>
<td class="govuk-table__cell govuk-table__cell--numeric">{{RESPONSES}}</td>
</tr>
{{/WAVE}}
</tbody>
</table>
</div>
