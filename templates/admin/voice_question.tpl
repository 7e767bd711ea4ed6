{{%AUTOESCAPE context="HTML"}}
<a href="/admin/voice/form?form={{FORM}}" class="govuk-back-link">Back to the questions</a>
{{#ERRORS}}
<div class="govuk-error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 class="govuk-error-summary__title" id="error-summary-title">There is a problem</h2>
<div class="govuk-error-summary__body">
<ul class="govuk-error-summary__list">{{#ERROR}}<li><a href="{{HREF}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
</div>
{{/ERRORS}}
<span class="govuk-caption-l">The {{FORM}} form</span>
<h1 class="govuk-heading-l">{{#NEW}}Add a question{{/NEW}}{{#CHANGE}}Change a question{{/CHANGE}}</h1>
<form method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="form" value="{{FORM}}">
{{#CHANGE}}<input type="hidden" name="id" value="{{ID}}">{{/CHANGE}}
{{#NEW}}
<div class="govuk-form-group{{#QKEY_ERROR}} govuk-form-group--error{{/QKEY_ERROR}}">
<label class="govuk-label govuk-label--s" for="qkey">Key</label>
<div class="govuk-hint" id="qkey-hint">Short and fixed once added, for example pets_ok: a to z, 0 to 9 and _, starting with a letter, up to 32 characters.</div>
{{#QKEY_ERROR}}<p class="govuk-error-message" id="qkey-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/QKEY_ERROR}}
<input class="govuk-input govuk-input--width-20{{#QKEY_ERROR}} govuk-input--error{{/QKEY_ERROR}}" id="qkey" name="qkey" type="text" value="{{QKEY}}" spellcheck="false" autocomplete="off" aria-describedby="qkey-hint{{#QKEY_ERROR}} qkey-error{{/QKEY_ERROR}}">
</div>
<div class="govuk-form-group{{#KIND_ERROR}} govuk-form-group--error{{/KIND_ERROR}}">
<fieldset class="govuk-fieldset"{{#KIND_ERROR}} aria-describedby="kind-error"{{/KIND_ERROR}}>
<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Kind of answer</legend>
{{#KIND_ERROR}}<p class="govuk-error-message" id="kind-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/KIND_ERROR}}
<div class="govuk-radios">
{{#KIND}}
<div class="govuk-radios__item">
<input class="govuk-radios__input" id="{{ID}}" name="kind" type="radio" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
<label class="govuk-label govuk-radios__label" for="{{ID}}">{{LABEL}}</label>
</div>
{{/KIND}}
</div>
</fieldset>
</div>
{{/NEW}}
{{#CHANGE}}
<p class="govuk-body">Key <strong>{{KEY}}</strong>, {{KIND_NAME}}: both stay as they are, so answers already given keep their meaning.</p>
{{#ANSWERED}}<div class="govuk-inset-text">This question has {{ANSWERS}} answers. Its choices stay, in their order; you can reword them and add new ones after them.</div>{{/ANSWERED}}
{{/CHANGE}}
<div class="govuk-form-group{{#TEXT_ERROR}} govuk-form-group--error{{/TEXT_ERROR}}">
<label class="govuk-label govuk-label--s" for="text">The question in English</label>
<div class="govuk-hint" id="text-hint">The other languages show as missing in their word pages until they are written.</div>
{{#TEXT_ERROR}}<p class="govuk-error-message" id="text-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/TEXT_ERROR}}
<input class="govuk-input{{#TEXT_ERROR}} govuk-input--error{{/TEXT_ERROR}}" id="text" name="text" type="text" value="{{TEXT}}" lang="en" autocomplete="off" aria-describedby="text-hint{{#TEXT_ERROR}} text-error{{/TEXT_ERROR}}">
</div>
<div class="govuk-form-group{{#HINT_ERROR}} govuk-form-group--error{{/HINT_ERROR}}">
<label class="govuk-label govuk-label--s" for="hint">Hint in English (optional)</label>
{{#HINT_ERROR}}<p class="govuk-error-message" id="hint-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/HINT_ERROR}}
<input class="govuk-input{{#HINT_ERROR}} govuk-input--error{{/HINT_ERROR}}" id="hint" name="hint" type="text" value="{{HINT}}" lang="en" autocomplete="off"{{#HINT_ERROR}} aria-describedby="hint-error"{{/HINT_ERROR}}>
</div>
<div class="govuk-form-group{{#OPTIONS_ERROR}} govuk-form-group--error{{/OPTIONS_ERROR}}">
<label class="govuk-label govuk-label--s" for="options">Choices (one choice from a list only)</label>
<div class="govuk-hint" id="options-hint">One on each line, as value | Words in English, for example: weekly | Every week. Add | concern after a choice that should open an urgent follow-up.</div>
{{#OPTIONS_ERROR}}<p class="govuk-error-message" id="options-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/OPTIONS_ERROR}}
<textarea class="govuk-textarea{{#OPTIONS_ERROR}} govuk-textarea--error{{/OPTIONS_ERROR}}" id="options" name="options" rows="6" spellcheck="false" aria-describedby="options-hint{{#OPTIONS_ERROR}} options-error{{/OPTIONS_ERROR}}">
{{OPTIONS:pre_escape}}</textarea>
</div>
<div class="govuk-form-group{{#TOPIC_ERROR}} govuk-form-group--error{{/TOPIC_ERROR}}">
<label class="govuk-label govuk-label--s" for="topic">Topic</label>
<div class="govuk-hint" id="topic-hint">Where the answers are counted in the voice reports.</div>
{{#TOPIC_ERROR}}<p class="govuk-error-message" id="topic-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/TOPIC_ERROR}}
<select class="govuk-select{{#TOPIC_ERROR}} govuk-select--error{{/TOPIC_ERROR}}" id="topic" name="topic" aria-describedby="topic-hint{{#TOPIC_ERROR}} topic-error{{/TOPIC_ERROR}}">
<option value="">Choose a topic</option>
{{#TOPIC}}<option value="{{VALUE}}"{{#CHECKED}} selected{{/CHECKED}}>{{LABEL}}</option>
{{/TOPIC}}
</select>
</div>
<div class="govuk-form-group{{#CONCERN_ERROR}} govuk-form-group--error{{/CONCERN_ERROR}}">
<fieldset class="govuk-fieldset" aria-describedby="concern-hint{{#CONCERN_ERROR}} concern-error{{/CONCERN_ERROR}}">
<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">When does an answer open an urgent follow-up?</legend>
<div class="govuk-hint" id="concern-hint">The safeguarding screen sends such feedback to the team's managers straight away.</div>
{{#CONCERN_ERROR}}<p class="govuk-error-message" id="concern-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/CONCERN_ERROR}}
<div class="govuk-radios">
{{#CONCERN}}
<div class="govuk-radios__item">
<input class="govuk-radios__input" id="{{ID}}" name="concern" type="radio" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
<label class="govuk-label govuk-radios__label" for="{{ID}}">{{LABEL}}</label>
</div>
{{/CONCERN}}
</div>
</fieldset>
</div>
<div class="govuk-form-group{{#MAXLEN_ERROR}} govuk-form-group--error{{/MAXLEN_ERROR}}">
<label class="govuk-label govuk-label--s" for="maxlen">Longest answer, in characters (free text only)</label>
{{#MAXLEN_ERROR}}<p class="govuk-error-message" id="maxlen-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/MAXLEN_ERROR}}
<input class="govuk-input govuk-input--width-5{{#MAXLEN_ERROR}} govuk-input--error{{/MAXLEN_ERROR}}" id="maxlen" name="maxlen" type="text" inputmode="numeric" value="{{MAXLEN}}"{{#MAXLEN_ERROR}} aria-describedby="maxlen-error"{{/MAXLEN_ERROR}}>
</div>
<div class="govuk-form-group">
<div class="govuk-checkboxes">
<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="required" name="required" type="checkbox" value="1"{{#REQUIRED_CHECKED}} checked{{/REQUIRED_CHECKED}}><label class="govuk-label govuk-checkboxes__label" for="required">Must be answered</label></div>
</div>
</div>
<button type="submit" class="govuk-button">{{#NEW}}Add question{{/NEW}}{{#CHANGE}}Save question{{/CHANGE}}</button>
</form>
