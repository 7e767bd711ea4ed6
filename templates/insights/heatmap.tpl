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
<span class="govuk-caption-l">{{SURVEY}} {{WAVE}}</span>
<h1 class="govuk-heading-l">Survey heatmap</h1>
<p class="govuk-body">Percent favourable for each question and team in one wave, shaded from lowest to highest, with the difference from {{REF}} in points. Groups with fewer than {{THRESHOLD}} answers are never shown, nor any figure that would let one be worked out.</p>
{{>FILTER}}
{{#NO_WAVES}}
<p class="govuk-body chorus-no-waves">No wave of a staff survey has opened yet, so there is nothing to show.</p>
{{/NO_WAVES}}
{{#FIGURES}}
<p class="govuk-body"><a class="govuk-link" href="{{CSV_HREF}}" download>Download this table (CSV)</a></p>
<div class="chorus-table-wrap" role="region" aria-labelledby="heatmap-caption" tabindex="0">
<table class="govuk-table chorus-heatmap" id="heatmap-table">
<caption class="govuk-table__caption govuk-table__caption--s" id="heatmap-caption">Percent favourable by question and team, {{WAVE}}. In brackets: the difference from {{REF}}.</caption>
<thead>
<tr>
<th scope="col" class="govuk-table__header">Question</th>
{{#COL}}<th scope="col" class="govuk-table__header govuk-table__header--numeric">{{NAME}}</th>
{{/COL}}</tr>
</thead>
<tbody>
{{#QROW}}
<tr class="govuk-table__row">
<th scope="row" class="govuk-table__header">{{QUESTION}}</th>
{{#HCELL}}<td class="govuk-table__cell govuk-table__cell--numeric chorus-heat chorus-heat--{{BAND}}{{#SUPPRESSED}} chorus-suppressed{{/SUPPRESSED}}{{#EMPTY}} chorus-heat--empty{{/EMPTY}}">{{VALUE}}{{#DIFF}} <span class="chorus-heat-diff">({{TEXT}})</span>{{/DIFF}}</td>
{{/HCELL}}</tr>
{{/QROW}}
</tbody>
</table>
</div>
{{/FIGURES}}
