{{%AUTOESCAPE context="HTML"}}
<a href="/standards/audits/" class="govuk-back-link">Back to case audits</a>
<h1 class="govuk-heading-l">Moderation agreement</h1>
<p class="govuk-body">How often a moderator agreed with the auditor's grade, counting every standard and the overall grade of each moderated audit.</p>
{{#NONE}}<p class="govuk-body">No audit has been moderated yet.</p>{{/NONE}}
{{#ROWS}}<div class="chorus-table-wrap" role="region" aria-labelledby="agreement-caption" tabindex="0">
<table class="govuk-table chorus-agreement">
<caption class="govuk-table__caption govuk-table__caption--m" id="agreement-caption">Agreement by auditor</caption>
<thead class="govuk-table__head"><tr class="govuk-table__row">
<th scope="col" class="govuk-table__header">Auditor</th>
<th scope="col" class="govuk-table__header govuk-table__header--numeric">Audits moderated</th>
<th scope="col" class="govuk-table__header govuk-table__header--numeric">Grades moderated</th>
<th scope="col" class="govuk-table__header govuk-table__header--numeric">Agreed</th>
<th scope="col" class="govuk-table__header govuk-table__header--numeric">Agreement</th>
</tr></thead>
<tbody class="govuk-table__body">{{#AUDITOR}}
<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">{{NAME}}</th>
<td class="govuk-table__cell govuk-table__cell--numeric">{{AUDITS}}</td>
<td class="govuk-table__cell govuk-table__cell--numeric">{{ITEMS}}</td>
<td class="govuk-table__cell govuk-table__cell--numeric">{{AGREED}}</td>
<td class="govuk-table__cell govuk-table__cell--numeric">{{PERCENT}}%</td></tr>{{/AUDITOR}}
{{#OVERALL}}<tr class="govuk-table__row chorus-agreement-overall"><th scope="row" class="govuk-table__header">All auditors</th>
<td class="govuk-table__cell govuk-table__cell--numeric">{{AUDITS}}</td>
<td class="govuk-table__cell govuk-table__cell--numeric">{{ITEMS}}</td>
<td class="govuk-table__cell govuk-table__cell--numeric">{{AGREED}}</td>
<td class="govuk-table__cell govuk-table__cell--numeric">{{PERCENT}}%</td></tr>{{/OVERALL}}
</tbody>
</table>
</div>{{/ROWS}}
