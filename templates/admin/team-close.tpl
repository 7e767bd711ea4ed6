{{%AUTOESCAPE context="HTML"}}
<a href="/admin/team?id={{ID}}" class="govuk-back-link">Back to {{NAME}}</a>
<h1 class="govuk-heading-l">Close {{NAME}}?</h1>
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
{{#HAS_STAFF}}
<p class="govuk-body">{{NAME}} still has {{STAFF}} active staff. Move them to another team with the roster import, or merge the team instead, before closing it.</p>
<p class="govuk-body"><a class="govuk-link" href="/admin/team?id={{ID}}">Back to the team</a></p>
{{/HAS_STAFF}}
{{#CAN_CLOSE}}
<p class="govuk-body">A closed team is no longer offered for new staff, surveys or feedback. Its history stays in the reports.</p>
<div class="govuk-warning-text">
<span class="govuk-warning-text__icon" aria-hidden="true">!</span>
<strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> Closing a team cannot be undone here.</strong>
</div>
<form method="post" action="/admin/team/close" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="id" value="{{ID}}">
<div class="govuk-button-group">
<button type="submit" class="govuk-button govuk-button--warning">Close the team</button>
<a class="govuk-link" href="/admin/team?id={{ID}}">Cancel</a>
</div>
</form>
{{/CAN_CLOSE}}
</div>
</div>
