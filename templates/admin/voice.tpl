{{%AUTOESCAPE context="HTML"}}
{{#ERRORS}}
<div class="govuk-error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 class="govuk-error-summary__title" id="error-summary-title">There is a problem</h2>
<div class="govuk-error-summary__body">
<ul class="govuk-error-summary__list">{{#ERROR}}<li><a href="{{HREF}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
</div>
{{/ERRORS}}
<h1 class="govuk-heading-l">Voice forms</h1>
<h2 class="govuk-heading-m">Words in each language</h2>
<p class="govuk-body">Each language is edited beside English. Missing words are marked; until they are written, families see the English.</p>
<ul class="govuk-list">
{{#LANG}}<li><strong>{{NAME}}</strong>: <a class="govuk-link" href="/admin/voice/texts?lang={{CODE}}">shared words</a>{{#FORM}} · <a class="govuk-link" href="/admin/voice/texts?lang={{CODE}}&amp;form={{SLUG}}">{{SLUG}} form</a>{{/FORM}} · <a class="govuk-link" href="/admin/voice/terms?lang={{CODE}}">safeguarding terms</a></li>
{{/LANG}}
</ul>
<h2 class="govuk-heading-m">Questions on each form</h2>
<ul class="govuk-list">
{{#FORM}}<li><a class="govuk-link" href="/admin/voice/form?form={{SLUG}}">{{SLUG}} form: add, change, reorder and retire questions</a></li>
{{/FORM}}
</ul>
<h2 class="govuk-heading-m">Team links</h2>
<p class="govuk-body">A worker gives a family the link or its QR code, so that feedback is about their team.</p>
<div class="chorus-table-wrap" role="region" aria-labelledby="links-caption" tabindex="0">
<table class="govuk-table">
<caption class="govuk-table__caption govuk-table__caption--s" id="links-caption">Links</caption>
<thead><tr><th scope="col" class="govuk-table__header">Team</th><th scope="col" class="govuk-table__header">Code</th></tr></thead>
<tbody>
{{#LINK}}<tr><td class="govuk-table__cell">{{TEAM}}</td><td class="govuk-table__cell"><a class="govuk-link" href="/admin/voice/link/{{CODE}}">{{CODE}}</a></td></tr>
{{/LINK}}
</tbody>
</table>
</div>
<form method="post" action="/admin/voice/links" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-form-group{{#TEAM_ERROR}} govuk-form-group--error{{/TEAM_ERROR}}">
<label class="govuk-label govuk-label--s" for="team">Make a new link for</label>
{{#TEAM_ERROR}}<p class="govuk-error-message" id="team-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/TEAM_ERROR}}
<select class="govuk-select{{#TEAM_ERROR}} govuk-select--error{{/TEAM_ERROR}}" id="team" name="team"{{#TEAM_ERROR}} aria-describedby="team-error"{{/TEAM_ERROR}}>
<option value="">Choose a team</option>
{{#TEAM}}<option value="{{ID}}">{{NAME}}</option>
{{/TEAM}}
</select>
</div>
<button type="submit" class="govuk-button">Make a link</button>
</form>
