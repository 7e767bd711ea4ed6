{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
{{#SENT}}
<div class="govuk-panel govuk-panel--confirmation">
<h1 class="govuk-panel__title">Your answers have been sent</h1>
<div class="govuk-panel__body">Thank you for taking part</div>
</div>
{{/SENT}}
{{#ALREADY}}
<span class="govuk-caption-l">{{SURVEY_TITLE}}</span>
<h1 class="govuk-heading-l">You have already sent your answers to this survey</h1>
<div class="govuk-inset-text">
<p class="govuk-body">Your answers were stored once, when you first sent them. Nothing has been stored twice, and the answers you sent first have not been changed.</p>
</div>
{{/ALREADY}}

<h2 class="govuk-heading-m">What happens next</h2>
<p class="govuk-body">Your answers to the {{SURVEY_TITLE}} are stored separately from your name. Nothing links them back to you, so they cannot be changed now.</p>
<p class="govuk-body">HR and managers see the results only for groups of {{THRESHOLD}} or more people. Results for smaller groups are never shown, so no one can work out how a small team answered.</p>
<p class="govuk-body">The results are reported to the Improvement Board, which uses them to check whether things are getting better for staff.</p>
<p class="govuk-body"><a class="govuk-link" href="{{HOME_HREF}}">Go back to your home page</a></p>
</div>
</div>
