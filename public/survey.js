/*
 * Chorus staff surveys: progressive enhancement only. Every survey page
 * works fully without this file (the server applies show-if rules, counts
 * characters and refuses a second submission); this makes it smoother:
 *
 * - a question with data-show-if-qkey / data-show-if-value is hidden while
 *   the trigger question on the same page does not have that answer (a
 *   trigger on an earlier page was already applied by the server);
 * - a textarea in .govuk-character-count[data-maxlength] shows how many
 *   characters are left, and tells screen readers after a pause in typing;
 * - links in the error summary move focus to the answer and scroll its
 *   question text into view;
 * - a form whose button has data-prevent-double-click ignores a second
 *   submission within a few seconds.
 *
 * Loaded with <script src defer> (no inline script: CSP script-src 'self').
 */
(function () {
	'use strict';

	if (!('querySelector' in document) || !('addEventListener' in window))
		return;

	/* ---- show-if ---- */

	function triggerMatches(form, qkey, value) {
		var inputs = form.querySelectorAll('input[name]'), found = false, i;

		for (i = 0; i < inputs.length; i++) {
			if (inputs[i].name !== qkey)
				continue;
			found = true;
			if (inputs[i].checked && inputs[i].value === value)
				return true;
		}
		/* trigger not on this page: the server already decided */
		return found ? false : null;
	}

	function applyShowIf(form) {
		var groups = form.querySelectorAll('[data-show-if-qkey]'), i, g, m;

		for (i = 0; i < groups.length; i++) {
			g = groups[i];
			/* a question the server flagged with an error is never hidden */
			if (g.classList.contains('govuk-form-group--error'))
				continue;
			m = triggerMatches(form, g.getAttribute('data-show-if-qkey'),
			    g.getAttribute('data-show-if-value') || '');
			if (m === null)
				continue;
			g.hidden = !m;
		}
	}

	/* ---- character count ---- */

	function charLength(s) {
		/* characters (code points), as the server counts them */
		return Array.from ? Array.from(s).length : s.length;
	}

	function countMessage(left) {
		if (left >= 0)
			return 'You have ' + left + (left === 1 ? ' character' : ' characters') + ' remaining';
		return 'You have ' + -left + (left === -1 ? ' character' : ' characters') + ' too many';
	}

	function setupCount(wrap) {
		var max = parseInt(wrap.getAttribute('data-maxlength'), 10);
		var area = wrap.querySelector('textarea');
		var hint = wrap.querySelector('.govuk-character-count__message');
		var shown, live, timer = null, initialError;

		if (!area || !hint || !(max > 0))
			return;
		initialError = area.classList.contains('govuk-textarea--error');

		/* The fixed limit stays as the textarea's description; a visible
		 * count replaces it on screen, and a polite live region speaks the
		 * count once typing pauses (not on every key). */
		hint.classList.add('govuk-visually-hidden');
		shown = document.createElement('div');
		shown.className = 'govuk-hint govuk-character-count__status';
		shown.setAttribute('aria-hidden', 'true');
		live = document.createElement('div');
		live.className = 'govuk-visually-hidden';
		live.setAttribute('aria-live', 'polite');
		hint.parentNode.insertBefore(shown, hint.nextSibling);
		hint.parentNode.insertBefore(live, shown.nextSibling);

		function update(announce) {
			var left = max - charLength(area.value), msg = countMessage(left);

			shown.textContent = msg;
			shown.classList.toggle('govuk-character-count__status--error', left < 0);
			shown.classList.toggle('govuk-hint', left >= 0);
			area.classList.toggle('govuk-textarea--error', left < 0 || initialError);
			if (announce) {
				if (timer !== null)
					clearTimeout(timer);
				timer = setTimeout(function () {
					live.textContent = msg;
					timer = null;
				}, 1000);
			}
		}

		area.addEventListener('input', function () { update(true); });
		update(false);
	}

	/* ---- error summary links ---- */

	function setupErrorSummary(summary) {
		summary.addEventListener('click', function (e) {
			var a = e.target.closest ? e.target.closest('a[href^="#"]') : null;
			var input, legend, fieldset, label;

			if (!a)
				return;
			input = document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)));
			if (!input)
				return;
			e.preventDefault();
			fieldset = input.closest('fieldset');
			legend = fieldset ? fieldset.querySelector('legend') : null;
			label = input.id ? document.querySelector('label[for="' + input.id + '"]') : null;
			(legend || label || input).scrollIntoView();
			input.focus({ preventScroll: true });
		});
	}

	/* ---- double submission ---- */

	function setupPreventDouble(form) {
		var busy = false;

		form.addEventListener('submit', function (e) {
			if (busy) {
				e.preventDefault();
				return;
			}
			busy = true;
			setTimeout(function () { busy = false; }, 5000);
		});
	}

	function init() {
		var forms = document.querySelectorAll('form.chorus-survey-form');
		var i, counts, summary;

		for (i = 0; i < forms.length; i++) {
			(function (form) {
				if (form.querySelector('[data-show-if-qkey]')) {
					applyShowIf(form);
					form.addEventListener('change', function () { applyShowIf(form); });
				}
				if (form.querySelector('[data-prevent-double-click]'))
					setupPreventDouble(form);
			})(forms[i]);
		}
		counts = document.querySelectorAll('.govuk-character-count[data-maxlength]');
		for (i = 0; i < counts.length; i++)
			setupCount(counts[i]);
		summary = document.querySelector('.govuk-error-summary');
		if (summary)
			setupErrorSummary(summary);
	}

	if (document.readyState === 'loading')
		document.addEventListener('DOMContentLoaded', init);
	else
		init();
})();
