{{%AUTOESCAPE context="HTML"}}
<a href="{{BACK_HREF}}" class="govuk-back-link">Back</a>
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<span class="govuk-caption-l">{{SURVEY_TITLE}}</span>
<h1 class="govuk-heading-l">Check your answers before sending them</h1>
{{#SECTION}}
<h2 class="govuk-heading-m">{{TITLE}}</h2>
<dl class="govuk-summary-list">
{{#ROW}}
<div class="govuk-summary-list__row">
<dt class="govuk-summary-list__key">{{QUESTION}}</dt>
<dd class="govuk-summary-list__value chorus-survey-answer">{{#NOT_ANSWERED}}<span class="chorus-secondary-text">Not answered</span>{{/NOT_ANSWERED}}{{ANSWER:pre_escape}}</dd>
<dd class="govuk-summary-list__actions"><a class="govuk-link" href="{{CHANGE_HREF}}">Change<span class="govuk-visually-hidden"> your answer to ‘{{QUESTION}}’</span></a></dd>
</div>
{{/ROW}}
</dl>
{{/SECTION}}

<h2 class="govuk-heading-m">Now send your answers</h2>
<p class="govuk-body">When you send your answers, they are stored separately from your name and nothing links them back to you. This also means you cannot change them afterwards.</p>
<form method="post" action="{{ACTION}}" novalidate class="chorus-survey-form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="submit_token" value="{{SUBMIT_TOKEN}}">
<input type="hidden" name="ticket" value="{{TICKET}}">
<input type="hidden" name="answers" value="{{ANSWERS}}">
<button type="submit" class="govuk-button" data-prevent-double-click="true">Send my answers</button>
</form>
</div>
</div>
<script src="/assets/survey.js" defer></script>
