{{%AUTOESCAPE context="HTML"}}
<h1 class="govuk-heading-l">{{H1}}</h1>
<p class="voice-lead">{{LEAD}}</p>
<p class="govuk-body">{{NONAME}}</p>
{{#TEAM_PRESET}}
<p class="voice-team"><span class="voice-team__label">{{ABOUT_LABEL}}</span> <strong class="voice-team__name">{{TEAM_NAME}}</strong></p>
{{/TEAM_PRESET}}
<h2 class="govuk-heading-m voice-who" id="who-heading">{{WHO}}</h2>
<ul class="voice-choices" aria-labelledby="who-heading">
{{#FORM_CHOICE}}
<li><a class="voice-choice" href="{{HREF}}"><span class="voice-choice__text">{{LABEL}}</span></a></li>
{{/FORM_CHOICE}}
</ul>
