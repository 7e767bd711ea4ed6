{{%AUTOESCAPE context="HTML"}}
<div class="voice-narrow">
<div class="govuk-panel govuk-panel--confirmation voice-panel">
<h1 class="govuk-panel__title">{{HEADING}}</h1>
<div class="govuk-panel__body">{{TEXT}}</div>
</div>
{{#CONTACT_NOTE}}
<p class="govuk-body voice-text">{{TEXT}}</p>
{{/CONTACT_NOTE}}
{{#COMPLAINT_NOTE}}
<p class="govuk-body voice-text">{{TEXT}}</p>
<div class="govuk-inset-text voice-explain">{{EXPLAIN:pre_escape}}</div>
{{/COMPLAINT_NOTE}}
{{#KIOSK_NOTE}}
<p class="govuk-body voice-kiosk-note">{{TEXT}}</p>
{{/KIOSK_NOTE}}
<p class="govuk-body"><a class="govuk-button voice-button" href="{{AGAIN_HREF}}">{{AGAIN_LABEL}}</a></p>
</div>
