{{%AUTOESCAPE context="HTML"}}
<a href="/admin/person?id={{ID}}" class="govuk-back-link">Back to {{NAME}}</a>
<h1 class="govuk-heading-l">Reset the password of {{NAME}}?</h1>
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<p class="govuk-body">A new one-time password is made and shown to you once. Their old password stops working and they are signed out everywhere. Give them the new password in person or by phone, never by e-mail.</p>
<form method="post" action="/admin/person/password?id={{ID}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-button-group">
<button type="submit" class="govuk-button govuk-button--warning">Reset the password</button>
<a class="govuk-link" href="/admin/person?id={{ID}}">Cancel</a>
</div>
</form>
</div>
</div>
