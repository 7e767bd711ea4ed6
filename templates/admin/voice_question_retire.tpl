{{%AUTOESCAPE context="HTML"}}
<a href="/admin/voice/form?form={{FORM}}" class="govuk-back-link">Back to the questions</a>
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<h1 class="govuk-heading-l">Retire this question?</h1>
<div class="govuk-inset-text">{{TEXT}} ({{KEY}})</div>
<p class="govuk-body">It leaves the {{FORM}} form today, in every language. The {{ANSWERS}} answers already given stay readable in the reports. A retired question cannot be put back: add a new question instead.</p>
<form method="post" action="/admin/voice/question/retire" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="id" value="{{ID}}">
<div class="govuk-button-group">
<button type="submit" class="govuk-button govuk-button--warning">Retire question</button>
<a class="govuk-link" href="/admin/voice/form?form={{FORM}}">Cancel</a>
</div>
</form>
</div>
</div>
