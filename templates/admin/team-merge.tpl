{{%AUTOESCAPE context="HTML"}}
<a href="/admin/team?id={{ID}}" class="govuk-back-link">Back to {{NAME}}</a>
<h1 class="govuk-heading-l">Merge {{NAME}} into {{INTO_NAME}}?</h1>
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<p class="govuk-body">{{NAME}} will be closed from today. Its past survey, feedback and audit results will roll up into the trends of {{INTO_NAME}}, with today shown as the merge date. Teams already merged into {{NAME}} will point at {{INTO_NAME}} too.</p>
<div class="govuk-warning-text">
<span class="govuk-warning-text__icon" aria-hidden="true">!</span>
<strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> A merge cannot be undone.</strong>
</div>
<form method="post" action="/admin/team/merge" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="id" value="{{ID}}">
<input type="hidden" name="into" value="{{INTO}}">
<div class="govuk-form-group">
<fieldset class="govuk-fieldset">
<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Move its {{STAFF}} active staff to {{INTO_NAME}}?</legend>
<div class="govuk-radios">
<div class="govuk-radios__item">
<input class="govuk-radios__input" id="move-yes" name="move_staff" type="radio" value="yes" checked>
<label class="govuk-label govuk-radios__label" for="move-yes">Yes, move them</label>
</div>
<div class="govuk-radios__item">
<input class="govuk-radios__input" id="move-no" name="move_staff" type="radio" value="no">
<label class="govuk-label govuk-radios__label" for="move-no">No, the roster import will place them</label>
</div>
</div>
</fieldset>
</div>
<div class="govuk-button-group">
<button type="submit" class="govuk-button govuk-button--warning">Merge the teams</button>
<a class="govuk-link" href="/admin/team?id={{ID}}">Cancel</a>
</div>
</form>
</div>
</div>
