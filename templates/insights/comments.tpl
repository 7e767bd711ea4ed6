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
<h1 class="govuk-heading-l">Survey comments</h1>
<p class="govuk-body">What people wrote, for the whole wave, in a random order, never by team or date. A question's comments are shown only when there are at least {{COMMENT_THRESHOLD}}.</p>
{{>FILTER}}
{{#NO_WAVES}}
<p class="govuk-body chorus-no-waves">No wave of a staff survey has opened yet, so there is nothing to show.</p>
{{/NO_WAVES}}
{{#FIGURES}}
<p class="govuk-body"><a class="govuk-link" href="{{CSV_HREF}}" download>Download the comments (CSV)</a></p>
{{#CQUESTION}}
<h2 class="govuk-heading-m" id="question-{{ID}}">{{TEXT}}</h2>
{{#TOO_FEW}}<p class="govuk-body chorus-suppressed">Fewer than {{COMMENT_THRESHOLD}} comments: not shown.</p>{{/TOO_FEW}}
{{#SHOWN}}<p class="govuk-body-s">{{COUNT}} comments.</p>
<ul class="govuk-list chorus-comments" aria-labelledby="question-{{ID}}">
{{#COMMENT}}<li class="chorus-comment">{{TEXT}}</li>
{{/COMMENT}}</ul>{{/SHOWN}}
{{/CQUESTION}}
{{/FIGURES}}
