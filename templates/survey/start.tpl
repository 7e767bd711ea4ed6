{{%AUTOESCAPE context="HTML"}}
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<span class="govuk-caption-l">{{WAVE_TITLE}}</span>
<h1 class="govuk-heading-l">{{TITLE}}</h1>
<p class="govuk-body chorus-survey-text">{{INTRO:pre_escape}}</p>

{{#START}}
<ul class="govuk-list govuk-list--bullet">
<li>There is a page for each section of the survey: {{NSECTIONS}} in all.</li>
<li>Your answers are saved on every page, so you can stop and come back later – on any computer – until it closes on {{CLOSES}}.</li>
<li>Before you send your answers, you can check them and change any of them.</li>
</ul>
{{/START}}
{{#RESUME}}
<ul class="govuk-list govuk-list--bullet">
<li>There is a page for each section of the survey: {{NSECTIONS}} in all.</li>
<li>Your answers are saved on every page, so you can stop and come back later – on any computer – until it closes on {{CLOSES}}.</li>
<li>Before you send your answers, you can check them and change any of them.</li>
</ul>
{{/RESUME}}

<div class="govuk-inset-text chorus-survey-privacy">
<h2 class="govuk-heading-m">How your answers are kept private</h2>
<p class="govuk-body">Your answers are stored separately from your name. We record that you have taken part, so you cannot be asked twice and we can count how many people replied, but nothing links your answers to you — not for HR, your manager or the people who run the database.</p>
<p class="govuk-body">Results are only shown for groups of at least {{THRESHOLD}} people, so no one can work out how a small team answered.</p>
</div>

{{#START}}
<a href="{{HREF}}" class="govuk-button govuk-button--start" draggable="false">Start now<svg class="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false"><path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"/></svg></a>
{{/START}}

{{#RESUME}}
<p class="govuk-body">You have answered up to section {{SECTION}}. Your answers so far are saved.</p>
<a href="{{HREF}}" class="govuk-button govuk-button--start" draggable="false">Continue where you left off<svg class="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false"><path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"/></svg></a>
{{/RESUME}}

{{#SUBMITTED}}
<h2 class="govuk-heading-m">You have already sent your answers</h2>
<p class="govuk-body">You have already sent your answers to this survey. Thank you for taking part.</p>
<p class="govuk-body">Answers cannot be changed once they are sent, because they are no longer linked to you.</p>
<p class="govuk-body"><a class="govuk-link" href="/">Go back to your home page</a></p>
{{/SUBMITTED}}

{{#CLOSED}}
<h2 class="govuk-heading-m">This survey has closed</h2>
<p class="govuk-body">This survey closed on {{DATE}}. You can no longer answer it.</p>
<p class="govuk-body"><a class="govuk-link" href="/">Go back to your home page</a></p>
{{/CLOSED}}

{{#NOT_OPEN}}
<h2 class="govuk-heading-m">This survey is not open yet</h2>
<p class="govuk-body">This survey opens on {{DATE}}. Come back then to answer it.</p>
<p class="govuk-body"><a class="govuk-link" href="/">Go back to your home page</a></p>
{{/NOT_OPEN}}

{{#NOT_IN_POPULATION}}
<h2 class="govuk-heading-m">This survey is not for your team</h2>
<p class="govuk-body">This survey has been sent to other teams, so you cannot answer it. If you think it should be open to you, contact HR.</p>
<p class="govuk-body"><a class="govuk-link" href="/">Go back to your home page</a></p>
{{/NOT_IN_POPULATION}}
</div>
</div>
