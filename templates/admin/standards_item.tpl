{{%AUTOESCAPE context="HTML"}}
<a href="/admin/standards/draft" class="govuk-back-link">Back to the draft</a>
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
{{#ERRORS}}
<div class="govuk-error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 class="govuk-error-summary__title" id="error-summary-title">There is a problem</h2>
<div class="govuk-error-summary__body">
<ul class="govuk-error-summary__list">{{#ERROR}}<li><a href="{{HREF}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
</div>
{{/ERRORS}}
<h1 class="govuk-heading-l">{{HEADING}}</h1>
<form method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
{{#ADDING}}
<div class="govuk-form-group{{#CODE_ERROR}} govuk-form-group--error{{/CODE_ERROR}}">
<label class="govuk-label govuk-label--s" for="code">Code</label>
<div class="govuk-hint" id="code-hint">Letters and digits, for example PS7. It stays the same in every version, so staff can see what changed.</div>
{{#CODE_ERROR}}<p class="govuk-error-message" id="code-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/CODE_ERROR}}
<input class="govuk-input{{#CODE_ERROR}} govuk-input--error{{/CODE_ERROR}}" id="code" name="code" type="text" value="{{CODE}}" autocomplete="off" aria-describedby="code-hint{{#CODE_ERROR}} code-error{{/CODE_ERROR}}">
</div>
{{/ADDING}}
{{#EDITING}}<p class="govuk-body">Code: <strong>{{CODE}}</strong></p>{{/EDITING}}
<div class="govuk-form-group{{#TITLE_ERROR}} govuk-form-group--error{{/TITLE_ERROR}}">
<label class="govuk-label govuk-label--s" for="title">Title</label>
<div class="govuk-hint" id="title-hint">For example: Hearing the voice of the child</div>
{{#TITLE_ERROR}}<p class="govuk-error-message" id="title-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/TITLE_ERROR}}
<input class="govuk-input{{#TITLE_ERROR}} govuk-input--error{{/TITLE_ERROR}}" id="title" name="title" type="text" value="{{TITLE}}" autocomplete="off" aria-describedby="title-hint{{#TITLE_ERROR}} title-error{{/TITLE_ERROR}}">
</div>
<div class="govuk-form-group{{#BODY_ERROR}} govuk-form-group--error{{/BODY_ERROR}}">
<label class="govuk-label govuk-label--s" for="body">What good looks like</label>
<div class="govuk-hint" id="body-hint">The standard itself, as staff will read it.</div>
{{#BODY_ERROR}}<p class="govuk-error-message" id="body-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/BODY_ERROR}}
<textarea class="govuk-textarea{{#BODY_ERROR}} govuk-textarea--error{{/BODY_ERROR}}" id="body" name="body" rows="6" spellcheck="true" aria-describedby="body-hint{{#BODY_ERROR}} body-error{{/BODY_ERROR}}">
{{BODY:pre_escape}}</textarea>
</div>
<div class="govuk-form-group{{#EVIDENCE_ERROR}} govuk-form-group--error{{/EVIDENCE_ERROR}}">
<label class="govuk-label govuk-label--s" for="evidence">What evidence of it looks like in a case file</label>
<div class="govuk-hint" id="evidence-hint">What an auditor looks for.</div>
{{#EVIDENCE_ERROR}}<p class="govuk-error-message" id="evidence-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/EVIDENCE_ERROR}}
<textarea class="govuk-textarea{{#EVIDENCE_ERROR}} govuk-textarea--error{{/EVIDENCE_ERROR}}" id="evidence" name="evidence" rows="6" spellcheck="true" aria-describedby="evidence-hint{{#EVIDENCE_ERROR}} evidence-error{{/EVIDENCE_ERROR}}">
{{EVIDENCE:pre_escape}}</textarea>
</div>
<div class="govuk-button-group">
<button type="submit" class="govuk-button">Save standard</button>
<a class="govuk-link" href="/admin/standards/draft">Cancel</a>
</div>
</form>
</div>
</div>
