{{%AUTOESCAPE context="HTML"}}
<form method="post" action="{{ACTION}}" novalidate class="voice-form" id="voice-form"{{#KIOSK_FORM}} autocomplete="off"{{/KIOSK_FORM}}>
<button type="submit" class="voice-default-submit" tabindex="-1" aria-hidden="true">{{SEND}}</button>
<input type="hidden" name="fid" value="{{FID}}">
<input type="hidden" name="lang" value="{{LANG}}">
<input type="hidden" name="t" value="{{T}}">
<input type="hidden" name="k" value="{{K}}">
{{#ERRORS}}
<div class="govuk-error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 class="govuk-error-summary__title" id="error-summary-title">{{ERROR_HEADING}}</h2>
<div class="govuk-error-summary__body">
<ul class="govuk-error-summary__list">{{#ERROR}}<li><a href="{{HREF}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
</div>
{{/ERRORS}}
{{#SWITCH}}
<fieldset class="govuk-fieldset voice-switch">
<legend class="voice-switch__legend">{{LABEL}}</legend>
<div class="voice-switch__list">{{#SWITCH_LANG}}<button type="submit" class="voice-switch__button" name="switch_lang" value="{{CODE}}" lang="{{CODE}}" formnovalidate{{#SWITCH_CURRENT}} aria-current="true"{{/SWITCH_CURRENT}}>{{NAME}}</button>{{/SWITCH_LANG}}</div>
</fieldset>
{{/SWITCH}}
<h1 class="govuk-heading-l">{{H1}}</h1>
<p class="voice-lead">{{INTRO}}</p>
{{#TEAM_PRESET}}
<p class="voice-team"><span class="voice-team__label">{{ABOUT_LABEL}}</span> <strong class="voice-team__name">{{TEAM_NAME}}</strong></p>
{{/TEAM_PRESET}}
{{#TEAM_CHOICE}}
<div class="govuk-form-group voice-question">
<label class="govuk-label govuk-label--m" for="team">{{LABEL}}</label>
<select class="govuk-select voice-select" id="team" name="team">
<option value="">{{UNKNOWN_LABEL}}</option>
{{#TEAM_OPTION}}
<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/TEAM_OPTION}}
</select>
</div>
{{/TEAM_CHOICE}}
{{#QUESTION}}
<div class="govuk-form-group voice-question{{#Q_ERROR}} govuk-form-group--error{{/Q_ERROR}}" id="question-{{QKEY}}">
{{#FACES}}
<fieldset class="govuk-fieldset" aria-describedby="hint-{{QKEY}} err-{{QKEY}}">
<legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{{TEXT}}{{#OPTIONAL}} <span class="voice-optional">{{OPTIONAL_TEXT}}</span>{{/OPTIONAL}}</legend>
<div class="govuk-hint" id="hint-{{QKEY}}">{{#HAS_HINT}}{{HINT}}{{/HAS_HINT}}</div>
<p class="govuk-error-message" id="err-{{QKEY}}">{{#Q_ERROR}}{{MESSAGE}}{{/Q_ERROR}}</p>
<div class="voice-faces">
{{#OPTION}}
<div class="voice-face"><input class="voice-face__input" type="radio" id="{{ID}}" name="{{QKEY}}" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label class="voice-face__label" for="{{ID}}"><img src="{{IMG}}" alt="" width="80" height="80"><span>{{LABEL}}</span></label></div>
{{/OPTION}}
</div>
</fieldset>
{{/FACES}}
{{#RADIOS}}
<fieldset class="govuk-fieldset" aria-describedby="hint-{{QKEY}} err-{{QKEY}}">
<legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{{TEXT}}{{#OPTIONAL}} <span class="voice-optional">{{OPTIONAL_TEXT}}</span>{{/OPTIONAL}}</legend>
<div class="govuk-hint" id="hint-{{QKEY}}">{{#HAS_HINT}}{{HINT}}{{/HAS_HINT}}</div>
<p class="govuk-error-message" id="err-{{QKEY}}">{{#Q_ERROR}}{{MESSAGE}}{{/Q_ERROR}}</p>
<div class="govuk-radios voice-radios">
{{#OPTION}}
<div class="govuk-radios__item"><input class="govuk-radios__input" type="radio" id="{{ID}}" name="{{QKEY}}" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label class="govuk-label govuk-radios__label" for="{{ID}}">{{LABEL}}</label></div>
{{/OPTION}}
</div>
</fieldset>
{{/RADIOS}}
{{#TEXTAREA}}
<label class="govuk-label govuk-label--m" for="{{ID}}">{{TEXT}}{{#OPTIONAL}} <span class="voice-optional">{{OPTIONAL_TEXT}}</span>{{/OPTIONAL}}</label>
<div class="govuk-hint" id="hint-{{QKEY}}">{{#HAS_HINT}}{{HINT}}{{/HAS_HINT}}</div>
<p class="govuk-error-message" id="err-{{QKEY}}">{{#Q_ERROR}}{{MESSAGE}}{{/Q_ERROR}}</p>
<textarea class="govuk-textarea{{#Q_ERROR}} govuk-textarea--error{{/Q_ERROR}}" id="{{ID}}" name="{{QKEY}}" rows="5" dir="auto" data-maxlength="{{MAXLEN}}"{{#KIOSK_FORM}} autocomplete="off"{{/KIOSK_FORM}} aria-describedby="hint-{{QKEY}} err-{{QKEY}}">
{{VALUE:pre_escape}}</textarea>
{{/TEXTAREA}}
</div>
{{/QUESTION}}
{{#CONTACT}}
<div class="govuk-form-group voice-question voice-contact{{#CONTACT_ERROR}} govuk-form-group--error{{/CONTACT_ERROR}}">
<fieldset class="govuk-fieldset">
<legend class="govuk-fieldset__legend govuk-fieldset__legend--m"><h2 class="govuk-fieldset__heading">{{HEADING}}</h2></legend>
<div class="govuk-checkboxes">
<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" type="checkbox" id="contact" name="contact" value="1"{{#CONTACT_CHECKED}} checked{{/CONTACT_CHECKED}}><label class="govuk-label govuk-checkboxes__label" for="contact">{{YES_LABEL}}</label></div>
</div>
<div class="voice-contact__details">
<div class="govuk-form-group">
<label class="govuk-label" for="contact_name">{{NAME_LABEL}}</label>
<input class="govuk-input voice-input" type="text" id="contact_name" name="contact_name" dir="auto" value="{{NAME_VALUE}}" spellcheck="false"{{#KIOSK_FORM}} autocomplete="off"{{/KIOSK_FORM}}>
</div>
<div class="govuk-form-group">
<label class="govuk-label" for="contact_how">{{HOW_LABEL}}</label>
{{#CONTACT_ERROR}}<p class="govuk-error-message" id="contact-error">{{MESSAGE}}</p>{{/CONTACT_ERROR}}
<input class="govuk-input voice-input{{#CONTACT_ERROR}} govuk-input--error{{/CONTACT_ERROR}}" type="text" id="contact_how" name="contact_how" dir="auto" value="{{HOW_VALUE}}" spellcheck="false"{{#KIOSK_FORM}} autocomplete="off"{{/KIOSK_FORM}}{{#CONTACT_ERROR}} aria-describedby="contact-error"{{/CONTACT_ERROR}}>
</div>
</div>
</fieldset>
</div>
{{/CONTACT}}
{{#COMPLAINT}}
<div class="govuk-form-group voice-question voice-complaint">
<fieldset class="govuk-fieldset">
<legend class="govuk-fieldset__legend govuk-fieldset__legend--m"><h2 class="govuk-fieldset__heading">{{HEADING}}</h2></legend>
<div class="govuk-checkboxes">
<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" type="checkbox" id="complaint" name="complaint" value="1" aria-describedby="complaint-explain"{{#COMPLAINT_CHECKED}} checked{{/COMPLAINT_CHECKED}}><label class="govuk-label govuk-checkboxes__label" for="complaint">{{YES_LABEL}}</label></div>
</div>
<div class="govuk-inset-text voice-explain" id="complaint-explain">{{EXPLAIN:pre_escape}}</div>
</fieldset>
</div>
{{/COMPLAINT}}
<div class="voice-hp" aria-hidden="true">
<label for="website">Leave this empty</label>
<input type="text" id="website" name="website" value="" tabindex="-1" autocomplete="off">
</div>
<button type="submit" class="govuk-button voice-button voice-send">{{SEND}}</button>
</form>
