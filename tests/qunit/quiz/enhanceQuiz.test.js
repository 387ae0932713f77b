'use strict';

const { quiz } = require( 'ext.trainings.player' );
const { singleQuizHtml, multipleQuizHtml, attach, detach, messages } = require( '../player/fixture.js' );

const labels = {
	check: 'Check',
	tryAgain: 'Try again',
	right: 'Right!',
	partial: 'Partly right',
	wrong: 'Not right yet',
	empty: 'Choose an answer first.',
	verdictRight: 'Correct:',
	verdictWrong: 'Incorrect:'
};

QUnit.module( 'ext.trainings.player: quiz enhancement', QUnit.newMwEnvironment( {
	messages,
	beforeEach: function () {
		this.roots = [];
		this.attach = ( html ) => {
			const root = attach( html );
			this.roots.push( root );
			return root;
		};
		this.choose = ( root, ...values ) => {
			Array.prototype.forEach.call( root.querySelectorAll( 'input' ), ( input ) => {
				input.checked = values.includes( input.value );
			} );
		};
		this.check = ( root ) => root.querySelector( '.trainings-quiz-check' ).click();
		this.results = ( root ) => Array.prototype.map.call(
			root.querySelectorAll( '.trainings-quiz-result' ),
			( el ) => el.textContent.replace( /\s+/g, ' ' ).trim()
		);
	},
	afterEach: function () {
		this.roots.forEach( detach );
	}
} ) );

QUnit.test( 'reads the server markup', function ( assert ) {
	const single = quiz.readServerQuiz( this.attach( singleQuizHtml( 4 ) ) );
	assert.strictEqual( single.number, 4, 'number' );
	assert.strictEqual( single.type, 'single', 'type' );
	assert.deepEqual( single.options.map( ( o ) => [ o.value, o.correct ] ), [ [ '1', false ], [ '2', true ] ], 'options and right answers' );
	assert.strictEqual( single.options[ 0 ].verdict.textContent, 'Not right:', 'server verdict words' );
	assert.strictEqual( single.options[ 1 ].feedback.textContent, 'Right: a partnership starts from shared goals.', 'server feedback' );

	const multiple = quiz.readServerQuiz( this.attach( multipleQuizHtml( 5 ) ) );
	assert.strictEqual( multiple.type, 'multiple', 'multiple type' );
	assert.deepEqual( multiple.options.map( ( o ) => o.correct ), [ true, false, true ], 'two right answers' );
	assert.strictEqual( multiple.options[ 2 ].feedback, null, 'option without feedback' );

	const broken = this.attach( singleQuizHtml( 6 ).replace( 'data-trainings-option="2"', 'data-trainings-option="7"' ) );
	assert.strictEqual( quiz.readServerQuiz( broken ), null, 'an option without its answer: not checkable' );
	assert.strictEqual( quiz.enhanceQuiz( broken, labels ), null, 'not enhanced' );
	assert.false( broken.querySelector( 'details' ).hidden, 'the answers stay revealable' );
	const error = this.attach( '<div class="error trainings-error" role="note">Quiz error on line 2</div>' );
	assert.deepEqual( quiz.enhanceQuizzes( error.parentNode, labels ), [], 'an error box is not a quiz' );
} );

QUnit.test( 'hides the answers and adds a Check button', function ( assert ) {
	const root = this.attach( singleQuizHtml( 1 ) );
	const enhanced = quiz.enhanceQuizzes( root.parentNode, labels );
	assert.strictEqual( enhanced.length, 1, 'one quiz enhanced' );
	assert.true( root.querySelector( 'details.trainings-quiz-answers' ).hidden, 'answers hidden' );
	const button = root.querySelector( 'button.trainings-quiz-check' );
	assert.strictEqual( button.textContent, 'Check', 'Check button' );
	assert.strictEqual( button.type, 'button', 'does not submit anything' );
	assert.strictEqual( root.querySelector( '.trainings-quiz-status' ).getAttribute( 'role' ), 'status', 'status is a live region' );
	assert.deepEqual( quiz.enhanceQuizzes( root.parentNode, labels ), [], 'enhancing twice does nothing' );
	assert.strictEqual( root.querySelectorAll( 'button.trainings-quiz-check' ).length, 1, 'still one button' );
} );

