{{%AUTOESCAPE context="HTML"}}
{{#ERRORS}}
<div class="govuk-error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 class="govuk-error-summary__title" id="error-summary-title">There is a problem</h2>
<div class="govuk-error-summary__body">
<ul class="govuk-error-summary__list">{{#ERROR}}<li><a href="{{HREF}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
</div>
{{/ERRORS}}
<a href="/admin/" class="govuk-back-link">Administration</a>
<h1 class="govuk-heading-l">Service areas</h1>
<div class="chorus-table-wrap" role="region" aria-labelledby="areas-caption" tabindex="0">
<table class="govuk-table chorus-areas">
<caption class="govuk-table__caption govuk-table__caption--m" id="areas-caption">Open service areas</caption>
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
<th scope="row" class="govuk-table__header"><a class="govuk-link" href="/admin/area?id={{ID}}">{{NAME}}</a></th>
<td class="govuk-table__cell govuk-table__cell--numeric">{{TEAMS}}</td>
<td class="govuk-table__cell govuk-table__cell--numeric">{{STAFF}}</td>
</tr>
{{/AREA}}
</tbody>
</table>
</div>
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<h2 class="govuk-heading-m" id="add-area-heading">Add a service area</h2>
<form method="post" action="/admin/areas" novalidate aria-labelledby="add-area-heading">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-form-group{{#NAME_ERROR}} govuk-form-group--error{{/NAME_ERROR}}">
<label class="govuk-label govuk-label--s" for="name">Service area name</label>
{{#NAME_ERROR}}<p class="govuk-error-message" id="name-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/NAME_ERROR}}
<input class="govuk-input{{#NAME_ERROR}} govuk-input--error{{/NAME_ERROR}}" id="name" name="name" type="text" value="{{NAME}}" autocomplete="off"{{#NAME_ERROR}} aria-describedby="name-error"{{/NAME_ERROR}}>
</div>
<button type="submit" class="govuk-button">Add service area</button>
</form>
</div>
</div>
