{{%AUTOESCAPE context="HTML"}}
<a href="{{BASE}}" class="govuk-back-link">Back to the draft</a>
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
<span class="govuk-caption-l">{{SURVEY}}: {{SECTION_TITLE}}</span>
<h1 class="govuk-heading-l">{{HEADING}}</h1>
<form method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="section" value="{{SECTION_ID}}">
<div class="govuk-form-group{{#TEXT_ERROR}} govuk-form-group--error{{/TEXT_ERROR}}">
<label class="govuk-label govuk-label--s" for="text">Question</label>
<div class="govuk-hint" id="text-hint">As staff will read it, for example: My workload is manageable.</div>
{{#TEXT_ERROR}}<p class="govuk-error-message" id="text-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/TEXT_ERROR}}
<input class="govuk-input{{#TEXT_ERROR}} govuk-input--error{{/TEXT_ERROR}}" id="text" name="text" type="text" value="{{TEXT}}" autocomplete="off" aria-describedby="text-hint{{#TEXT_ERROR}} text-error{{/TEXT_ERROR}}">
</div>
{{#ADDING}}
<div class="govuk-form-group{{#QKEY_ERROR}} govuk-form-group--error{{/QKEY_ERROR}}">
<label class="govuk-label govuk-label--s" for="qkey">Question key (optional)</label>
<div class="govuk-hint" id="qkey-hint">Lower-case letters, digits and underscores. Results are compared across versions by this key, so use the key of an earlier question that asks the same thing. Leave it blank to make one from the question.</div>
{{#QKEY_ERROR}}<p class="govuk-error-message" id="qkey-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/QKEY_ERROR}}
<input class="govuk-input govuk-input--width-20{{#QKEY_ERROR}} govuk-input--error{{/QKEY_ERROR}}" id="qkey" name="qkey" type="text" value="{{QKEY}}" autocomplete="off" spellcheck="false" aria-describedby="qkey-hint{{#QKEY_ERROR}} qkey-error{{/QKEY_ERROR}}">
</div>
{{/ADDING}}
{{#EDITING}}<p class="govuk-body">Question key: <strong>{{QKEY}}</strong> (kept, so results line up with earlier versions)</p>{{/EDITING}}
<div class="govuk-form-group{{#KIND_ERROR}} govuk-form-group--error{{/KIND_ERROR}}">
<fieldset class="govuk-fieldset"{{#KIND_ERROR}} aria-describedby="kind-error"{{/KIND_ERROR}}>
<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Kind of answer</legend>
{{#KIND_ERROR}}<p class="govuk-error-message" id="kind-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/KIND_ERROR}}
<div class="govuk-radios">
{{#KIND_OPTION}}
<div class="govuk-radios__item">
<input class="govuk-radios__input" id="{{ID}}" name="kind" type="radio" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
<label class="govuk-label govuk-radios__label" for="{{ID}}">{{LABEL}}</label>
</div>
{{/KIND_OPTION}}
</div>
</fieldset>
</div>
<div class="govuk-form-group{{#OPTIONS_ERROR}} govuk-form-group--error{{/OPTIONS_ERROR}}">
<label class="govuk-label govuk-label--s" for="options">Choices (for one choice or any number of choices from a list)</label>
<div class="govuk-hint" id="options-hint">One on each line, as value | Label, for example: never | Never. Keep the value of a choice when you reword its label.</div>
{{#OPTIONS_ERROR}}<p class="govuk-error-message" id="options-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/OPTIONS_ERROR}}
<textarea class="govuk-textarea{{#OPTIONS_ERROR}} govuk-textarea--error{{/OPTIONS_ERROR}}" id="options" name="options" rows="6" spellcheck="false" aria-describedby="options-hint{{#OPTIONS_ERROR}} options-error{{/OPTIONS_ERROR}}">
{{OPTIONS:pre_escape}}</textarea>
</div>
<div class="govuk-form-group{{#HINT_ERROR}} govuk-form-group--error{{/HINT_ERROR}}">
<label class="govuk-label govuk-label--s" for="hint">Hint (optional)</label>
<div class="govuk-hint" id="hint-hint">Help text shown under the question.</div>
{{#HINT_ERROR}}<p class="govuk-error-message" id="hint-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/HINT_ERROR}}
<input class="govuk-input{{#HINT_ERROR}} govuk-input--error{{/HINT_ERROR}}" id="hint" name="hint" type="text" value="{{HINT}}" autocomplete="off" aria-describedby="hint-hint{{#HINT_ERROR}} hint-error{{/HINT_ERROR}}">
</div>
<div class="govuk-form-group{{#REQUIRED_ERROR}} govuk-form-group--error{{/REQUIRED_ERROR}}">
<fieldset class="govuk-fieldset"{{#REQUIRED_ERROR}} aria-describedby="required-error"{{/REQUIRED_ERROR}}>
<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Must it be answered?</legend>
{{#REQUIRED_ERROR}}<p class="govuk-error-message" id="required-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/REQUIRED_ERROR}}
<div class="govuk-radios govuk-radios--inline">
<div class="govuk-radios__item"><input class="govuk-radios__input" id="required" name="required" type="radio" value="yes"{{#REQUIRED_YES}} checked{{/REQUIRED_YES}}><label class="govuk-label govuk-radios__label" for="required">Yes</label></div>
<div class="govuk-radios__item"><input class="govuk-radios__input" id="required-no" name="required" type="radio" value="no"{{#REQUIRED_NO}} checked{{/REQUIRED_NO}}><label class="govuk-label govuk-radios__label" for="required-no">No</label></div>
</div>
</fieldset>
</div>
<div class="govuk-form-group{{#MAXLEN_ERROR}} govuk-form-group--error{{/MAXLEN_ERROR}}">
<label class="govuk-label govuk-label--s" for="maxlen">Longest answer in characters (free text only, optional)</label>
<div class="govuk-hint" id="maxlen-hint">From 1 to 5000. Leave blank for 1000.</div>
{{#MAXLEN_ERROR}}<p class="govuk-error-message" id="maxlen-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/MAXLEN_ERROR}}
<input class="govuk-input govuk-input--width-5{{#MAXLEN_ERROR}} govuk-input--error{{/MAXLEN_ERROR}}" id="maxlen" name="maxlen" type="text" inputmode="numeric" value="{{MAXLEN}}" autocomplete="off" aria-describedby="maxlen-hint{{#MAXLEN_ERROR}} maxlen-error{{/MAXLEN_ERROR}}">
</div>
<div class="govuk-form-group{{#SHOW_IF_ERROR}} govuk-form-group--error{{/SHOW_IF_ERROR}}">
<label class="govuk-label govuk-label--s" for="show_if">Ask this question only when (optional)</label>
<div class="govuk-hint" id="show_if-hint">A rule can only look at a question asked before this one.</div>
{{#SHOW_IF_ERROR}}<p class="govuk-error-message" id="show_if-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/SHOW_IF_ERROR}}
<select class="govuk-select{{#SHOW_IF_ERROR}} govuk-select--error{{/SHOW_IF_ERROR}}" id="show_if" name="show_if" aria-describedby="show_if-hint{{#SHOW_IF_ERROR}} show_if-error{{/SHOW_IF_ERROR}}">
<option value="">Always ask it</option>
{{#RULE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/RULE}}
</select>
</div>
<div class="govuk-button-group">
<button type="submit" class="govuk-button">Save question</button>
<a class="govuk-link" href="{{BASE}}">Cancel</a>
</div>
</form>
</div>
</div>