QUnit.test( 'single answer: wrong, then right', function ( assert ) {
	const root = this.attach( singleQuizHtml( 1 ) );
	quiz.enhanceQuiz( root, labels );
	const status = root.querySelector( '.trainings-quiz-status' );
	const inputs = root.querySelectorAll( 'input' );
	const events = [];
	root.parentNode.addEventListener( quiz.QUIZ_CHECK_EVENT, ( e ) => events.push( e.detail ) );

	this.check( root );
	assert.strictEqual( status.textContent, 'Choose an answer first.', 'nothing chosen' );
	assert.deepEqual( this.results( root ), [], 'no feedback' );

	this.choose( root, '1' );
	this.check( root );
	assert.deepEqual( this.results( root ), [ 'Not right: Too early: you do not know yet what they need.' ], 'verdict in words and feedback of the chosen option' );
	const result = root.querySelector( '.trainings-quiz-result' );
	assert.true( result.classList.contains( 'trainings-quiz-result--wrong' ), 'wrong style' );
	assert.strictEqual( inputs[ 0 ].getAttribute( 'aria-describedby' ), result.id, 'feedback describes the input' );
	assert.strictEqual( result.id, 'quiz-1-result-1', 'id from the quiz id' );
	assert.strictEqual( inputs[ 0 ].closest( 'li' ), result.parentNode, 'feedback beside the option' );
	assert.strictEqual( status.textContent, 'Not right yet', 'status' );
	assert.strictEqual( root.getAttribute( 'data-trainings-quiz-outcome' ), 'wrong', 'outcome on the quiz' );
	assert.false( root.querySelector( '.trainings-quiz-retry' ).hidden, 'Try again shown' );

	this.choose( root, '2' );
	root.dispatchEvent( new Event( 'change', { bubbles: true } ) );
	assert.deepEqual( this.results( root ), [], 'changing the answer clears the stale feedback' );
	assert.false( inputs[ 0 ].hasAttribute( 'aria-describedby' ), 'and its description' );
	assert.strictEqual( status.textContent, '', 'and the status' );

	this.check( root );
	assert.deepEqual( this.results( root ), [ 'Right: Right: a partnership starts from shared goals.' ], 'right verdict and feedback' );
	assert.strictEqual( root.querySelector( '.trainings-quiz-result a' ).getAttribute( 'href' ), '/wiki/Goal', 'feedback keeps its links' );
	assert.strictEqual( status.textContent, 'Right!', 'status' );
	assert.true( root.querySelector( '.trainings-quiz-retry' ).hidden, 'no Try again when right' );
	assert.deepEqual( events, [
		{ quiz: 1, outcome: 'empty', options: [] },
		{ quiz: 1, outcome: 'wrong', options: [ 1 ] },
		{ quiz: 1, outcome: 'right', options: [ 2 ] }
	], 'an event per check, with the options chosen' );
} );

QUnit.test( 'multiple answers: partial, wrong, right, try again', function ( assert ) {
	const root = this.attach( multipleQuizHtml( 2 ) );
	const enhanced = quiz.enhanceQuiz( root, labels );
	const status = root.querySelector( '.trainings-quiz-status' );

	this.choose( root, '1' );
	assert.strictEqual( enhanced.check().outcome, 'partial', 'one of two right ones' );
	assert.strictEqual( status.textContent, 'Partly right', 'partial status' );
	assert.deepEqual( this.results( root ), [ 'Right: It invites a long answer.' ], 'the chosen option is right' );

	this.choose( root, '1', '2', '3' );
	this.check( root );
	assert.strictEqual( status.textContent, 'Not right yet', 'a wrong one among them' );
	assert.deepEqual( this.results( root ), [
		'Right: It invites a long answer.',
		'Not right: Yes or no: a closed question.',
		'Right:'
	], 'verdict per chosen option; an option without feedback gets its verdict' );

	root.querySelector( '.trainings-quiz-retry' ).click();
	assert.deepEqual( this.results( root ), [], 'Try again clears the feedback' );
	assert.strictEqual( root.querySelectorAll( 'input:checked' ).length, 0, 'and the choices' );
	assert.strictEqual( document.activeElement, root.querySelector( 'input' ), 'focus on the first option' );

	this.choose( root, '3', '1' );
	this.check( root );
	assert.strictEqual( status.textContent, 'Right!', 'all the right ones' );

	enhanced.destroy();
	assert.strictEqual( root.querySelector( '.trainings-quiz-check' ), null, 'destroy removes the button' );
	assert.false( root.querySelector( 'details' ).hidden, 'and shows the answers again' );
	assert.deepEqual( this.results( root ), [], 'and the feedback' );
} );

QUnit.test( 'falls back to its own verdict words', function ( assert ) {
	const root = this.attach( singleQuizHtml( 3 ).replace( /<strong>[^<]*<\/strong>/g, '' ) );
	quiz.enhanceQuiz( root, labels );
	this.choose( root, '1' );
	this.check( root );
	assert.deepEqual( this.results( root ), [ 'Incorrect: Too early: you do not know yet what they need.' ] );
} );
