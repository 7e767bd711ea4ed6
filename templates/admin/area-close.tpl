{{%AUTOESCAPE context="HTML"}}
<a href="/admin/area?id={{ID}}" class="govuk-back-link">Back to {{NAME}}</a>
<h1 class="govuk-heading-l">Close {{NAME}}?</h1>
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<p class="govuk-body">A closed service area is no longer offered for new teams or by the roster import. Its history stays in the reports.</p>
<form method="post" action="/admin/area/close?id={{ID}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-button-group">
<button type="submit" class="govuk-button govuk-button--warning">Close the service area</button>
<a class="govuk-link" href="/admin/area?id={{ID}}">Cancel</a>
</div>
</form>
</div>
</div>
