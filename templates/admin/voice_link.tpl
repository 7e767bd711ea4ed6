{{%AUTOESCAPE context="HTML"}}
<a href="/admin/voice" class="govuk-back-link">Back to voice forms</a>
<h1 class="govuk-heading-l">Team link {{CODE}}</h1>
<dl class="govuk-summary-list">
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Team</dt><dd class="govuk-summary-list__value">{{TEAM}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Link for families</dt><dd class="govuk-summary-list__value" id="url">{{URL}}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Family-centre tablet</dt><dd class="govuk-summary-list__value">{{KIOSK_URL}}</dd></div>
</dl>
<p class="govuk-body"><img class="chorus-qr" src="/admin/voice/qr/{{CODE}}" alt="QR code that opens {{URL}}" width="240" height="240"></p>
<p class="govuk-body"><a class="govuk-link" href="/admin/voice/qr/{{CODE}}" download="chorus-{{CODE}}.svg">Download the QR code (SVG, for printing)</a></p>
