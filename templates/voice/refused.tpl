{{%AUTOESCAPE context="HTML"}}
<div class="voice-narrow">
<h1 class="govuk-heading-l">{{HEADING}}</h1>
<p class="govuk-body voice-text">{{TEXT}}</p>
{{#BACK}}
<p class="govuk-body"><a class="govuk-button voice-button" href="{{HREF}}">{{LABEL}}</a></p>
{{/BACK}}
</div>
