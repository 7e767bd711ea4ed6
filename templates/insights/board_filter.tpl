{{%AUTOESCAPE context="HTML"}}
<form method="get" action="{{ACTION}}" class="chorus-insights-filter" novalidate aria-labelledby="filter-heading">
<h2 class="govuk-heading-m" id="filter-heading">Filter</h2>
{{#AREA_CHOICE}}
<div class="govuk-form-group">
<label class="govuk-label govuk-label--s" for="area">Service area</label>
<select class="govuk-select" id="area" name="area">
<option value="">All service areas</option>
{{#AREA_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/AREA_OPTION}}</select>
</div>
{{/AREA_CHOICE}}
{{#TEAM_CHOICE}}
<div class="govuk-form-group">
<label class="govuk-label govuk-label--s" for="team">Team</label>
<div id="team-hint" class="govuk-hint">A team chosen here narrows the service area to that team.</div>
<select class="govuk-select" id="team" name="team" aria-describedby="team-hint">
<option value="">All teams</option>
{{#TEAM_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/TEAM_OPTION}}</select>
</div>
{{/TEAM_CHOICE}}
{{#MONTH_RANGE}}
<fieldset class="govuk-fieldset" aria-describedby="months-hint{{#MONTH_ERROR}} months-error{{/MONTH_ERROR}}">
<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Months</legend>
<div id="months-hint" class="govuk-hint">As a year and month, for example 2026-01. Up to 36 months.</div>
<div class="govuk-form-group{{#MONTH_ERROR}} govuk-form-group--error{{/MONTH_ERROR}}">
{{#MONTH_ERROR}}
<p class="govuk-error-message" id="months-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/MONTH_ERROR}}
<div class="chorus-insights-months">
<div class="govuk-form-group">
<label class="govuk-label" for="from">First month</label>
<input class="govuk-input govuk-input--width-5{{#MONTH_ERROR}} govuk-input--error{{/MONTH_ERROR}}" id="from" name="from" type="text" inputmode="numeric" autocomplete="off" spellcheck="false" value="{{FROM}}">
</div>
<div class="govuk-form-group">
<label class="govuk-label" for="to">Last month</label>
<input class="govuk-input govuk-input--width-5{{#MONTH_ERROR}} govuk-input--error{{/MONTH_ERROR}}" id="to" name="to" type="text" inputmode="numeric" autocomplete="off" spellcheck="false" value="{{TO}}">
</div>
</div>
</div>
</fieldset>
{{/MONTH_RANGE}}
{{#ONE_MONTH}}
<div class="govuk-form-group{{#MONTH_ERROR}} govuk-form-group--error{{/MONTH_ERROR}}">
<label class="govuk-label govuk-label--s" for="month">Month</label>
<div id="month-hint" class="govuk-hint">As a year and month, for example 2026-03. The pack compares it with the month before and shows the twelve months to it.</div>
{{#MONTH_ERROR}}
<p class="govuk-error-message" id="month-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>
{{/MONTH_ERROR}}
<input class="govuk-input govuk-input--width-5{{#MONTH_ERROR}} govuk-input--error{{/MONTH_ERROR}}" id="month" name="month" type="text" inputmode="numeric" autocomplete="off" spellcheck="false" value="{{MONTH}}" aria-describedby="month-hint{{#MONTH_ERROR}} month-error{{/MONTH_ERROR}}">
</div>
{{/ONE_MONTH}}
<button type="submit" class="govuk-button govuk-button--secondary">Show</button>
</form>
