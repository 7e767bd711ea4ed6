{{%AUTOESCAPE context="HTML"}}
<a href="/admin/standards/draft" class="govuk-back-link">Back to the draft</a>
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<h1 class="govuk-heading-l">Remove {{CODE}} from the draft?</h1>
<div class="govuk-inset-text">{{CODE}} {{TITLE}}</div>
<p class="govuk-body">It is removed from draft version {{VERSION}} only. Published versions keep it.</p>
<form method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-button-group">
<button type="submit" class="govuk-button govuk-button--warning">Remove standard</button>
<a class="govuk-link" href="/admin/standards/draft">Cancel</a>
</div>
</form>
</div>
</div>
