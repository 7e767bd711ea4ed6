{{%AUTOESCAPE context="HTML"}}
{{#PUBLISHED}}
<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="published-title">
<div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="published-title">Success</h2></div>
<div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">The new version is published. From its effective date staff are asked to acknowledge it.</p></div>
</div>
{{/PUBLISHED}}
<h1 class="govuk-heading-l">Practice Standards versions</h1>
<p class="govuk-body">A published version never changes. To change the standards, write a new version: it starts as a copy of the newest one.</p>
{{#DRAFT}}<p class="govuk-body"><a class="govuk-button" href="/admin/standards/draft">Continue the draft of version {{VERSION}}</a></p>{{/DRAFT}}
{{#NO_DRAFT}}
<form method="post" action="/admin/standards" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<button type="submit" class="govuk-button">Write a new version</button>
</form>
{{/NO_DRAFT}}
<div class="chorus-table-wrap" role="region" aria-labelledby="std-caption" tabindex="0">
<table class="govuk-table">
<caption class="govuk-table__caption govuk-table__caption--m" id="std-caption">Published versions</caption>
<thead><tr>
<th scope="col" class="govuk-table__header">Version</th>
<th scope="col" class="govuk-table__header">Effective from</th>
<th scope="col" class="govuk-table__header govuk-table__header--numeric">Standards</th>
<th scope="col" class="govuk-table__header">Status</th>
</tr></thead>
<tbody>
{{#VROW}}
<tr>
<th scope="row" class="govuk-table__header">{{VERSION}}: {{TITLE}}</th>
<td class="govuk-table__cell">{{EFFECTIVE}}</td>
<td class="govuk-table__cell govuk-table__cell--numeric">{{STANDARDS}}</td>
<td class="govuk-table__cell">{{#IN_FORCE}}<strong class="govuk-tag govuk-tag--green">In force</strong>{{/IN_FORCE}}{{#UPCOMING}}<strong class="govuk-tag govuk-tag--blue">Not yet in force</strong>{{/UPCOMING}}{{#REPLACED}}<strong class="govuk-tag govuk-tag--grey">Replaced</strong>{{/REPLACED}}</td>
</tr>
{{/VROW}}
</tbody>
</table>
</div>
