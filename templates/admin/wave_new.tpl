{{%AUTOESCAPE context="HTML"}}
<a href="/admin/waves" class="govuk-back-link">Back to waves</a>
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
{{#ERRORS}}
<div class="govuk-error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 class="govuk-error-summary__title" id="error-summary-title">There is a problem</h2>
<div class="govuk-error-summary__body">
<ul class="govuk-error-summary__list">{{#ERROR}}<li><a href="{{HREF}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
</div>
{{/ERRORS}}
<h1 class="govuk-heading-l">Create a wave</h1>
<form method="post" action="/admin/waves/new" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="govuk-form-group{{#VERSION_ERROR}} govuk-form-group--error{{/VERSION_ERROR}}">
<label class="govuk-label govuk-label--s" for="version">Survey</label>
<div class="govuk-hint" id="version-hint">Only published versions can be given to staff.</div>
{{#VERSION_ERROR}}<p class="govuk-error-message" id="version-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/VERSION_ERROR}}
<select class="govuk-select{{#VERSION_ERROR}} govuk-select--error{{/VERSION_ERROR}}" id="version" name="version" aria-describedby="version-hint{{#VERSION_ERROR}} version-error{{/VERSION_ERROR}}">
<option value="">Choose a survey version</option>
{{#VERSION_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{SURVEY}}, version {{VERSION}}</option>
{{/VERSION_OPTION}}
</select>
</div>
<div class="govuk-form-group{{#TITLE_ERROR}} govuk-form-group--error{{/TITLE_ERROR}}">
<label class="govuk-label govuk-label--s" for="title">Name of the wave</label>
<div class="govuk-hint" id="title-hint">Staff see it on their home page, for example: Health check, spring 2027</div>
{{#TITLE_ERROR}}<p class="govuk-error-message" id="title-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/TITLE_ERROR}}
<input class="govuk-input{{#TITLE_ERROR}} govuk-input--error{{/TITLE_ERROR}}" id="title" name="title" type="text" value="{{TITLE}}" autocomplete="off" aria-describedby="title-hint{{#TITLE_ERROR}} title-error{{/TITLE_ERROR}}">
</div>
<h2 class="govuk-heading-m">When it opens</h2>
<div class="govuk-form-group{{#OPENS_DAY_ERROR}} govuk-form-group--error{{/OPENS_DAY_ERROR}}">
<fieldset class="govuk-fieldset" role="group" aria-describedby="opens-hint{{#OPENS_DAY_ERROR}} opens_day-error{{/OPENS_DAY_ERROR}}">
<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Opening date</legend>
<div class="govuk-hint" id="opens-hint">UK time. For example, 27 3 2027</div>
{{#OPENS_DAY_ERROR}}<p class="govuk-error-message" id="opens_day-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/OPENS_DAY_ERROR}}
<div class="govuk-date-input">
<div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="opens_day">Day</label><input class="govuk-input govuk-date-input__input govuk-input--width-2{{#OPENS_DAY_ERROR}} govuk-input--error{{/OPENS_DAY_ERROR}}" id="opens_day" name="opens_day" type="text" inputmode="numeric" value="{{OPENS_DAY}}"></div></div>
<div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="opens_month">Month</label><input class="govuk-input govuk-date-input__input govuk-input--width-2{{#OPENS_DAY_ERROR}} govuk-input--error{{/OPENS_DAY_ERROR}}" id="opens_month" name="opens_month" type="text" inputmode="numeric" value="{{OPENS_MONTH}}"></div></div>
<div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="opens_year">Year</label><input class="govuk-input govuk-date-input__input govuk-input--width-4{{#OPENS_DAY_ERROR}} govuk-input--error{{/OPENS_DAY_ERROR}}" id="opens_year" name="opens_year" type="text" inputmode="numeric" value="{{OPENS_YEAR}}"></div></div>
</div>
</fieldset>
</div>
<div class="govuk-form-group{{#OPENS_TIME_ERROR}} govuk-form-group--error{{/OPENS_TIME_ERROR}}">
<label class="govuk-label govuk-label--s" for="opens_time">Time</label>
<div class="govuk-hint" id="opens_time-hint">24-hour clock, UK time. For example, 09:00 or 17:30</div>
{{#OPENS_TIME_ERROR}}<p class="govuk-error-message" id="opens_time-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/OPENS_TIME_ERROR}}
<input class="govuk-input govuk-input--width-5{{#OPENS_TIME_ERROR}} govuk-input--error{{/OPENS_TIME_ERROR}}" id="opens_time" name="opens_time" type="text" value="{{OPENS_TIME}}" autocomplete="off" aria-describedby="opens_time-hint{{#OPENS_TIME_ERROR}} opens_time-error{{/OPENS_TIME_ERROR}}">
</div>
<h2 class="govuk-heading-m">When it closes</h2>
<div class="govuk-form-group{{#CLOSES_DAY_ERROR}} govuk-form-group--error{{/CLOSES_DAY_ERROR}}">
<fieldset class="govuk-fieldset" role="group" aria-describedby="closes-hint{{#CLOSES_DAY_ERROR}} closes_day-error{{/CLOSES_DAY_ERROR}}">
<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Closing date</legend>
<div class="govuk-hint" id="closes-hint">UK time. For example, 27 3 2027</div>
{{#CLOSES_DAY_ERROR}}<p class="govuk-error-message" id="closes_day-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/CLOSES_DAY_ERROR}}
<div class="govuk-date-input">
<div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="closes_day">Day</label><input class="govuk-input govuk-date-input__input govuk-input--width-2{{#CLOSES_DAY_ERROR}} govuk-input--error{{/CLOSES_DAY_ERROR}}" id="closes_day" name="closes_day" type="text" inputmode="numeric" value="{{CLOSES_DAY}}"></div></div>
<div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="closes_month">Month</label><input class="govuk-input govuk-date-input__input govuk-input--width-2{{#CLOSES_DAY_ERROR}} govuk-input--error{{/CLOSES_DAY_ERROR}}" id="closes_month" name="closes_month" type="text" inputmode="numeric" value="{{CLOSES_MONTH}}"></div></div>
<div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="closes_year">Year</label><input class="govuk-input govuk-date-input__input govuk-input--width-4{{#CLOSES_DAY_ERROR}} govuk-input--error{{/CLOSES_DAY_ERROR}}" id="closes_year" name="closes_year" type="text" inputmode="numeric" value="{{CLOSES_YEAR}}"></div></div>
</div>
</fieldset>
</div>
<div class="govuk-form-group{{#CLOSES_TIME_ERROR}} govuk-form-group--error{{/CLOSES_TIME_ERROR}}">
<label class="govuk-label govuk-label--s" for="closes_time">Time</label>
<div class="govuk-hint" id="closes_time-hint">24-hour clock, UK time. For example, 09:00 or 17:30</div>
{{#CLOSES_TIME_ERROR}}<p class="govuk-error-message" id="closes_time-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/CLOSES_TIME_ERROR}}
<input class="govuk-input govuk-input--width-5{{#CLOSES_TIME_ERROR}} govuk-input--error{{/CLOSES_TIME_ERROR}}" id="closes_time" name="closes_time" type="text" value="{{CLOSES_TIME}}" autocomplete="off" aria-describedby="closes_time-hint{{#CLOSES_TIME_ERROR}} closes_time-error{{/CLOSES_TIME_ERROR}}">
</div>
<div class="govuk-form-group{{#POPULATION_ERROR}} govuk-form-group--error{{/POPULATION_ERROR}}">
<fieldset class="govuk-fieldset"{{#POPULATION_ERROR}} aria-describedby="population-error"{{/POPULATION_ERROR}}>
<legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Who is asked</legend>
{{#POPULATION_ERROR}}<p class="govuk-error-message" id="population-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/POPULATION_ERROR}}
<div class="govuk-radios">
<div class="govuk-radios__item"><input class="govuk-radios__input" id="population" name="population" type="radio" value="all"{{#POP_ALL}} checked{{/POP_ALL}}><label class="govuk-label govuk-radios__label" for="population">All staff</label></div>
<div class="govuk-radios__item"><input class="govuk-radios__input" id="population-areas" name="population" type="radio" value="areas"{{#POP_AREAS}} checked{{/POP_AREAS}}><label class="govuk-label govuk-radios__label" for="population-areas">The service areas ticked below</label></div>
<div class="govuk-radios__item"><input class="govuk-radios__input" id="population-teams" name="population" type="radio" value="teams"{{#POP_TEAMS}} checked{{/POP_TEAMS}}><label class="govuk-label govuk-radios__label" for="population-teams">The teams ticked below</label></div>
</div>
</fieldset>
</div>
<div class="govuk-form-group">
<fieldset class="govuk-fieldset">
<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Service areas</legend>
<div class="govuk-checkboxes">
{{#AREA}}<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="area-{{ID}}" name="area" type="checkbox" value="{{ID}}"{{#CHECKED}} checked{{/CHECKED}}><label class="govuk-label govuk-checkboxes__label" for="area-{{ID}}">{{NAME}}</label></div>
{{/AREA}}
</div>
</fieldset>
</div>
<div class="govuk-form-group">
<fieldset class="govuk-fieldset">
<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Teams</legend>
<div class="govuk-checkboxes">
{{#TEAM}}<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="team-{{ID}}" name="team" type="checkbox" value="{{ID}}"{{#CHECKED}} checked{{/CHECKED}}><label class="govuk-label govuk-checkboxes__label" for="team-{{ID}}">{{NAME}}</label></div>
{{/TEAM}}
</div>
</fieldset>
</div>
<div class="govuk-form-group{{#THRESHOLD_ERROR}} govuk-form-group--error{{/THRESHOLD_ERROR}}">
<label class="govuk-label govuk-label--s" for="threshold">Anonymity threshold</label>
<div class="govuk-hint" id="threshold-hint">Reports never show a group with fewer responses than this. At least {{THRESHOLD_MIN}}.</div>
{{#THRESHOLD_ERROR}}<p class="govuk-error-message" id="threshold-error"><span class="govuk-visually-hidden">Error:</span> {{MESSAGE}}</p>{{/THRESHOLD_ERROR}}
<input class="govuk-input govuk-input--width-3{{#THRESHOLD_ERROR}} govuk-input--error{{/THRESHOLD_ERROR}}" id="threshold" name="threshold" type="text" inputmode="numeric" value="{{THRESHOLD}}" autocomplete="off" aria-describedby="threshold-hint{{#THRESHOLD_ERROR}} threshold-error{{/THRESHOLD_ERROR}}">
</div>
<button type="submit" class="govuk-button">Create wave</button>
</form>
</div>
</div>
