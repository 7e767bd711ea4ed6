{{%AUTOESCAPE context="HTML"}}
<h1 class="govuk-heading-l">Follow-ups from children and families</h1>
<p class="govuk-body">Feedback that needs someone to act on it. Urgent follow-ups are at the top.</p>
{{#NONE}}
<p class="govuk-body chorus-followups-none">Nothing needs action.</p>
{{/NONE}}
<div class="chorus-table-wrap chorus-followups-wrap" role="region" aria-labelledby="followups-caption" tabindex="0">
<table class="govuk-table chorus-followups">
<caption class="govuk-table__caption govuk-visually-hidden" id="followups-caption">Follow-ups that need action, urgent first</caption>
<thead>
<tr>
<th scope="col" class="govuk-table__header">Follow-up</th>
<th scope="col" class="govuk-table__header">Team</th>
<th scope="col" class="govuk-table__header">Opened</th>
<th scope="col" class="govuk-table__header">Due</th>
<th scope="col" class="govuk-table__header">Status</th>
</tr>
</thead>
<tbody>
{{#ITEM}}
<tr class="govuk-table__row{{#OVERDUE}} chorus-followup-row--overdue{{/OVERDUE}}{{#URGENT}} chorus-followup-row--urgent{{/URGENT}}">
<td class="govuk-table__cell"><a class="govuk-link" href="{{HREF}}">{{REASON}}</a></td>
<td class="govuk-table__cell">{{TEAM}}</td>
<td class="govuk-table__cell">{{OPENED}}</td>
<td class="govuk-table__cell">{{DUE}}</td>
<td class="govuk-table__cell"><div class="chorus-followup-status">{{#URGENT}}<strong class="govuk-tag govuk-tag--red">Urgent</strong>{{/URGENT}}{{#OVERDUE}}<strong class="govuk-tag govuk-tag--orange">Overdue</strong>{{/OVERDUE}}<span>{{STATUS}}</span></div></td>
</tr>
{{/ITEM}}
</tbody>
</table>
</div>
