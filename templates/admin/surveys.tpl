{{%AUTOESCAPE context="HTML"}}
{{#ERRORS}}
<div class="govuk-error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 class="govuk-error-summary__title" id="error-summary-title">There is a problem</h2>
<div class="govuk-error-summary__body">
<ul class="govuk-error-summary__list">{{#ERROR}}<li><a href="{{HREF}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
</div>
{{/ERRORS}}
<h1 class="govuk-heading-l">Surveys</h1>
<p class="govuk-body">Each survey has numbered versions. A draft version can be changed; a published one is what staff are given in a wave, and never changes. To change a published survey, copy it to make its next version: questions keep their keys, so results line up over time.</p>
<p class="govuk-body"><a class="govuk-link" href="/admin/waves">Survey waves</a> · <a class="govuk-link" href="/admin/surveys/import">Import a survey from a file</a></p>
<div class="chorus-table-wrap" role="region" aria-labelledby="surveys-caption" tabindex="0">
<table class="govuk-table">
<caption class="govuk-table__caption govuk-table__caption--m" id="surveys-caption">All surveys</caption>
<thead>
<tr>
<th scope="col" class="govuk-table__header">Survey</th>
<th scope="col" class="govuk-table__header">Short name</th>
<th scope="col" class="govuk-table__header govuk-table__header--numeric">Newest version</th>
<th scope="col" class="govuk-table__header">Draft</th>
</tr>
</thead>
<tbody>
{{#SURVEY}}
<tr>
<th scope="row" class="govuk-table__header"><a class="govuk-link" href="/admin/survey/{{ID}}">{{TITLE}}</a></th>
<td class="govuk-table__cell">{{SLUG}}</td>
<td class="govuk-table__cell govuk-table__cell--numeric">{{VERSION}}</td>
<td class="govuk-table__cell">{{#DRAFT}}<a class="govuk-link" href="/admin/survey/{{ID}}">Edit the draft<span class="govuk-visually-hidden"> of {{TITLE}}</span></a>{{/DRAFT}}</td>
</tr>
{{/SURVEY}}
</tbody>
</table>
</div>
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<h2 class="govuk-heading-m" id="add-survey-heading">Create a survey</h2>
<form method="post" action="/admin/surveys" novalidate aria-labelledby="add-survey-heading">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-form-group{{#TITLE_ERROR}} govuk-form-group--error{{/TITLE_ERROR}}">
<label class="govuk-label govuk-label--s" for="title">Title</label>
{{#TITLE_ERROR}}<p class="govuk-error-message" id="title-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/TITLE_ERROR}}
<input class="govuk-input{{#TITLE_ERROR}} govuk-input--error{{/TITLE_ERROR}}" id="title" name="title" type="text" value="{{TITLE}}" autocomplete="off"{{#TITLE_ERROR}} aria-describedby="title-error"{{/TITLE_ERROR}}>
</div>
<div class="govuk-form-group{{#SLUG_ERROR}} govuk-form-group--error{{/SLUG_ERROR}}">
<label class="govuk-label govuk-label--s" for="slug">Short name</label>
<div class="govuk-hint" id="slug-hint">Lower-case letters, digits and hyphens, for example staff-health-check. It names the survey in every version and cannot be changed.</div>
{{#SLUG_ERROR}}<p class="govuk-error-message" id="slug-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/SLUG_ERROR}}
<input class="govuk-input govuk-input--width-20{{#SLUG_ERROR}} govuk-input--error{{/SLUG_ERROR}}" id="slug" name="slug" type="text" value="{{SLUG}}" autocomplete="off" spellcheck="false" aria-describedby="slug-hint{{#SLUG_ERROR}} slug-error{{/SLUG_ERROR}}">
</div>
<div class="govuk-form-group{{#INTRO_ERROR}} govuk-form-group--error{{/INTRO_ERROR}}">
<label class="govuk-label govuk-label--s" for="intro">Introduction (optional)</label>
<div class="govuk-hint" id="intro-hint">One paragraph shown on the first page.</div>
{{#INTRO_ERROR}}<p class="govuk-error-message" id="intro-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/INTRO_ERROR}}
<input class="govuk-input{{#INTRO_ERROR}} govuk-input--error{{/INTRO_ERROR}}" id="intro" name="intro" type="text" value="{{INTRO}}" autocomplete="off" aria-describedby="intro-hint{{#INTRO_ERROR}} intro-error{{/INTRO_ERROR}}">
</div>
<div class="govuk-form-group{{#SECTION_ERROR}} govuk-form-group--error{{/SECTION_ERROR}}">
<label class="govuk-label govuk-label--s" for="section">Title of the first section</label>
{{#SECTION_ERROR}}<p class="govuk-error-message" id="section-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/SECTION_ERROR}}
<input class="govuk-input{{#SECTION_ERROR}} govuk-input--error{{/SECTION_ERROR}}" id="section" name="section" type="text" value="{{SECTION}}" autocomplete="off"{{#SECTION_ERROR}} aria-describedby="section-error"{{/SECTION_ERROR}}>
</div>
<button type="submit" class="govuk-button">Create survey</button>
</form>
</div>
</div>
