{{%AUTOESCAPE context="HTML"}}
<!DOCTYPE html>
<html lang="{{LANG}}" dir="{{DIR}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<meta name="theme-color" content="#4c2c92">
<title>{{TITLE}}</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/chorus.css">
<link rel="stylesheet" href="/assets/voice.css">
</head>
<body class="voice">
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header class="voice-header">
<div class="govuk-width-container voice-header__inner">
<a href="/voice/" class="voice-header__link"><img class="voice-header__logo" src="/assets/logo.svg" alt="" width="48" height="48"><span class="voice-header__title">Tell us what you think</span></a>
</div>
</header>
<div class="govuk-width-container">
<aside class="voice-safety" aria-labelledby="voice-safety-heading">
<h2 class="voice-safety__heading" id="voice-safety-heading">If you are not safe right now</h2>
<p class="voice-safety__text">{{SAFETY_TEXT}}</p>
</aside>
<main class="govuk-main-wrapper voice-main" id="main-content">
{{>BODY}}
</main>
</div>
<footer class="voice-footer">
<div class="govuk-width-container">
<p>People who work with children and families read what you tell us.</p>
</div>
</footer>
</body>
</html>
