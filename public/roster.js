/*
 * Roster import: with JavaScript, a file chooser that reads the chosen
 * CSV into the text box (without it, people paste the file's text). The
 * form still posts the text, so the server sees the same thing either way.
 */
(function () {
	'use strict';
	var group = document.querySelector('.chorus-roster-file');
	var input = document.getElementById('roster-file');
	var text = document.getElementById('roster');
	if (!group || !input || !text || !window.FileReader) return;
	group.hidden = false;
	input.addEventListener('change', function () {
		var file = input.files && input.files[0];
		if (!file) return;
		var reader = new FileReader();
		reader.onload = function () {
			text.value = String(reader.result);
			text.focus();
		};
		reader.readAsText(file, 'utf-8');
	});
}());
