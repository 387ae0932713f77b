'use strict';

/**
 * Server markup of a module page, built exactly like design 0003 §3 (steps) and §4 (quizzes),
 * for the quiz and player tests.
 */

/**
 * A single-answer quiz, as in design 0003 §4.
 *
 * @param {number} n Quiz number
 * @return {string} HTML
 */
function singleQuizHtml( n ) {
	return '<div class="trainings-quiz" id="quiz-' + n + '" data-trainings-quiz="' + n + '" data-trainings-quiz-type="single">\n' +
		'<fieldset><legend class="trainings-quiz-question">What should you find out before your first meeting?</legend>\n' +
		'<ul class="trainings-quiz-options">\n' +
		' <li><label><input type="radio" name="trainings-quiz-' + n + '" value="1"> How to word a contract.</label></li>\n' +
		' <li><label><input type="radio" name="trainings-quiz-' + n + '" value="2"> What the organisation needs this year.</label></li></ul></fieldset>\n' +
		'<details class="trainings-quiz-answers"><summary>Show the answers</summary><ul>\n' +
		' <li data-trainings-option="1" data-trainings-correct="0"><strong>Not right:</strong> How to word a contract.\n' +
		'   <div class="trainings-quiz-feedback">Too early: you do not know yet what they need.</div></li>\n' +
		' <li data-trainings-option="2" data-trainings-correct="1"><strong>Right:</strong> What the organisation needs this year.\n' +
		'   <div class="trainings-quiz-feedback">Right: a partnership starts from shared <a href="/wiki/Goal">goals</a>.</div></li></ul></details></div>';
}

/**
 * A multiple-answer quiz: options 1 and 3 are right, 2 is wrong; option 3 has no feedback.
 *
 * @param {number} n Quiz number
 * @return {string} HTML
 */
function multipleQuizHtml( n ) {
	return '<div class="trainings-quiz" id="quiz-' + n + '" data-trainings-quiz="' + n + '" data-trainings-quiz-type="multiple">\n' +
		'<fieldset><legend class="trainings-quiz-question">Which questions are open questions?</legend>\n' +
		'<ul class="trainings-quiz-options">\n' +
		' <li><label><input type="checkbox" name="trainings-quiz-' + n + '" value="1"> What do you need this year?</label></li>\n' +
		' <li><label><input type="checkbox" name="trainings-quiz-' + n + '" value="2"> Do you like Wikipedia?</label></li>\n' +
		' <li><label><input type="checkbox" name="trainings-quiz-' + n + '" value="3"> How do you decide?</label></li></ul></fieldset>\n' +
		'<details class="trainings-quiz-answers"><summary>Show the answers</summary><ul>\n' +
		' <li data-trainings-option="1" data-trainings-correct="1"><strong>Right:</strong> What do you need this year?\n' +
		'   <div class="trainings-quiz-feedback">It invites a long answer.</div></li>\n' +
		' <li data-trainings-option="2" data-trainings-correct="0"><strong>Not right:</strong> Do you like Wikipedia?\n' +
		'   <div class="trainings-quiz-feedback">Yes or no: a closed question.</div></li>\n' +
		' <li data-trainings-option="3" data-trainings-correct="1"><strong>Right:</strong> How do you decide?</li></ul></details></div>';
}

/**
 * A module with three steps: step 1 has a heading as MediaWiki 1.43 serves it (wrapper,
 * edit link), step 2 the cached form of design §3, step 3 a Translate source anchor and a
 * quiz; steps 1 and 3 hold quizzes.
 *
 * @return {string} HTML of the `.trainings-module`
 */
