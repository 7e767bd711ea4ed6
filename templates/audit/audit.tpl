{{%AUTOESCAPE context="HTML"}}
<a href="/standards/audits/" class="govuk-back-link">Back to case audits</a>
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
<span class="govuk-caption-l">Case audit</span>
<h1 class="govuk-heading-l">Case {{CASE_REF}}</h1>
<p class="govuk-body"><strong class="govuk-tag govuk-tag--grey chorus-audit-status">{{STATUS_LABEL}}</strong></p>
{{#ESCALATION}}
<div class="govuk-warning-text chorus-audit-escalation">
<span class="govuk-warning-text__icon" aria-hidden="true">!</span>
<strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning: </span>Escalated: {{REASON}}. {{STATE}}, due {{DUE}}, with {{OWNER}}.{{#OVERDUE}} <span class="govuk-tag govuk-tag--red">Overdue</span>{{/OVERDUE}}</strong>
</div>
{{/ESCALATION}}
<dl class="govuk-summary-list chorus-audit-summary">
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Team</dt><dd class="govuk-summary-list__value">{{TEAM}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Allocated worker</dt><dd class="govuk-summary-list__value">{{WORKER}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Auditor</dt><dd class="govuk-summary-list__value">{{AUDITOR}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Moderator</dt><dd class="govuk-summary-list__value">{{MODERATOR}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Practice Standards</dt><dd class="govuk-summary-list__value">Version {{VERSION}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Started</dt><dd class="govuk-summary-list__value">{{STARTED}}</dd></div>
</dl>

{{#SAVED}}
<div class="govuk-notification-banner govuk-notification-banner--success chorus-audit-saved" role="region" aria-labelledby="saved-title">
<div class="govuk-notification-banner__header">
<h2 class="govuk-notification-banner__title" id="saved-title">Saved</h2>
</div>
<div class="govuk-notification-banner__content">
<p class="govuk-notification-banner__heading">Your draft is saved. It is not submitted yet.</p>
</div>
</div>
{{/SAVED}}
{{#DRAFT_FORM}}
<form method="post" action="{{ACTION}}" novalidate class="chorus-audit-form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p class="govuk-body">Grade each standard and the case overall. Save as you go: nothing is final until you submit.</p>
{{#ITEM}}
<div class="chorus-audit-item" id="item-{{CODE}}">
<h2 class="govuk-heading-m">{{CODE}} {{TITLE}}</h2>
{{#GUIDE}}<details class="govuk-details"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">What evidence of this looks like</span></summary><div class="govuk-details__text chorus-audit-text">{{EVIDENCE}}</div></details>{{/GUIDE}}
<div class="govuk-form-group{{#GRADE_ERROR}} govuk-form-group--error{{/GRADE_ERROR}}">
<fieldset class="govuk-fieldset"{{#GRADE_ERROR}} aria-describedby="grade-{{CODE}}-error"{{/GRADE_ERROR}}>
<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Grade for {{CODE}}</legend>
{{#GRADE_ERROR}}<p class="govuk-error-message" id="grade-{{CODE}}-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/GRADE_ERROR}}
<div class="govuk-radios" data-module="govuk-radios">
{{#OPTION}}<div class="govuk-radios__item"><input class="govuk-radios__input" id="{{ID}}" name="{{NAME}}" type="radio" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label class="govuk-label govuk-radios__label" for="{{ID}}">{{LABEL}}</label></div>
{{/OPTION}}</div>
</fieldset>
</div>
<div class="govuk-form-group{{#EVIDENCE_ERROR}} govuk-form-group--error{{/EVIDENCE_ERROR}}">
<label class="govuk-label govuk-label--s" for="evidence-{{CODE}}">Evidence for {{CODE}}</label>
<div class="govuk-hint" id="evidence-{{CODE}}-hint">What in the case file supports the grade. Needed for every grade except not applicable.</div>
{{#EVIDENCE_ERROR}}<p class="govuk-error-message" id="evidence-{{CODE}}-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/EVIDENCE_ERROR}}
<textarea class="govuk-textarea{{#EVIDENCE_ERROR}} govuk-textarea--error{{/EVIDENCE_ERROR}}" id="evidence-{{CODE}}" name="evidence-{{CODE}}" rows="4" aria-describedby="evidence-{{CODE}}-hint{{#EVIDENCE_ERROR}} evidence-{{CODE}}-error{{/EVIDENCE_ERROR}}">
{{EVIDENCE}}</textarea>
</div>
<div class="govuk-form-group{{#COMMENTS_ERROR}} govuk-form-group--error{{/COMMENTS_ERROR}}">
<label class="govuk-label govuk-label--s" for="comments-{{CODE}}">Comments on {{CODE}} (optional)</label>
{{#COMMENTS_ERROR}}<p class="govuk-error-message" id="comments-{{CODE}}-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/COMMENTS_ERROR}}
<textarea class="govuk-textarea{{#COMMENTS_ERROR}} govuk-textarea--error{{/COMMENTS_ERROR}}" id="comments-{{CODE}}" name="comments-{{CODE}}" rows="3"{{#COMMENTS_ERROR}} aria-describedby="comments-{{CODE}}-error"{{/COMMENTS_ERROR}}>
{{COMMENTS}}</textarea>
</div>
</div>
{{/ITEM}}
<div class="govuk-form-group chorus-audit-safety">
<fieldset class="govuk-fieldset" aria-describedby="safety-hint">
<legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Safety</legend>
<div class="govuk-hint" id="safety-hint">Ticking this opens an escalation to the team manager as soon as you submit, due within a working day.</div>
<div class="govuk-checkboxes" data-module="govuk-checkboxes">
<div class="govuk-checkboxes__item">
<input class="govuk-checkboxes__input" id="safety" name="safety" type="checkbox" value="1"{{#SAFETY_CHECKED}} checked{{/SAFETY_CHECKED}}>
<label class="govuk-label govuk-checkboxes__label" for="safety">I have a serious concern about this child's safety</label>
</div>
</div>
</fieldset>
</div>
<div class="govuk-button-group">
<button type="submit" class="govuk-button" name="do" value="submit">Submit audit</button>
<button type="submit" class="govuk-button govuk-button--secondary" name="do" value="save">Save draft</button>
</div>
</form>
{{/DRAFT_FORM}}

{{#GRADES}}
<h2 class="govuk-heading-m">Grades</h2>
{{#GRADE}}
<div class="chorus-audit-grade">
<h3 class="govuk-heading-s">{{CODE}} {{TITLE}}</h3>
<dl class="govuk-summary-list">
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Auditor's grade</dt><dd class="govuk-summary-list__value"><strong class="chorus-audit-grade-label">{{GRADE_LABEL}}</strong></dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Evidence</dt><dd class="govuk-summary-list__value chorus-audit-text">{{EVIDENCE}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Comments</dt><dd class="govuk-summary-list__value chorus-audit-text">{{COMMENTS}}</dd></div>
{{#AGREED}}<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Moderation</dt><dd class="govuk-summary-list__value chorus-audit-agreed">Agreed: {{GRADE_LABEL}}</dd></div>{{/AGREED}}
{{#DISAGREED}}<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Moderation</dt><dd class="govuk-summary-list__value chorus-audit-disagreed"><strong class="govuk-tag govuk-tag--orange">Moderator's grade: {{GRADE_LABEL}}</strong><p class="govuk-body chorus-audit-text">{{REASONS}}</p></dd></div>{{/DISAGREED}}
</dl>
</div>
{{/GRADE}}
{{/GRADES}}

{{#MODERATE_FORM}}
<h2 class="govuk-heading-m" id="moderate-heading">Moderate this audit</h2>
<p class="govuk-body">For each grade, agree or give your own grade and your reasons.</p>
<form method="post" action="{{ACTION}}" novalidate class="chorus-audit-form">
<input type="hidden" name="csrf" value="{{CSRF}}">
{{#MITEM}}
<div class="chorus-audit-item">
<h3 class="govuk-heading-s">{{CODE}} {{TITLE}}: the auditor graded {{WAS}}</h3>
<div class="govuk-form-group{{#AGREE_ERROR}} govuk-form-group--error{{/AGREE_ERROR}}">
<fieldset class="govuk-fieldset"{{#AGREE_ERROR}} aria-describedby="agree-{{CODE}}-error"{{/AGREE_ERROR}}>
<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Do you agree with the grade for {{CODE}}?</legend>
{{#AGREE_ERROR}}<p class="govuk-error-message" id="agree-{{CODE}}-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/AGREE_ERROR}}
<div class="govuk-radios govuk-radios--inline">
<div class="govuk-radios__item"><input class="govuk-radios__input" id="agree-{{CODE}}" name="agree-{{CODE}}" type="radio" value="1"{{#AGREE_CHECKED}} checked{{/AGREE_CHECKED}}><label class="govuk-label govuk-radios__label" for="agree-{{CODE}}">Agree</label></div>
<div class="govuk-radios__item"><input class="govuk-radios__input" id="agree-{{CODE}}-no" name="agree-{{CODE}}" type="radio" value="0"{{#DISAGREE_CHECKED}} checked{{/DISAGREE_CHECKED}}><label class="govuk-label govuk-radios__label" for="agree-{{CODE}}-no">Disagree</label></div>
</div>
</fieldset>
</div>
<div class="govuk-form-group{{#MGRADE_ERROR}} govuk-form-group--error{{/MGRADE_ERROR}}">
<fieldset class="govuk-fieldset" aria-describedby="mgrade-{{CODE}}-hint{{#MGRADE_ERROR}} mgrade-{{CODE}}-error{{/MGRADE_ERROR}}">
<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Your grade for {{CODE}}</legend>
<div class="govuk-hint" id="mgrade-{{CODE}}-hint">Only if you disagree</div>
{{#MGRADE_ERROR}}<p class="govuk-error-message" id="mgrade-{{CODE}}-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/MGRADE_ERROR}}
<div class="govuk-radios">
{{#OPTION}}<div class="govuk-radios__item"><input class="govuk-radios__input" id="{{ID}}" name="{{NAME}}" type="radio" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label class="govuk-label govuk-radios__label" for="{{ID}}">{{LABEL}}</label></div>
{{/OPTION}}</div>
</fieldset>
</div>
<div class="govuk-form-group{{#REASONS_ERROR}} govuk-form-group--error{{/REASONS_ERROR}}">
<label class="govuk-label govuk-label--s" for="reasons-{{CODE}}">Your reasons for {{CODE}}</label>
<div class="govuk-hint" id="reasons-{{CODE}}-hint">Only if you disagree</div>
{{#REASONS_ERROR}}<p class="govuk-error-message" id="reasons-{{CODE}}-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/REASONS_ERROR}}
<textarea class="govuk-textarea{{#REASONS_ERROR}} govuk-textarea--error{{/REASONS_ERROR}}" id="reasons-{{CODE}}" name="reasons-{{CODE}}" rows="3" aria-describedby="reasons-{{CODE}}-hint{{#REASONS_ERROR}} reasons-{{CODE}}-error{{/REASONS_ERROR}}">
{{REASONS}}</textarea>
</div>
</div>
{{/MITEM}}
<button type="submit" class="govuk-button" name="do" value="moderate">Record moderation</button>
</form>
{{/MODERATE_FORM}}

{{#RESPOND_FORM}}
<h2 class="govuk-heading-m">Respond to this audit</h2>
<form method="post" action="{{ACTION}}" novalidate class="chorus-audit-form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-form-group{{#RESPONSE_ERROR}} govuk-form-group--error{{/RESPONSE_ERROR}}">
<label class="govuk-label govuk-label--s" for="response">Your response</label>
<div class="govuk-hint" id="response-hint">Kept in the audit record with your name. A later response is added as a correction: the first stays.</div>
{{#RESPONSE_ERROR}}<p class="govuk-error-message" id="response-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/RESPONSE_ERROR}}
<textarea class="govuk-textarea{{#RESPONSE_ERROR}} govuk-textarea--error{{/RESPONSE_ERROR}}" id="response" name="response" rows="5" aria-describedby="response-hint{{#RESPONSE_ERROR}} response-error{{/RESPONSE_ERROR}}">
{{RESPONSE}}</textarea>
</div>
<button type="submit" class="govuk-button govuk-button--secondary" name="do" value="respond">Add response</button>
</form>
{{/RESPOND_FORM}}

{{#READ_FORM}}
<h2 class="govuk-heading-m">You are the allocated worker</h2>
<form method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<button type="submit" class="govuk-button" name="do" value="read">I have read this audit</button>
</form>
{{/READ_FORM}}

{{#CLOSE_FORM}}
<h2 class="govuk-heading-m">Close this audit</h2>
<form method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<button type="submit" class="govuk-button govuk-button--secondary" name="do" value="close">Close audit</button>
</form>
{{/CLOSE_FORM}}

<h2 class="govuk-heading-m">Audit record</h2>
<p class="govuk-body chorus-secondary-text">Every step is kept with who made it and when, and cannot be changed. Times are local.</p>
<ol class="chorus-timeline">
{{#ENTRY}}
<li class="chorus-timeline__item">
<p class="chorus-timeline__what">{{WHAT}}{{#CORRECTION}} (corrects their earlier response){{/CORRECTION}}{{#SAFETY}} <strong class="govuk-tag govuk-tag--red">Safety concern</strong>{{/SAFETY}}</p>
<p class="chorus-timeline__meta">{{WHO}}, {{AT}}</p>
<p class="chorus-timeline__text chorus-audit-text">{{NOTE}}</p>
</li>
{{/ENTRY}}
</ol>
</div>
</div>
