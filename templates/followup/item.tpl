{{%AUTOESCAPE context="HTML"}}
<a href="/followup/" class="govuk-back-link">Back to follow-ups</a>
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
<span class="govuk-caption-l">{{TEAM}}</span>
<h1 class="govuk-heading-l">Follow-up {{ID}}</h1>
<div class="chorus-followup-tags">{{#URGENT}}<strong class="govuk-tag govuk-tag--red">Urgent</strong>{{/URGENT}}{{#OVERDUE}}<strong class="govuk-tag govuk-tag--orange">Overdue</strong>{{/OVERDUE}}</div>
{{#CLOSED}}
<div class="govuk-notification-banner govuk-notification-banner--success" role="region" aria-labelledby="closed-title">
<div class="govuk-notification-banner__header">
<h2 class="govuk-notification-banner__title" id="closed-title">Closed</h2>
</div>
<div class="govuk-notification-banner__content">
<p class="govuk-notification-banner__heading">This follow-up was closed on {{AT}}.</p>
<p class="govuk-body">The record below cannot be changed.</p>
</div>
</div>
{{/CLOSED}}
{{#CONTACT}}
<div class="govuk-warning-text chorus-followup-contact">
<span class="govuk-warning-text__icon" aria-hidden="true">!</span>
<div class="govuk-warning-text__text">
<span class="govuk-visually-hidden">Important: </span>They asked to be contacted.
<dl class="chorus-followup-contact__list">
<dt>Name</dt><dd class="chorus-followup-text">{{NAME}}</dd>
<dt>How to reach them</dt><dd class="chorus-followup-text">{{HOW}}</dd>
</dl>
</div>
</div>
{{/CONTACT}}
{{#COMPLAINT}}
<div class="govuk-warning-text">
<span class="govuk-warning-text__icon" aria-hidden="true">!</span>
<strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Important: </span>A complaint was requested. Start the complaints process and offer an advocate.</strong>
</div>
{{/COMPLAINT}}

<h2 class="govuk-heading-m">Details</h2>
<dl class="govuk-summary-list">
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Why this needs action</dt><dd class="govuk-summary-list__value">{{REASON}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Status</dt><dd class="govuk-summary-list__value">{{STATUS}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Team</dt><dd class="govuk-summary-list__value">{{TEAM}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Opened</dt><dd class="govuk-summary-list__value">{{OPENED}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Due</dt><dd class="govuk-summary-list__value">{{DUE}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Form</dt><dd class="govuk-summary-list__value">{{FORM_TITLE}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Language</dt><dd class="govuk-summary-list__value">{{LANG_NAME}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Received</dt><dd class="govuk-summary-list__value">{{RECEIVED}}</dd></div>
</dl>

<h2 class="govuk-heading-m">What they told us</h2>
<dl class="govuk-summary-list chorus-followup-answers">
{{#ANSWER}}
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">{{QUESTION}}</dt><dd class="govuk-summary-list__value chorus-followup-text">{{VALUE:pre_escape}}</dd></div>
{{/ANSWER}}
</dl>

<h2 class="govuk-heading-m">What has happened</h2>
<p class="govuk-body chorus-secondary-text">Every step is kept, with who did it and when. Nothing here can be changed or removed.</p>
<ol class="chorus-timeline">
{{#EVENT}}
<li class="chorus-timeline__item">
<p class="chorus-timeline__what">{{WHAT}}</p>
<p class="chorus-timeline__meta">{{WHO}}, {{AT}}</p>
<p class="chorus-timeline__text chorus-followup-text">{{TEXT:pre_escape}}</p>
</li>
{{/EVENT}}
</ol>

{{#OPEN_ACTIONS}}
<h2 class="govuk-heading-m" id="assign-heading">Assign</h2>
<form method="post" action="{{ACTION}}" novalidate class="chorus-followup-form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-form-group">
<label class="govuk-label" for="assignee">Who will act on this</label>
<select class="govuk-select" id="assignee" name="assignee">
<option value="">Choose a person</option>
{{#ASSIGNEE}}
<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/ASSIGNEE}}
</select>
</div>
<button type="submit" class="govuk-button govuk-button--secondary" name="do" value="assign">Assign</button>
</form>

<h2 class="govuk-heading-m" id="record-heading">Add a note or record what was done</h2>
<form method="post" action="{{ACTION}}" novalidate class="chorus-followup-form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-form-group{{#TEXT_ERROR}} govuk-form-group--error{{/TEXT_ERROR}}">
<label class="govuk-label govuk-label--s" for="text">What happened or what was done</label>
<div class="govuk-hint" id="text-hint">Add a note to keep the team up to date. Record what was done when you have acted on the feedback: this is the “You said, we did” record, and it is needed before the follow-up can be closed.</div>
{{#TEXT_ERROR}}<p class="govuk-error-message" id="text-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/TEXT_ERROR}}
<textarea class="govuk-textarea{{#TEXT_ERROR}} govuk-textarea--error{{/TEXT_ERROR}}" id="text" name="text" rows="5" aria-describedby="text-hint{{#TEXT_ERROR}} text-error{{/TEXT_ERROR}}">
{{TEXT_VALUE:pre_escape}}</textarea>
</div>
<div class="govuk-button-group">
<button type="submit" class="govuk-button" name="do" value="action">Record what was done</button>
<button type="submit" class="govuk-button govuk-button--secondary" name="do" value="note">Add a note</button>
</div>
</form>

<h2 class="govuk-heading-m" id="close-heading">Close this follow-up</h2>
<form method="post" action="{{ACTION}}" novalidate class="chorus-followup-form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p class="govuk-hint" id="close-hint">You can close this once you have recorded what was done.</p>
<button type="submit" class="govuk-button govuk-button--secondary" id="close" name="do" value="close" aria-describedby="close-hint">Close follow-up</button>
</form>
{{/OPEN_ACTIONS}}
</div>
</div>
