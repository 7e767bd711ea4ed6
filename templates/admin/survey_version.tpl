{{%AUTOESCAPE context="HTML"}}
<a href="/admin/surveys" class="govuk-back-link">Back to surveys</a>
{{#ERRORS}}
<div class="govuk-error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 class="govuk-error-summary__title" id="error-summary-title">There is a problem</h2>
<div class="govuk-error-summary__body">
<ul class="govuk-error-summary__list">{{#ERROR}}<li><a href="{{HREF}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
</div>
{{/ERRORS}}
{{#SAVED}}
<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="saved-title">
<div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="saved-title">Success</h2></div>
<div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">Your change has been saved</p></div>
</div>
{{/SAVED}}
<span class="govuk-caption-l">{{SLUG}}</span>
<h1 class="govuk-heading-l">{{TITLE}}, version {{VERSION}} {{#DRAFT}}<strong class="govuk-tag govuk-tag--yellow">Draft</strong>{{/DRAFT}}{{#PUBLISHED}}<strong class="govuk-tag govuk-tag--green">Published</strong>{{/PUBLISHED}}</h1>
{{#HAS_INTRO}}<p class="govuk-body">{{INTRO}}</p>{{/HAS_INTRO}}
{{#PUBLISHED}}
<p class="govuk-body">This version is published: {{WAVES}} wave(s), {{RESPONSES}} response(s). It can no longer be changed.</p>
{{#HAS_RESPONSES}}<div class="govuk-inset-text">Staff have answered this version, so its questions must stay as they were asked. Copy it to make the next version.</div>{{/HAS_RESPONSES}}
<form method="post" action="{{BASE}}/copy" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-button-group">
<button type="submit" class="govuk-button">Copy to a new version</button>
<a class="govuk-link" href="/admin/waves/new?version={{VERSION_ID}}">Create a wave with this version</a>
</div>
</form>
{{/PUBLISHED}}
{{#DRAFT}}
<p class="govuk-body">This is a draft: staff cannot see it. When it is ready, publish it so it can be given to staff in a wave.</p>
<p class="govuk-body"><a class="govuk-link" href="{{BASE}}/about">Change the survey title and introduction</a> (every version shows them)</p>
<div class="govuk-button-group">
<a class="govuk-button" href="{{BASE}}/publish">Publish this version</a>
</div>
{{/DRAFT}}
<p class="govuk-body"><a class="govuk-link" href="{{BASE}}/preview/1">Preview as staff will see it</a> · <a class="govuk-link" href="{{BASE}}/export" download>Download as a survey file</a></p>
<div id="sections">
{{#SECTIONS_ERROR}}<p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/SECTIONS_ERROR}}
{{#SECTION}}
<h2 class="govuk-heading-m">Section {{NUMBER}}: {{TITLE}}</h2>
{{#SEC_INTRO}}<p class="govuk-body">{{TEXT}}</p>{{/SEC_INTRO}}
{{#EMPTY}}<p class="govuk-body">This section has no questions yet.</p>{{/EMPTY}}
{{#SEC_ACTIONS}}
<div class="govuk-button-group">
<a class="govuk-link" href="{{EDIT}}">Change section {{NUMBER}}</a>
{{#CAN_UP}}<form method="post" action="{{MOVE}}" novalidate><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="dir" value="up"><button type="submit" class="govuk-button govuk-button--secondary">Move section {{NUMBER}} up</button></form>{{/CAN_UP}}
{{#CAN_DOWN}}<form method="post" action="{{MOVE}}" novalidate><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="dir" value="down"><button type="submit" class="govuk-button govuk-button--secondary">Move section {{NUMBER}} down</button></form>{{/CAN_DOWN}}
{{#CAN_REMOVE}}<a class="govuk-link" href="{{HREF}}">Remove section {{NUMBER}}</a>{{/CAN_REMOVE}}
</div>
{{/SEC_ACTIONS}}
<ol class="govuk-list chorus-builder-questions">
{{#QUESTION}}
<li class="chorus-builder-question">
<h3 class="govuk-heading-s">{{NUMBER}}. {{TEXT}}{{#OPTIONAL}} (optional){{/OPTIONAL}}</h3>
<dl class="govuk-summary-list">
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Key</dt><dd class="govuk-summary-list__value">{{QKEY}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Answer</dt><dd class="govuk-summary-list__value">{{KIND}}{{#OPTION}}<br>{{LABEL}} ({{VALUE}}){{/OPTION}}</dd></div>
{{#SHOW_IF}}<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Shown</dt><dd class="govuk-summary-list__value">{{WORDS}}</dd></div>{{/SHOW_IF}}
</dl>
{{#ACTIONS}}
<div class="govuk-button-group">
<a class="govuk-link" href="{{EDIT}}">Change<span class="govuk-visually-hidden"> question {{QKEY}}</span></a>
{{#CAN_UP}}<form method="post" action="{{MOVE}}" novalidate><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="dir" value="up"><button type="submit" class="govuk-button govuk-button--secondary">{{LABEL}}<span class="govuk-visually-hidden"> question {{QKEY}}</span></button></form>{{/CAN_UP}}
{{#CAN_DOWN}}<form method="post" action="{{MOVE}}" novalidate><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="dir" value="down"><button type="submit" class="govuk-button govuk-button--secondary">{{LABEL}}<span class="govuk-visually-hidden"> question {{QKEY}}</span></button></form>{{/CAN_DOWN}}
<a class="govuk-link" href="{{REMOVE}}">Remove<span class="govuk-visually-hidden"> question {{QKEY}}</span></a>
</div>
{{/ACTIONS}}
</li>
{{/QUESTION}}
</ol>
{{#ADD}}<p class="govuk-body"><a class="govuk-link" href="{{HREF}}">Add a question to section {{NUMBER}}</a></p>{{/ADD}}
{{/SECTION}}
</div>
{{#DRAFT}}
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<h2 class="govuk-heading-m" id="add-section-heading">Add a section</h2>
<form method="post" action="{{BASE}}/section" novalidate aria-labelledby="add-section-heading">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-form-group{{#SECTION_TITLE_ERROR}} govuk-form-group--error{{/SECTION_TITLE_ERROR}}">
<label class="govuk-label govuk-label--s" for="section_title">Section title</label>
{{#SECTION_TITLE_ERROR}}<p class="govuk-error-message" id="section_title-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/SECTION_TITLE_ERROR}}
<input class="govuk-input{{#SECTION_TITLE_ERROR}} govuk-input--error{{/SECTION_TITLE_ERROR}}" id="section_title" name="section_title" type="text" value="{{SECTION_TITLE}}" autocomplete="off"{{#SECTION_TITLE_ERROR}} aria-describedby="section_title-error"{{/SECTION_TITLE_ERROR}}>
</div>
<div class="govuk-form-group{{#SECTION_INTRO_ERROR}} govuk-form-group--error{{/SECTION_INTRO_ERROR}}">
<label class="govuk-label govuk-label--s" for="section_intro">Introduction (optional)</label>
{{#SECTION_INTRO_ERROR}}<p class="govuk-error-message" id="section_intro-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/SECTION_INTRO_ERROR}}
<input class="govuk-input{{#SECTION_INTRO_ERROR}} govuk-input--error{{/SECTION_INTRO_ERROR}}" id="section_intro" name="section_intro" type="text" value="{{SECTION_INTRO}}" autocomplete="off"{{#SECTION_INTRO_ERROR}} aria-describedby="section_intro-error"{{/SECTION_INTRO_ERROR}}>
</div>
<button type="submit" class="govuk-button govuk-button--secondary">Add section</button>
</form>
</div>
</div>
{{/DRAFT}}
<div class="chorus-table-wrap" role="region" aria-labelledby="versions-caption" tabindex="0">
<table class="govuk-table">
<caption class="govuk-table__caption govuk-table__caption--m" id="versions-caption">Versions of this survey</caption>
<thead><tr>
<th scope="col" class="govuk-table__header">Version</th>
<th scope="col" class="govuk-table__header">State</th>
<th scope="col" class="govuk-table__header govuk-table__header--numeric">Waves</th>
<th scope="col" class="govuk-table__header govuk-table__header--numeric">Responses</th>
</tr></thead>
<tbody>
{{#VERSION_ROW}}
<tr>
<th scope="row" class="govuk-table__header">{{#CURRENT}}Version {{VERSION}} (this one){{/CURRENT}}{{#OTHER}}<a class="govuk-link" href="{{HREF}}">Version {{VERSION}}</a>{{/OTHER}}</th>
<td class="govuk-table__cell">{{STATE}}</td>
<td class="govuk-table__cell govuk-table__cell--numeric">{{WAVES}}</td>
<td class="govuk-table__cell govuk-table__cell--numeric">{{RESPONSES}}</td>
</tr>
{{/VERSION_ROW}}
</tbody>
</table>
</div>
