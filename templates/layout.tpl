{{%AUTOESCAPE context="HTML"}}
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="theme-color" content="#00625e">
<title>{{TITLE}} – Chorus – {{COUNCIL}}</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/chorus.css">
</head>
<body>
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header class="chorus-header">
<div class="govuk-width-container chorus-header__inner">
<a href="/" class="chorus-header__brand"><img class="chorus-header__logo" src="/assets/logo.svg" alt="" width="36" height="36"><span class="chorus-header__service">Chorus</span></a>
<span class="chorus-header__council">{{COUNCIL}}</span>
{{#SIGNED_IN}}
<div class="chorus-header__account">
<p>Signed in as <strong>{{USER_NAME}}</strong></p>
<form method="post" action="/signout">
<input type="hidden" name="csrf" value="{{CSRF}}">
<button type="submit" class="chorus-link-button">Sign out</button>
</form>
</div>
{{/SIGNED_IN}}
</div>
</header>
{{#SIGNED_IN}}
<nav class="chorus-nav" aria-label="Main">
<div class="govuk-width-container">
<ul class="chorus-nav__list chorus-hide-if-empty">{{#NAV}}<li class="chorus-nav__item"><a class="chorus-nav__link" href="{{HREF}}"{{#NAV_CURRENT}} aria-current="page"{{/NAV_CURRENT}}>{{LABEL}}</a></li>{{/NAV}}</ul>
</div>
</nav>
{{/SIGNED_IN}}
<div class="govuk-width-container">
{{#DEMO_BANNER}}
<div class="govuk-phase-banner" role="region" aria-label="Demo service">
<p class="govuk-phase-banner__content"><strong class="govuk-tag govuk-tag--yellow govuk-phase-banner__content__tag">Demo</strong><span>This service is running with made-up data.</span></p>
</div>
{{/DEMO_BANNER}}
<main class="govuk-main-wrapper" id="main-content">
{{>BODY}}
</main>
</div>
<footer class="chorus-footer">
<div class="govuk-width-container chorus-footer__meta">
<div>
<p><strong>Chorus</strong> is run by {{COUNCIL}} for its children’s services.</p>
<p>Accessibility: Chorus is designed to work with a keyboard, a screen reader, zoom and without JavaScript. If something does not work for you, or you need it in a different format, contact the IT service desk.</p>
</div>
</div>
</footer>
</body>
</html>
