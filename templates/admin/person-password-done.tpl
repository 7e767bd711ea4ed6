{{%AUTOESCAPE context="HTML"}}
<div class="govuk-panel govuk-panel--confirmation">
<h1 class="govuk-panel__title">Password reset</h1>
<div class="govuk-panel__body">The new password for {{USERNAME}} is<br><strong class="chorus-one-time-password" id="one-time-password">{{PASSWORD}}</strong></div>
</div>
<p class="govuk-body">This is the only time it is shown: it is not stored anywhere you can see it again. Give it to {{NAME}} in person or by phone.</p>
<p class="govuk-body"><a class="govuk-link" href="/admin/person?id={{ID}}">Back to {{NAME}}</a></p>
