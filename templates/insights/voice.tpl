{{%AUTOESCAPE context="HTML"}}
{{#ERRORS}}
<div class="govuk-error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 class="govuk-error-summary__title" id="error-summary-title">There is a problem</h2>
<div class="govuk-error-summary__body">
<ul class="govuk-error-summary__list">{{#ERROR}}<li><a href="{{HREF}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
</div>
{{/ERRORS}}
<span class="govuk-caption-l">{{SCOPE}}</span>
<h1 class="govuk-heading-l">Child and family voice</h1>
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
{{#PERIOD_LINE}}<p class="govuk-body-l">{{PERIOD}}.</p>{{/PERIOD_LINE}}
<p class="govuk-body">Satisfaction is the share of picture-face answers that were happy or very happy. The Care Promise figures are the share of children who answered yes to each promise. Time to first action runs from a follow-up opening to the first time someone was assigned, acted or closed it.</p>
<div class="govuk-inset-text">No figure from fewer than {{THRESHOLD}} responses is shown, and where one is hidden another is too, so it cannot be worked out from the others.</div>
{{>FILTER}}
</div>
</div>
{{#TABLE}}{{>TABLE_HTML}}{{/TABLE}}
