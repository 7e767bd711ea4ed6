{{%AUTOESCAPE context="HTML"}}
<a href="/admin/voice" class="govuk-back-link">Back to voice forms</a>
{{#SAVED}}
<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="saved-title">
<div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="saved-title">Success</h2></div>
<div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">Your change has been saved</p></div>
</div>
{{/SAVED}}
<span class="govuk-caption-l">The {{FORM}} form</span>
<h1 class="govuk-heading-l">Questions</h1>
<p class="govuk-body">Children and families see these questions in this order. A question with answers is never deleted: retire it and it leaves the form, while the feedback already given stays in the reports.</p>
<p class="govuk-body"><a class="govuk-button govuk-button--secondary" href="/admin/voice/question/new?form={{FORM}}">Add a question</a></p>
<ol class="govuk-list govuk-list--number">
{{#QUESTION}}
<li id="q-{{KEY}}"><strong>{{TEXT}}</strong><br>
<span class="govuk-body-s">{{KEY}} · {{KIND}} · topic {{TOPIC}} · must be answered: {{REQUIRED}} · concern: {{CONCERN}} · {{ANSWERS}} answers</span>
<div class="govuk-button-group">
<a class="govuk-link" href="/admin/voice/question?id={{ID}}">Change<span class="govuk-visually-hidden"> {{KEY}}</span></a>
{{#UP}}<form method="post" action="/admin/voice/question/move" novalidate><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}"><input type="hidden" name="dir" value="up"><button type="submit" class="govuk-button govuk-button--secondary">Move up<span class="govuk-visually-hidden"> {{KEY}}</span></button></form>{{/UP}}
{{#DOWN}}<form method="post" action="/admin/voice/question/move" novalidate><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}"><input type="hidden" name="dir" value="down"><button type="submit" class="govuk-button govuk-button--secondary">Move down<span class="govuk-visually-hidden"> {{KEY}}</span></button></form>{{/DOWN}}
<a class="govuk-link" href="/admin/voice/question/retire?id={{ID}}">Retire<span class="govuk-visually-hidden"> {{KEY}}</span></a>
</div>
</li>
{{/QUESTION}}
</ol>
{{#HAS_RETIRED}}
<h2 class="govuk-heading-m">Retired questions</h2>
<p class="govuk-body">No longer on the form. Their answers stay readable in the reports.</p>
<ul class="govuk-list">
{{#RETIRED}}<li>{{TEXT}} <span class="govuk-body-s">({{KEY}}, retired {{RETIRED_ON}}, {{ANSWERS}} answers)</span></li>
{{/RETIRED}}
</ul>
{{/HAS_RETIRED}}
