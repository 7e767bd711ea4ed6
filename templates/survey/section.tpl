{{%AUTOESCAPE context="HTML"}}
<a href="{{BACK_HREF}}" class="govuk-back-link">Back</a>
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
{{#RESTORED}}
<div class="govuk-notification-banner" role="region" aria-labelledby="restored-title">
<div class="govuk-notification-banner__header">
<h2 class="govuk-notification-banner__title" id="restored-title">Important</h2>
</div>
<div class="govuk-notification-banner__content">
<p class="govuk-notification-banner__heading">We kept the answers you typed before you were signed out. Check them and continue.</p>
</div>
</div>
{{/RESTORED}}
<span class="govuk-caption-l">{{SURVEY_TITLE}}<span class="chorus-survey-progress"><span class="govuk-visually-hidden">, </span>{{PROGRESS}}</span></span>
<h1 class="govuk-heading-l">{{SECTION_TITLE}}</h1>
{{#HAS_SECTION_INTRO}}
<p class="govuk-body chorus-survey-text">{{SECTION_INTRO:pre_escape}}</p>
{{/HAS_SECTION_INTRO}}

<form method="post" action="{{ACTION}}" novalidate class="chorus-survey-form">
<input type="hidden" name="csrf" value="{{CSRF}}">
{{#QUESTION}}
<div class="govuk-form-group chorus-question{{#Q_ERROR}} govuk-form-group--error{{/Q_ERROR}}"{{#SHOW_IF}} data-show-if-qkey="{{SHOW_IF_QKEY}}" data-show-if-value="{{SHOW_IF_VALUE}}"{{/SHOW_IF}}>
{{#RADIOS}}
<fieldset class="govuk-fieldset" aria-describedby="{{#SHOW_IF}}showif-{{QKEY}} {{/SHOW_IF}}{{#HAS_HINT}}hint-{{QKEY}} {{/HAS_HINT}}{{#Q_ERROR}}err-{{QKEY}}{{/Q_ERROR}}">
<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{{TEXT}}{{#OPTIONAL}} (optional){{/OPTIONAL}}</legend>
{{#SHOW_IF}}<div class="govuk-hint" id="showif-{{QKEY}}">Answer this if you answered ‘{{TRIGGER_LABEL}}’ to ‘{{TRIGGER_TEXT}}’.</div>{{/SHOW_IF}}
{{#HAS_HINT}}<div class="govuk-hint" id="hint-{{QKEY}}">{{HINT}}</div>{{/HAS_HINT}}
{{#Q_ERROR}}<p class="govuk-error-message" id="err-{{QKEY}}"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/Q_ERROR}}
<div class="govuk-radios{{#INLINE}} govuk-radios--inline{{/INLINE}}">
{{#OPTION}}
{{#DIVIDER_BEFORE}}<div class="govuk-radios__divider">or</div>{{/DIVIDER_BEFORE}}
<div class="govuk-radios__item">
<input class="govuk-radios__input" id="{{ID}}" name="{{QKEY}}" type="radio" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
<label class="govuk-label govuk-radios__label" for="{{ID}}">{{LABEL}}</label>
</div>
{{/OPTION}}
</div>
</fieldset>
{{/RADIOS}}
{{#SCALE}}
<fieldset class="govuk-fieldset" aria-describedby="{{#SHOW_IF}}showif-{{QKEY}} {{/SHOW_IF}}{{#HAS_HINT}}hint-{{QKEY}} {{/HAS_HINT}}scale-{{QKEY}}{{#Q_ERROR}} err-{{QKEY}}{{/Q_ERROR}}">
<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{{TEXT}}{{#OPTIONAL}} (optional){{/OPTIONAL}}</legend>
{{#SHOW_IF}}<div class="govuk-hint" id="showif-{{QKEY}}">Answer this if you answered ‘{{TRIGGER_LABEL}}’ to ‘{{TRIGGER_TEXT}}’.</div>{{/SHOW_IF}}
{{#HAS_HINT}}<div class="govuk-hint" id="hint-{{QKEY}}">{{HINT}}</div>{{/HAS_HINT}}
<div class="govuk-hint" id="scale-{{QKEY}}">0 = {{LOW_LABEL}}, 10 = {{HIGH_LABEL}}</div>
{{#Q_ERROR}}<p class="govuk-error-message" id="err-{{QKEY}}"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/Q_ERROR}}
<div class="chorus-scale">
{{#OPTION}}
<div class="chorus-scale__item">
<input class="chorus-scale__input" id="{{ID}}" name="{{QKEY}}" type="radio" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
<label class="chorus-scale__label" for="{{ID}}">{{LABEL}}</label>
</div>
{{/OPTION}}
</div>
</fieldset>
{{/SCALE}}
{{#CHECKBOXES}}
<fieldset class="govuk-fieldset" aria-describedby="{{#SHOW_IF}}showif-{{QKEY}} {{/SHOW_IF}}{{#HAS_HINT}}hint-{{QKEY}} {{/HAS_HINT}}all-{{QKEY}}{{#Q_ERROR}} err-{{QKEY}}{{/Q_ERROR}}">
<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{{TEXT}}{{#OPTIONAL}} (optional){{/OPTIONAL}}</legend>
{{#SHOW_IF}}<div class="govuk-hint" id="showif-{{QKEY}}">Answer this if you answered ‘{{TRIGGER_LABEL}}’ to ‘{{TRIGGER_TEXT}}’.</div>{{/SHOW_IF}}
{{#HAS_HINT}}<div class="govuk-hint" id="hint-{{QKEY}}">{{HINT}}</div>{{/HAS_HINT}}
<div class="govuk-hint" id="all-{{QKEY}}">Select all that apply.</div>
{{#Q_ERROR}}<p class="govuk-error-message" id="err-{{QKEY}}"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/Q_ERROR}}
<div class="govuk-checkboxes">
{{#OPTION}}
<div class="govuk-checkboxes__item">
<input class="govuk-checkboxes__input" id="{{ID}}" name="{{QKEY}}" type="checkbox" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
<label class="govuk-label govuk-checkboxes__label" for="{{ID}}">{{LABEL}}</label>
</div>
{{/OPTION}}
</div>
</fieldset>
{{/CHECKBOXES}}
{{#TEXTAREA}}
<div class="govuk-character-count" data-maxlength="{{MAXLEN}}">
<label class="govuk-label govuk-label--s" for="{{ID}}">{{TEXT}}{{#OPTIONAL}} (optional){{/OPTIONAL}}</label>
{{#SHOW_IF}}<div class="govuk-hint" id="showif-{{QKEY}}">Answer this if you answered ‘{{TRIGGER_LABEL}}’ to ‘{{TRIGGER_TEXT}}’.</div>{{/SHOW_IF}}
{{#HAS_HINT}}<div class="govuk-hint" id="hint-{{QKEY}}">{{HINT}}</div>{{/HAS_HINT}}
{{#Q_ERROR}}<p class="govuk-error-message" id="err-{{QKEY}}"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/Q_ERROR}}
<textarea class="govuk-textarea{{#Q_ERROR}} govuk-textarea--error{{/Q_ERROR}}" id="{{ID}}" name="{{QKEY}}" rows="5" spellcheck="true" aria-describedby="{{#SHOW_IF}}showif-{{QKEY}} {{/SHOW_IF}}{{#HAS_HINT}}hint-{{QKEY}} {{/HAS_HINT}}count-{{QKEY}}{{#Q_ERROR}} err-{{QKEY}}{{/Q_ERROR}}">
{{VALUE:pre_escape}}</textarea>
<div class="govuk-hint govuk-character-count__message" id="count-{{QKEY}}">You can enter up to {{MAXLEN}} characters</div>
</div>
{{/TEXTAREA}}
</div>
{{/QUESTION}}
<div class="govuk-button-group">
<button type="submit" class="govuk-button" name="action" value="next">Save and continue</button>
<button type="submit" class="govuk-button govuk-button--secondary" name="action" value="save">Save and come back later</button>
</div>
</form>
</div>
</div>
<script src="/assets/survey.js" defer></script>
