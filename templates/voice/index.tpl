{{%AUTOESCAPE context="HTML"}}
<h1 class="govuk-heading-l">Tell us what you think</h1>
<p class="voice-lead">We want to know what it is like for you. What you say helps us do better.</p>
<p class="govuk-body">You do not have to tell us your name.</p>
<h2 class="govuk-heading-m" id="who-heading">Who are you?</h2>
<ul class="voice-choices" aria-labelledby="who-heading">
<li><a class="voice-choice" href="/voice/form/under8"><span class="voice-choice__text">I am under 8 (with a grown-up)</span></a></li>
<li><a class="voice-choice" href="/voice/form/8-12"><span class="voice-choice__text">I am 8 to 12</span></a></li>
<li><a class="voice-choice" href="/voice/form/13-18"><span class="voice-choice__text">I am 13 to 18 or a care leaver</span></a></li>
<li><a class="voice-choice" href="/voice/form/parents"><span class="voice-choice__text">I am a parent or carer</span></a></li>
</ul>
