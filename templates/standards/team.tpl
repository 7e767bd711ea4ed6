{{%AUTOESCAPE context="HTML"}}
<span class="govuk-caption-l">{{TEAM_NAME}}</span>
<h1 class="govuk-heading-l">Practice Standards acknowledgements</h1>
{{#NONE}}
<p class="govuk-body chorus-standards-none">There are no Practice Standards in force yet.</p>
{{/NONE}}
<div class="chorus-standards-current">
<p class="govuk-body-l">{{DONE}} of {{TOTAL}} people in the team have acknowledged version {{VERSION}}, in force from {{EFFECTIVE}}.</p>
<div class="chorus-table-wrap" role="region" aria-labelledby="team-acks-caption" tabindex="0">
<table class="govuk-table chorus-standards-team">
<caption class="govuk-table__caption govuk-table__caption--m" id="team-acks-caption">Acknowledgements of version {{VERSION}} in {{TEAM_NAME}}</caption>
<thead>
<tr>
<th scope="col" class="govuk-table__header">Name</th>
<th scope="col" class="govuk-table__header">Job title</th>
<th scope="col" class="govuk-table__header">Status</th>
<th scope="col" class="govuk-table__header">Acknowledged on</th>
<th scope="col" class="govuk-table__header govuk-table__header--numeric">Days outstanding</th>
</tr>
</thead>
<tbody>
{{#PERSON}}
<tr class="govuk-table__row{{#NOT_YET}} chorus-standards-row--not-yet{{/NOT_YET}}">
<th scope="row" class="govuk-table__header">{{NAME}}</th>
<td class="govuk-table__cell">{{JOB}}</td>
<td class="govuk-table__cell"><strong class="govuk-tag chorus-standards-status{{#NOT_YET}} govuk-tag--red{{/NOT_YET}}">{{STATUS}}</strong></td>
<td class="govuk-table__cell">{{AT}}</td>
<td class="govuk-table__cell govuk-table__cell--numeric">{{OUTSTANDING_DAYS}}</td>
</tr>
{{/PERSON}}
</tbody>
</table>
</div>
</div>
