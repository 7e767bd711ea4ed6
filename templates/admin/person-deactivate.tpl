{{%AUTOESCAPE context="HTML"}}
<a href="/admin/person?id={{ID}}" class="govuk-back-link">Back to {{NAME}}</a>
<h1 class="govuk-heading-l">Deactivate {{NAME}}?</h1>
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<p class="govuk-body">{{NAME}} ({{USERNAME}}) will be signed out and will not be able to sign in. Their sign-offs and audits stay attributable to them. The next roster import that lists them without a leaving date will make them active again.</p>
<form method="post" action="/admin/person/deactivate?id={{ID}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-button-group">
<button type="submit" class="govuk-button govuk-button--warning">Deactivate</button>
<a class="govuk-link" href="/admin/person?id={{ID}}">Cancel</a>
</div>
</form>
</div>
</div>