function moduleHtml() {
	return '<div class="trainings-module" data-trainings-steps="3" data-trainings-quizzes="2">\n' +
		'<div class="trainings-intro"><div class="mw-pt-languages" id="intro-languages">Languages</div>' +
		'<div class="trainings-meta" data-trainings-level="beginner" data-trainings-duration="30" data-trainings-status="published"' +
		' data-trainings-reviewed="2025-01-15" data-trainings-topics="partnerships communication">' +
		'<p class="trainings-meta-summary">Prepare, hold and follow up a first conversation.</p>' +
		'<dl class="trainings-meta-facts"><dt>Level</dt><dd>Beginner</dd><dt>Duration</dt><dd>30 minutes</dd></dl></div>\n' +
		'<p>Libraries, museums and universities can open their collections.</p></div>\n' +
		'<nav class="trainings-steplist" aria-labelledby="trainings-steplist-label"><p id="trainings-steplist-label">Steps</p>\n' +
		'<ol><li><a href="#step-1">Before the meeting</a></li><li><a href="#step-2">During the meeting</a></li>' +
		'<li><a href="#step-3">After the meeting</a></li></ol></nav>\n' +
		'<section class="trainings-step" id="step-1" data-trainings-step="1" aria-labelledby="Before_the_meeting">\n' +
		'<div class="mw-heading mw-heading2"><h2 id="Before_the_meeting" data-mw-anchor="Before_the_meeting">Before the meeting</h2>' +
		'<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?action=edit&amp;section=1">edit</a>' +
		'<span class="mw-editsection-bracket">]</span></span></div>\n' +
		'<p>Find out what the organisation does.</p>\n' + singleQuizHtml( 1 ) + '\n</section>\n' +
		'<section class="trainings-step" id="step-2" data-trainings-step="2" aria-labelledby="During_the_meeting">\n' +
		'<h2 data-mw-anchor="During_the_meeting">During the meeting</h2>\n' +
		'<p>Ask open questions. <input type="text" id="notes" aria-label="Notes"></p>\n</section>\n' +
		'<section class="trainings-step" id="step-3" data-trainings-step="3" aria-labelledby="After_the_meeting">\n' +
		'<p><span id="Après_la_réunion"></span></p>\n' +
		'<div class="mw-heading mw-heading2"><h2 id="After_the_meeting">After the meeting</h2></div>\n' +
		'<p>Write down <span id="what-they-said">what they said</span>.</p>\n' + multipleQuizHtml( 2 ) + '\n</section></div>';
}

/**
 * Parse HTML into an element attached to the test page (ids resolve, focus works).
 *
 * @param {string} html One root element
 * @param {string} [dir] `dir` of a wrapper, e.g. 'rtl'
 * @return {HTMLElement} The root element
 */
function attach( html, dir ) {
	const wrapper = document.createElement( 'div' );
	if ( dir ) {
		wrapper.setAttribute( 'dir', dir );
	}
	wrapper.innerHTML = html;
	( document.getElementById( 'qunit-fixture' ) || document.body ).appendChild( wrapper );
	return wrapper.firstElementChild;
}

/**
 * Remove what {@link attach} added.
 *
 * @param {HTMLElement} root
 */
function detach( root ) {
	if ( root && root.parentNode ) {
		root.parentNode.remove();
	}
}

/** Texts of the player and quiz, as in i18n/en.json. */
const messages = {
	'trainings-player-progress': 'Step $1 of $2',
	'trainings-player-progress-done': '{{PLURAL:$1|The step is|All $1 steps are}} done',
	'trainings-player-steps': 'All steps',
	'trainings-player-previous': 'Previous',
	'trainings-player-next': 'Next',
	'trainings-player-start': 'Start',
	'trainings-player-finish': 'Finish',
	'trainings-player-complete-heading': 'Module completed',
	'trainings-player-complete-text': 'Well done: you have reached the end of this module.',
	'trainings-player-next-module': 'Next module: $1',
	'trainings-player-catalog': 'Find more training modules',
	'trainings-quiz-check': 'Check',
	'trainings-quiz-try-again': 'Try again',
	'trainings-quiz-outcome-right': 'Right!',
	'trainings-quiz-outcome-partial': 'Partly right: choose all the right answers, and only those.',
	'trainings-quiz-outcome-wrong': 'Not right yet. Read the feedback and try again.',
	'trainings-quiz-outcome-empty': 'Choose an answer first.',
	'trainings-quiz-verdict-right': 'Right:',
	'trainings-quiz-verdict-wrong': 'Not right:'
};

module.exports = { singleQuizHtml, multipleQuizHtml, moduleHtml, attach, detach, messages };
