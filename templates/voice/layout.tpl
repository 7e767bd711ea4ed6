{{%AUTOESCAPE context="HTML"}}
<!DOCTYPE html>
<html lang="{{LANG}}" dir="{{DIR}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="same-origin">
<meta name="theme-color" content="#4c2c92">
<title>{{TITLE}}</title>
{{#THANKS_REFRESH}}
<noscript><meta http-equiv="refresh" content="15;url={{URL}}"></noscript>
{{/THANKS_REFRESH}}
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/chorus.css">
<link rel="stylesheet" href="/assets/voice.css">
{{#KIOSK}}
<script src="/assets/kiosk.js" defer></script>
{{/KIOSK}}
{{#READ_ALOUD}}
<script src="/assets/readaloud.js" defer></script>
{{/READ_ALOUD}}
</head>
<body class="voice{{#KIOSK}} voice--kiosk{{/KIOSK}}"{{#KIOSK}} data-kiosk-reset="{{RESET_URL}}"{{/KIOSK}}{{#THANKS_REFRESH}} data-kiosk-return="{{URL}}"{{/THANKS_REFRESH}}>
<a href="#main-content" class="govuk-skip-link">{{SKIP_TEXT}}</a>
<header class="voice-header">
<div class="govuk-width-container voice-header__inner">
<a href="/voice/?lang={{LANG}}" class="voice-header__link voice-home"><img class="voice-header__logo" src="/assets/logo.svg" alt="" width="48" height="48"><span class="voice-header__title">{{HEADER_TITLE}}</span></a>
{{#KIOSK}}
<a href="{{RESET_URL}}" class="voice-header__link voice-home--kiosk"><img class="voice-header__logo" src="/assets/logo.svg" alt="" width="48" height="48"><span class="voice-header__title">{{HEADER_TITLE}}</span></a>
{{/KIOSK}}
</div>
</header>
<div class="govuk-width-container">
<div class="voice-tools">
<nav class="voice-langs chorus-hide-if-empty" aria-label="{{LANGUAGE_LABEL}}" data-label="{{LANGUAGE_LABEL}}">{{#LANG_LINK}}<a class="voice-langs__link" href="{{HREF}}" lang="{{CODE}}" hreflang="{{CODE}}"{{#LANG_CURRENT}} aria-current="true"{{/LANG_CURRENT}}>{{NAME}}</a>{{/LANG_LINK}}</nav>
{{#READ_ALOUD}}
<div class="voice-readaloud" id="voice-readaloud" hidden><button type="button" class="voice-readaloud__button" aria-pressed="false"><svg class="voice-readaloud__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" fill="currentColor"/></svg><span>{{LABEL}}</span></button></div>
{{/READ_ALOUD}}
</div>
<aside class="voice-safety" aria-labelledby="voice-safety-heading">
<h2 class="voice-safety__heading" id="voice-safety-heading">{{SAFETY_HEADING}}</h2>
<p class="voice-safety__text">{{SAFETY_TEXT}}</p>
</aside>
<main class="govuk-main-wrapper voice-main" id="main-content">
{{>BODY}}
</main>
</div>
<footer class="voice-footer">
<div class="govuk-width-container">
<p>{{FOOTER_TEXT}}</p>
</div>
</footer>
{{#KIOSK}}
<div class="voice-kiosk-warning" id="voice-kiosk-warning" role="status" data-text="{{RESET_TEXT}}"></div>
{{/KIOSK}}
</body>
</html>
