{{%AUTOESCAPE context="HTML"}}
{{#ERRORS}}
<div class="govuk-error-summary" data-module="govuk-error-summary">
<div role="alert">
<h2 class="govuk-error-summary__title">There is a problem</h2>
<div class="govuk-error-summary__body">
<ul class="govuk-list govuk-error-summary__list">
{{#ERROR}}<li><a href="{{HREF}}">{{MESSAGE}}</a></li>
{{/ERROR}}</ul>
</div>
</div>
</div>
{{/ERRORS}}
<a href="/insights/" class="govuk-back-link">Insights</a>
<span class="govuk-caption-l">{{SURVEY}}</span>
<h1 class="govuk-heading-l">Staff survey trends</h1>
<p class="govuk-body">Showing: {{#SCOPE}}<span class="chorus-scope-name">{{NAME}}</span>{{#SCOPE_separator}}, {{/SCOPE_separator}}{{/SCOPE}}.</p>
<p class="govuk-body">Percent favourable is the share who agree or strongly agree, of those who answered (not counting "prefer not to say"). Groups with fewer than {{THRESHOLD}} responses are never shown, nor any figure that would let one be worked out.</p>
{{#UPDATED}}<p class="govuk-body-s chorus-updated">Figures include responses counted up to {{AT}}.</p>{{/UPDATED}}
{{>FILTER}}
{{#NO_WAVES}}
<p class="govuk-body chorus-no-waves">No wave of a staff survey has opened yet, so there is nothing to show.</p>
{{/NO_WAVES}}
{{#FIGURES}}
<p class="govuk-body"><a class="govuk-link" href="{{CSV_HREF}}" download>Download every figure on this page (CSV)</a></p>
{{#OVERALL}}
<h2 class="govuk-heading-m">Overall</h2>
<img class="chorus-chart" src="{{CHART_SRC}}" alt="{{CHART_ALT}}" width="720" height="360">
{{>TABLE}}
{{/OVERALL}}
{{#ENPS}}
<h2 class="govuk-heading-m">Would recommend as a place to work (eNPS)</h2>
<p class="govuk-body">The share who answered 9 or 10 minus the share who answered 0 to 6, from -100 to +100.</p>
<img class="chorus-chart" src="{{CHART_SRC}}" alt="{{CHART_ALT}}" width="720" height="360">
{{>TABLE}}
{{/ENPS}}
<h2 class="govuk-heading-m">By section and question</h2>
{{>DETAIL}}
{{/FIGURES}}
