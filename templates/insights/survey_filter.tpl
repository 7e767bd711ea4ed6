{{%AUTOESCAPE context="HTML"}}
<form method="get" action="{{ACTION}}" class="chorus-insights-filter" novalidate aria-labelledby="filter-heading">
<h2 class="govuk-heading-m" id="filter-heading">Filter</h2>
<div class="govuk-form-group{{#SURVEY_ERROR}} govuk-form-group--error{{/SURVEY_ERROR}}">
<label class="govuk-label govuk-label--s" for="survey">Survey</label>
{{#SURVEY_ERROR}}<p class="govuk-error-message" id="survey-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/SURVEY_ERROR}}
<select class="govuk-select{{#SURVEY_ERROR}} govuk-select--error{{/SURVEY_ERROR}}" id="survey" name="survey">
{{#SURVEY_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/SURVEY_OPTION}}</select>
</div>
{{#WAVE_CHOICE}}
<div class="govuk-form-group{{#WAVE_ERROR}} govuk-form-group--error{{/WAVE_ERROR}}">
<label class="govuk-label govuk-label--s" for="wave">Wave</label>
{{#WAVE_ERROR}}<p class="govuk-error-message" id="wave-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/WAVE_ERROR}}
<select class="govuk-select" id="wave" name="wave">
{{#WAVE_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/WAVE_OPTION}}</select>
</div>
{{/WAVE_CHOICE}}
{{#RANGE_CHOICE}}
<fieldset class="govuk-fieldset" aria-describedby="waves-hint">
<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Waves</legend>
<div id="waves-hint" class="govuk-hint">The first and last wave to compare. With a new survey choose the waves again.</div>
<div class="govuk-form-group{{#RANGE_ERROR_CLASS}} govuk-form-group--error{{/RANGE_ERROR_CLASS}}">
{{#FROM_ERROR}}<p class="govuk-error-message" id="from-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/FROM_ERROR}}
{{#TO_ERROR}}<p class="govuk-error-message" id="to-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/TO_ERROR}}
<div class="chorus-insights-months">
<div class="govuk-form-group">
<label class="govuk-label" for="from">First wave</label>
<select class="govuk-select" id="from" name="from">
{{#FROM_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/FROM_OPTION}}</select>
</div>
<div class="govuk-form-group">
<label class="govuk-label" for="to">Last wave</label>
<select class="govuk-select" id="to" name="to">
{{#TO_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/TO_OPTION}}</select>
</div>
</div>
</div>
</fieldset>
{{/RANGE_CHOICE}}
{{#AREA_CHOICE}}
<div class="govuk-form-group{{#AREA_ERROR}} govuk-form-group--error{{/AREA_ERROR}}">
<label class="govuk-label govuk-label--s" for="area">Service area</label>
{{#AREA_ERROR}}<p class="govuk-error-message" id="area-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/AREA_ERROR}}
<select class="govuk-select" id="area" name="area">
<option value="">Whole service</option>
{{#AREA_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/AREA_OPTION}}</select>
</div>
{{/AREA_CHOICE}}
{{#TEAM_CHOICE}}
<div class="govuk-form-group{{#TEAM_ERROR}} govuk-form-group--error{{/TEAM_ERROR}}">
<label class="govuk-label govuk-label--s" for="team">Team</label>
<div id="team-hint" class="govuk-hint">A team is shown beside its service area.</div>
{{#TEAM_ERROR}}<p class="govuk-error-message" id="team-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/TEAM_ERROR}}
<select class="govuk-select" id="team" name="team" aria-describedby="team-hint">
<option value="">All teams</option>
{{#TEAM_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}} ({{AREA}})</option>
{{/TEAM_OPTION}}</select>
</div>
{{/TEAM_CHOICE}}
<button type="submit" class="govuk-button govuk-button--secondary">Show</button>
</form>
