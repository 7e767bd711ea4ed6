{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<h1 class="govuk-heading-l">{{HEADING}}</h1>
<p class="govuk-body">{{MESSAGE}}</p>
{{#SIGNIN_LINK}}
<p class="govuk-body"><a class="govuk-link" href="/signin">Sign in</a></p>
{{/SIGNIN_LINK}}
{{#HOME_LINK}}
<p class="govuk-body"><a class="govuk-link" href="{{HOME_HREF}}">Go to the home page</a></p>
{{/HOME_LINK}}
{{#STAFF_HELP}}
<p class="govuk-body-s chorus-secondary-text">If you need help, contact the IT service desk and tell them the error code: {{STATUS}}.</p>
{{/STAFF_HELP}}
</div>
</div>
