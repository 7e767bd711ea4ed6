{{%AUTOESCAPE context="HTML"}}
<a href="/admin/voice/terms?lang={{LANG}}" class="govuk-back-link">Back to the terms</a>
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<h1 class="govuk-heading-l">Remove this safeguarding term?</h1>
<div class="govuk-inset-text" lang="{{LANG}}">{{TERM}}</div>
<p class="govuk-body">Feedback with it will no longer open an urgent follow-up by itself.</p>
<form method="post" action="/admin/voice/terms/remove" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="lang" value="{{LANG}}">
<input type="hidden" name="term" value="{{TERM}}">
<div class="govuk-button-group">
<button type="submit" class="govuk-button govuk-button--warning">Remove term</button>
<a class="govuk-link" href="/admin/voice/terms?lang={{LANG}}">Cancel</a>
</div>
</form>
</div>
</div>
