{{%AUTOESCAPE context="HTML"}}
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
{{#SIGNED_OUT}}
<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="signed-out-title">
<div class="govuk-notification-banner__header">
<h2 class="govuk-notification-banner__title" id="signed-out-title">Success</h2>
</div>
<div class="govuk-notification-banner__content">
<p class="govuk-notification-banner__heading">You have signed out</p>
</div>
</div>
{{/SIGNED_OUT}}
<h1 class="govuk-heading-l">Sign in to Chorus</h1>
{{#LOCAL_AUTH}}
<form method="post" action="/signin" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="next" value="{{NEXT}}">
<div class="govuk-form-group{{#USERNAME_ERROR}} govuk-form-group--error{{/USERNAME_ERROR}}">
<label class="govuk-label govuk-label--s" for="username">Username</label>
{{#USERNAME_ERROR}}
<p class="govuk-error-message" id="username-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/USERNAME_ERROR}}
<input class="govuk-input govuk-!-width-two-thirds{{#USERNAME_ERROR}} govuk-input--error{{/USERNAME_ERROR}}" id="username" name="username" type="text" value="{{USERNAME}}" autocomplete="username" spellcheck="false" autocapitalize="none"{{#USERNAME_ERROR}} aria-describedby="username-error"{{/USERNAME_ERROR}}>
</div>
<div class="govuk-form-group{{#PASSWORD_ERROR}} govuk-form-group--error{{/PASSWORD_ERROR}}">
<label class="govuk-label govuk-label--s" for="password">Password</label>
{{#PASSWORD_ERROR}}
<p class="govuk-error-message" id="password-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/PASSWORD_ERROR}}
<input class="govuk-input govuk-!-width-two-thirds{{#PASSWORD_ERROR}} govuk-input--error{{/PASSWORD_ERROR}}" id="password" name="password" type="password" autocomplete="current-password" spellcheck="false" autocapitalize="none"{{#PASSWORD_ERROR}} aria-describedby="password-error"{{/PASSWORD_ERROR}}>
</div>
<button type="submit" class="govuk-button">Sign in</button>
</form>
{{/LOCAL_AUTH}}
{{#REMOTE_USER_MODE}}
<p class="govuk-body">This service uses your council sign-in. If you see this page, your council sign-in did not reach Chorus – contact the IT service desk.</p>
{{/REMOTE_USER_MODE}}
{{#DEMO}}
<div class="govuk-inset-text">
<h2 class="govuk-heading-s">Demo sign-ins</h2>
<p class="govuk-body">This is a demo with made-up data. Every demo sign-in uses the password <strong>{{DEMO_PASSWORD}}</strong>.</p>
<table class="govuk-table">
<caption class="govuk-table__caption govuk-visually-hidden">Demo usernames and what each one can do</caption>
<thead>
<tr><th scope="col" class="govuk-table__header">Username</th><th scope="col" class="govuk-table__header">Role</th></tr>
</thead>
<tbody>
{{#DEMO_USER}}
<tr><td class="govuk-table__cell"><code>{{USERNAME}}</code></td><td class="govuk-table__cell">{{ROLE_LABEL}}</td></tr>
{{/DEMO_USER}}
</tbody>
</table>
</div>
{{/DEMO}}
</div>
</div>
