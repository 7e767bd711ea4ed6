/*
 * Chorus voice, kiosk mode (a shared tablet in a family centre).
 * Progressive enhancement only: loaded on kiosk pages, whose <body> carries
 *   data-kiosk-reset="URL"   the kiosk start page;
 *   data-kiosk-return="URL"  on the thank-you page only: where to go next.
 *
 * - After 90 seconds with no touch, key, scroll or typing, go back to the
 *   start. From 70 seconds a polite status message (the element
 *   #voice-kiosk-warning, its text in data-text) says the screen will start
 *   again soon; any touch or key cancels it and starts the wait again.
 * - The thank-you page goes back to the start after 15 seconds with no
 *   input (without JavaScript a <noscript> meta refresh does the same).
 * - Nothing a child typed can be seen with the Back button: when a form is
 *   sent, its history entry is replaced by the start page; the thank-you
 *   entry is replaced too (so reloading it does not send anything again);
 *   a page restored from the back/forward cache goes to the start at once,
 *   and answers are cleared from a page as it is put into that cache.
 *   Going to the start uses location.replace, which adds no history entry.
 *
 * Loaded with <script src defer> (no inline script: CSP script-src 'self').
 */
(function () {
	'use strict';

	var IDLE_MS = 90000;
	var WARN_MS = 70000;
	var THANKS_MS = 15000;

	var body = document.body;

	if (!body || !document.querySelectorAll || !window.addEventListener)
		return;

	/* Only ever a path on this site: never a full URL from elsewhere. */
	function localPath(u) {
		if (typeof u !== 'string' || u.charAt(0) !== '/' || u.charAt(1) === '/' ||
		    u.charAt(1) === '\\')
			return null;
		return u;
	}

	var resetUrl = localPath(body.getAttribute('data-kiosk-reset'));
	var returnUrl = localPath(body.getAttribute('data-kiosk-return'));
	var warning = document.getElementById('voice-kiosk-warning');
	var idleTimer = null, warnTimer = null, leaving = false;

	if (!resetUrl)
		return;

	function replaceEntry(url) {
		try {
			if (window.history && history.replaceState)
				history.replaceState(null, '', url);
		} catch (e) {
			/* some browsers refuse replaceState in odd states: not fatal */
		}
	}

	/* Empty every answer field; hidden fields (form id, language) stay. */
	function clearAnswers() {
		var els = document.querySelectorAll('form input, form textarea, form select');
		var i, el, t;

		for (i = 0; i < els.length; i++) {
			el = els[i];
			t = (el.type || '').toLowerCase();
			if (el.tagName === 'SELECT')
				el.selectedIndex = 0;
			else if (t === 'radio' || t === 'checkbox')
				el.checked = false;
			else if (t !== 'hidden' && t !== 'submit' && t !== 'button' && t !== 'reset' &&
			    t !== 'image')
				el.value = '';
		}
	}

	function go(url) {
		if (leaving)
			return;
		leaving = true;
		clearAnswers();
		try {
			if (window.speechSynthesis)
				window.speechSynthesis.cancel();
		} catch (e) {
			/* nothing to stop */
		}
		try {
			window.location.replace(url);
		} catch (e) {
			window.location.href = url;
		}
	}

	function showWarning(on) {
		if (!warning)
			return;
		warning.textContent = on ? (warning.getAttribute('data-text') || '') : '';
	}

	/* Being read to counts as using the screen. */
	function busy() {
		try {
			return !!(window.speechSynthesis && window.speechSynthesis.speaking);
		} catch (e) {
			return false;
		}
	}

	function arm() {
		var total = returnUrl ? THANKS_MS : IDLE_MS;

		if (leaving)
			return;
		if (idleTimer !== null)
			clearTimeout(idleTimer);
		if (warnTimer !== null)
			clearTimeout(warnTimer);
		warnTimer = null;
		showWarning(false);
		if (!returnUrl)
			warnTimer = setTimeout(function () {
				warnTimer = null;
				if (busy())
					arm();
				else
					showWarning(true);
			}, WARN_MS);
		idleTimer = setTimeout(function () {
			idleTimer = null;
			if (busy())
				arm();
			else
				go(returnUrl || resetUrl);
		}, total);
	}

	/* Restart the wait on any use, at most once a second. */
	var lastArm = 0;
	function activity() {
		var now = Date.now ? Date.now() : new Date().getTime();

		if (now - lastArm < 1000 && (warning === null || warning.textContent === ''))
			return;
		lastArm = now;
		arm();
	}

	var events = ['pointerdown', 'touchstart', 'mousedown', 'keydown', 'input', 'change',
	    'wheel', 'scroll', 'focusin'];
	var passive = { passive: true, capture: true };
	var i;

	for (i = 0; i < events.length; i++) {
		try {
			window.addEventListener(events[i], activity, passive);
		} catch (e) {
			window.addEventListener(events[i], activity, true);
		}
	}

	/* Sending a form: this page's history entry becomes the start page, so
	 * Back from the next page never shows these answers again. */
	document.addEventListener('submit', function (e) {
		var form = e.target;

		if (e.defaultPrevented || !form || form.tagName !== 'FORM')
			return;
		/* keep the address the form posts to, whatever the page URL becomes */
		if (form.action)
			form.setAttribute('action', form.action);
		replaceEntry(resetUrl);
	}, false);

	/* The thank-you page: reloading it goes to the start, not a resend. */
	if (returnUrl)
		replaceEntry(returnUrl);

	/* Leaving a page that the browser may keep for Back: blank it first. */
	window.addEventListener('pagehide', function (e) {
		if (e.persisted)
			clearAnswers();
	}, false);

	/* Shown again from the back/forward cache: start again instead. */
	window.addEventListener('pageshow', function (e) {
		if (e.persisted) {
			leaving = false;
			go(resetUrl);
		}
	}, false);

	arm();
})();
