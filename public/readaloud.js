/*
 * Chorus voice: a "Read this to me" button, using the browser's own speech
 * synthesis. Progressive enhancement only: the button (#voice-readaloud,
 * hidden in the HTML) is shown only when the browser can speak and has a
 * voice for the page's language (<html lang>); otherwise nothing changes.
 *
 * Pressing it reads, in page order, the "If you are not safe right now" box
 * and the main content: headings, text, questions and their answers' labels,
 * error messages. It skips what a sighted reader does not see (hidden and
 * visually-hidden text), form fields' contents, and anything marked in
 * another language (the language buttons), so one voice reads it all
 * correctly. Pressing it again (aria-pressed="true") stops.
 *
 * Text is spoken a block at a time: long single utterances stop early in
 * some browsers.
 *
 * Loaded with <script src defer> (no inline script: CSP script-src 'self').
 */
(function () {
	'use strict';

	var synth = window.speechSynthesis;

	if (!synth || typeof window.SpeechSynthesisUtterance !== 'function' ||
	    !document.querySelectorAll || !window.getComputedStyle)
		return;

	var wrap = document.getElementById('voice-readaloud');
	var button = wrap ? wrap.querySelector('button') : null;

	if (!button)
		return;

	function norm(l) {
		return String(l || '').toLowerCase().replace(/_/g, '-');
	}

	function base(l) {
		return norm(l).split('-')[0];
	}

	var pageLang = norm(document.documentElement.getAttribute('lang') || 'en');
	var voice = null, speaking = false, run = 0;

	var BLOCKS = 'h1,h2,h3,h4,p,legend,label,li,dt,dd,.govuk-hint,.govuk-error-message,' +
	    '.govuk-inset-text,.govuk-panel__body,.govuk-button';
	var SKIP_CLASSES = ['govuk-visually-hidden', 'voice-hp', 'voice-switch',
	    'voice-default-submit', 'voice-readaloud'];
	var SKIP_TAGS = { SCRIPT: 1, STYLE: 1, TEXTAREA: 1, SELECT: 1, OPTION: 1, NOSCRIPT: 1,
	    TEMPLATE: 1, INPUT: 1, SVG: 1, IMG: 1 };

	/* The best installed voice for the page language, or null. */
	function pickVoice() {
		var voices, i, v, vl, score, bestScore = -1, best = null;

		try {
			voices = synth.getVoices() || [];
		} catch (e) {
			voices = [];
		}
		for (i = 0; i < voices.length; i++) {
			v = voices[i];
			vl = norm(v.lang);
			if (vl === pageLang)
				score = 3;
			else if (base(vl) === base(pageLang))
				score = 2;
			else
				continue;
			if (base(pageLang) === 'en' && vl === 'en-gb')
				score += 2;	/* a council in England */
			if (v.localService)
				score += 0.5;	/* works offline, starts faster */
			if (score > bestScore) {
				bestScore = score;
				best = v;
			}
		}
		return best;
	}

	function skipped(el) {
		var i, l, cs;

		if (el.nodeType !== 1)
			return false;
		if (SKIP_TAGS[el.tagName.toUpperCase()])
			return true;
		if (el.hidden || el.getAttribute('aria-hidden') === 'true' ||
		    el.hasAttribute('data-readaloud-skip'))
			return true;
		for (i = 0; i < SKIP_CLASSES.length; i++)
			if (el.classList && el.classList.contains(SKIP_CLASSES[i]))
				return true;
		l = el.getAttribute('lang');
		if (l && base(l) !== base(pageLang))
			return true;
		cs = window.getComputedStyle(el);
		return cs.display === 'none' || cs.visibility === 'hidden';
	}

	/* Is el, or anything between it and root, left out? */
	function inSkipped(el, root) {
		for (; el && el !== root.parentNode; el = el.parentNode)
			if (skipped(el))
				return true;
		return false;
	}

	/* The visible text of el, leaving out skipped parts. */
	function textOf(el) {
		var out = '', n;

		for (n = el.firstChild; n; n = n.nextSibling) {
			if (n.nodeType === 3)
				out += n.nodeValue;
			else if (n.nodeType === 1 && !skipped(n))
				out += ' ' + textOf(n) + ' ';
		}
		return out;
	}

	function collect() {
		var roots = document.querySelectorAll('.voice-safety, #main-content');
		var parts = [], r, list, i, el, t;

		for (r = 0; r < roots.length; r++) {
			list = roots[r].querySelectorAll(BLOCKS);
			for (i = 0; i < list.length; i++) {
				el = list[i];
				/* a block holding other blocks: read those instead */
				if (el.querySelector(BLOCKS))
					continue;
				if (inSkipped(el, roots[r]))
					continue;
				t = textOf(el).replace(/\s+/g, ' ').replace(/^\s+|\s+$/g, '');
				if (t !== '')
					parts.push(t);
			}
		}
		return parts;
	}

	function setPressed(on) {
		speaking = on;
		button.setAttribute('aria-pressed', on ? 'true' : 'false');
	}

	function stop() {
		run++;
		setPressed(false);
		try {
			synth.cancel();
		} catch (e) {
			/* nothing was speaking */
		}
	}

	function start() {
		var parts = collect(), i = 0, mine;

		if (!voice || parts.length === 0)
			return;
		stop();
		mine = run;
		setPressed(true);

		function next() {
			var u;

			if (mine !== run)
				return;
			if (i >= parts.length) {
				setPressed(false);
				return;
			}
			u = new window.SpeechSynthesisUtterance(parts[i++]);
			u.voice = voice;
			u.lang = voice.lang || pageLang;
			u.rate = 0.9;
			u.onend = next;
			u.onerror = function () {
				if (mine === run)
					setPressed(false);
			};
			synth.speak(u);
		}

		/* some browsers drop speech queued straight after cancel() */
		setTimeout(next, 50);
	}

	function refresh() {
		voice = pickVoice();
		wrap.hidden = !voice;
		if (!voice && speaking)
			stop();
	}

	button.addEventListener('click', function () {
		if (speaking)
			stop();
		else
			start();
	});

	/* Speech must not carry on after leaving the page. */
	window.addEventListener('pagehide', stop);

	refresh();
	/* voices often arrive a little after the page loads */
	if (synth.addEventListener)
		synth.addEventListener('voiceschanged', refresh);
	else
		synth.onvoiceschanged = refresh;
})();
