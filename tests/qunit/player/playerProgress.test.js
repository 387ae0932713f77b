'use strict';

const { createMwEnvironment, mountPlayer, playerProgress, progress, quiz, quizLabels, readServerModule } = require( 'ext.trainings.player' );
const { moduleHtml, attach, detach, messages } = require( './fixture.js' );
const { fakeStorage } = require( '../progress/BrowserProgressStore.test.js' );

const KEY = { module: 'How_to_talk_to_partners', language: 'en' };

/**
 * @return {Promise} Resolves once Vue rendered and promises settled
 */
function settle() {
	return new Promise( ( resolve ) => {
		setTimeout( resolve );
	} );
}

/**
 * A stand-in for the page address.
 *
 * @param {string} hash Initial fragment
 * @return {Object}
 */
function fakeHost( hash ) {
	const listeners = [];
	const host = {
		hash: hash || '',
		getHash: () => host.hash,
		replaceHash( h ) {
			host.hash = h;
		},
		listen( fn ) {
			listeners.push( fn );
			return () => listeners.splice( listeners.indexOf( fn ), 1 );
		}
	};
	return host;
}

const progressMessages = Object.assign( {}, messages, {
	parentheses: '($1)',
	'trainings-player-resume-text': 'Welcome back. You stopped at step $1 of $2: $3.',
	'trainings-player-resume-completed': 'You have completed this module. You can go through it again at any time.',
	'trainings-player-continue': 'Continue where you left off',
	'trainings-player-restart': 'Start from the beginning',
	'trainings-player-step-done': 'done',
	'trainings-player-incomplete-heading': 'You reached the end of the module',
	'trainings-player-incomplete-text': 'The module counts as completed once you have read every step and answered every quiz right. Still to do:',
	'trainings-player-todo-intro': 'Introduction',
	'trainings-player-todo-unseen': 'not read yet',
	'trainings-player-todo-quizzes': '{{PLURAL:$1|a quiz|$1 quizzes}} to answer right',
	'trainings-player-todo-unseen-quizzes': 'not read yet, {{PLURAL:$1|a quiz|$1 quizzes}} to answer right'
} );

QUnit.module( 'ext.trainings.player: progress in the player', QUnit.newMwEnvironment( {
	messages: progressMessages,
	beforeEach: function () {
		this.storage = fakeStorage();
		this.mount = async ( hash, html ) => {
			if ( this.app ) {
				this.app.unmount();
				detach( this.root );
			}
			this.root = attach( html || moduleHtml() );
			this.host = fakeHost( hash );
			this.store = progress.createBrowserProgressStore( this.storage );
			this.app = mountPlayer( this.root, createMwEnvironment( mw ), {
				host: this.host,
				progress: { store: this.store, key: KEY }
			} );
			quiz.enhanceQuizzes( this.root, quizLabels( createMwEnvironment( mw ) ) );
			await settle();
		};
		this.$ = ( selector ) => this.root.querySelector( selector );
		this.click = async ( selector ) => {
			const el = this.$( selector );
			if ( !el ) {
				throw new Error( 'No ' + selector );
			}
			el.click();
			await settle();
		};
		this.answer = async ( n, value ) => {
			this.$( '#quiz-' + n + ' input[value="' + value + '"]' ).checked = true;
			await this.click( '#quiz-' + n + ' .trainings-quiz-check' );
		};
		this.visibleSteps = () => Array.prototype.filter.call(
			this.root.querySelectorAll( 'section.trainings-step' ), ( s ) => !s.hidden
		).map( ( s ) => s.id );
		this.doneInList = () => Array.prototype.filter.call(
			this.root.querySelectorAll( '.trainings-steplist li' ),
			( li ) => li.classList.contains( 'trainings-steplist-item--done' )
		).map( ( li ) => li.querySelector( 'a' ).getAttribute( 'href' ) );
		this.saved = () => this.store.get( KEY );
	},
	afterEach: function () {
		if ( this.app ) {
			this.app.unmount();
		}
		detach( this.root );
	}
} ) );

QUnit.test( 'records the steps reached and the quizzes answered', async function ( assert ) {
	await this.mount();
	assert.strictEqual( await this.saved(), null, 'opening the introduction records nothing' );
	await this.click( '.trainings-player-start' );
	await this.answer( 1, '1' );
	await this.click( '.trainings-player-next' );
	const saved = await this.saved();
	assert.strictEqual( saved.step, 2, 'step reached' );
	assert.deepEqual( saved.seen, [ 1, 2 ], 'steps seen' );
	assert.deepEqual( saved.quizzes, [ 1, 2 ], 'the module\'s quizzes' );
	assert.deepEqual( saved.answers, { 1: { first: 'wrong', last: 'wrong', attempts: 1, passed: false, firstOptions: [ 1 ], lastOptions: [ 1 ] } },
		'a wrong answer is an answer, with the option chosen' );
	assert.strictEqual( saved.steps, 3, 'step count' );
	assert.deepEqual( this.doneInList(), [ '#step-2' ], 'done steps marked in the step list (step 1 waits for a right answer)' );
	const mark = this.$( '.trainings-steplist li .trainings-steplist-done' );
	assert.strictEqual( mark.textContent.trim(), '✓ done', 'in words, not only colour' );
	assert.strictEqual( mark.querySelector( '[aria-hidden="true"]' ).textContent, '✓', 'the check mark is decoration' );

	this.$( '#quiz-2 input[value="1"]' ).checked = false;
	await this.click( '.trainings-player-next' );
	await this.click( '#quiz-2 .trainings-quiz-check' );
	assert.strictEqual( ( await this.saved() ).answers[ 2 ], undefined, 'checking nothing is no answer' );
	assert.deepEqual( this.doneInList(), [ '#step-2' ], 'step 3 is not done while its quiz is open' );
} );

QUnit.test( 'a returning learner chooses to continue or start from the beginning', async function ( assert ) {
	await this.mount( '#step-2' );
	await this.mount();
	assert.false( this.$( '.trainings-intro' ).hidden, 'the introduction, not a jump' );
	const resume = this.$( '.trainings-player-resume' );
	assert.strictEqual( resume.querySelector( 'p' ).textContent.trim(), 'Welcome back. You stopped at step 2 of 3: During the meeting.', 'where they stopped' );
	assert.strictEqual( this.root.firstElementChild.contains( resume ), true, 'at the top of the module' );
	await this.click( '.trainings-player-continue' );
	assert.deepEqual( this.visibleSteps(), [ 'step-2' ], 'continue: step 2' );
	assert.strictEqual( this.host.hash, '#step-2', 'address' );
	assert.strictEqual( this.$( '.trainings-player-resume' ), null, 'choice gone' );
	await this.click( '.trainings-player-previous' );
	await this.click( '.trainings-player-previous' );
	assert.false( this.$( '.trainings-intro' ).hidden, 'back on the introduction' );
	assert.strictEqual( this.$( '.trainings-player-resume' ), null, 'no "welcome back" within the visit' );

	await this.mount();
	await this.click( '.trainings-player-restart' );
	assert.deepEqual( this.visibleSteps(), [ 'step-1' ], 'start from the beginning: step 1' );
	assert.deepEqual( ( await this.saved() ).seen, [ 1, 2 ], 'nothing erased' );

	await this.mount( '#step-3' );
	assert.deepEqual( this.visibleSteps(), [ 'step-3' ], 'a step in the address wins' );
	assert.strictEqual( this.$( '.trainings-player-resume' ), null, 'no choice then' );
} );

QUnit.test( 'finishing with something left lists it; completing shows completion', async function ( assert ) {
	await this.mount( '#step-3' );
	await this.click( '.trainings-player-finish' );
	assert.strictEqual( this.$( '.trainings-player-complete h2' ).textContent.trim(), 'You reached the end of the module', 'not completed yet' );
	const items = Array.prototype.map.call( this.root.querySelectorAll( '.trainings-player-todo li' ), ( li ) => li.textContent.replace( /\s+/g, ' ' ).trim() );
	assert.deepEqual( items, [
		'Before the meeting (not read yet, a quiz to answer right)',
		'During the meeting (not read yet)',
		'After the meeting (a quiz to answer right)'
	], 'what is left, step by step' );
	await this.click( '.trainings-player-todo a[href="#step-1"]' );
	assert.deepEqual( this.visibleSteps(), [ 'step-1' ], 'a link goes to the step' );
	await this.answer( 1, '2' );
	await this.click( '.trainings-player-next' );
	await this.click( '.trainings-player-next' );
	await this.answer( 2, '1' );
	assert.strictEqual( ( await this.saved() ).completed, 0, 'a partly right answer does not complete the module' );
	await this.answer( 2, '3' );
	assert.true( ( await this.saved() ).completed > 0, 'completed by the rule after a right retry, before Finish' );
	assert.deepEqual( ( await this.saved() ).answers[ 2 ], {
		first: 'partial', last: 'right', attempts: 2, passed: true,
		firstOptions: [ 1 ], lastOptions: [ 1, 3 ], passedOptions: [ 1, 3 ]
	}, 'the first try stays partly right; each outcome kept with the options chosen (the server checks them)' );
	await this.click( '.trainings-player-finish' );
	assert.strictEqual( this.$( '.trainings-player-complete h2' ).textContent.trim(), 'Module completed', 'completion view' );
	assert.strictEqual( this.$( '.trainings-player-todo' ), null, 'nothing left' );
	assert.deepEqual( this.doneInList(), [ '#step-1', '#step-2', '#step-3' ], 'every step done' );

	await this.mount();
	assert.strictEqual( this.$( '.trainings-player-resume' ).textContent.replace( /\s+/g, ' ' ).trim(),
		'✓ You have completed this module. You can go through it again at any time.', 'completion shown on return' );
	assert.strictEqual( this.$( '.trainings-player-continue' ), null, 'nothing to continue' );
	assert.deepEqual( this.doneInList(), [ '#step-1', '#step-2', '#step-3' ], 'step list marked' );
	this.app.unmount();
	this.app = null;
	assert.deepEqual( this.doneInList(), [], 'unmounting removes the marks' );
	assert.strictEqual( this.$( '.trainings-steplist-done' ), null, 'and their words' );
} );

QUnit.test( 'a failing store does not break the player', async function ( assert ) {
	const failing = {
		get: () => Promise.reject( new Error( 'offline' ) ),
		list: () => Promise.reject( new Error( 'offline' ) ),
		record: () => Promise.reject( new Error( 'offline' ) ),
		reset: () => Promise.reject( new Error( 'offline' ) )
	};
	const logged = [];
	// Logged here, not to the console (where the in-wiki run would count them as problems).
	const env = Object.assign( createMwEnvironment( mw ), {
		logError: ( error, topic ) => logged.push( [ topic, error.message ] )
	} );
	this.root = attach( moduleHtml() );
	this.app = mountPlayer( this.root, env, {
		host: fakeHost( '' ),
		progress: { store: failing, key: KEY }
	} );
	await settle();
	await this.click( '.trainings-player-start' );
	await this.click( '.trainings-player-next' );
	assert.deepEqual( this.visibleSteps(), [ 'step-2' ], 'still works' );
	assert.deepEqual( this.doneInList(), [ '#step-2' ], 'marks from this visit (step 1 has an open quiz)' );
	assert.deepEqual( logged[ 0 ], [ 'error.trainings', 'offline' ], 'errors logged' );
} );

QUnit.test( 'stepsToDo, doneSteps and resumeStep', ( assert ) => {
	const quizzes = [ { number: 1, step: 1 }, { number: 2, step: 3 } ];
	const p = progress.applyUpdate( null, KEY, { steps: 3, quizzes: [ 1, 2 ], step: 1 }, 1 );
	assert.deepEqual( playerProgress.stepsToDo( p, 3, quizzes ), [
		{ step: 1, unseen: false, quizzes: 1 },
		{ step: 2, unseen: true, quizzes: 0 },
		{ step: 3, unseen: true, quizzes: 1 }
	], 'to do' );
	assert.deepEqual( playerProgress.doneSteps( p, 3, quizzes ), [], 'step 1 seen but its quiz is open' );
	assert.strictEqual( playerProgress.resumeStep( p, 3 ), 1, 'resume at step 1' );
	assert.strictEqual( playerProgress.resumeStep( null, 3 ), 0, 'nothing to resume' );
	assert.strictEqual( playerProgress.resumeStep( Object.assign( {}, p, { step: 5 } ), 3 ), 3, 'clamped to the steps' );
	assert.strictEqual( playerProgress.resumeStep( Object.assign( {}, p, { completed: 1 } ), 3 ), 0, 'completed: nothing to resume' );
} );

QUnit.test( 'a record made in another layout shows the same steps (design 0019)', async function ( assert ) {
	const ids = { 1: 'before', 2: 'during', 3: 'after' };
	const html = moduleHtml().replace( /data-trainings-step="(\d)"/g,
		( all, n ) => all + ' data-trainings-step-id="' + ids[ n ] + '"' );
	// Read in a layout without "During the meeting": steps 1 and 2 seen, quiz 2 right.
	this.storage.data[ progress.STORAGE_KEY ] = JSON.stringify( { version: 2, records: [ {
		module: KEY.module, language: 'en', layout: 'before|after;before:1|after:1', steps: 2, quizzes: [ 1, 2 ],
		step: 2, seen: [ 1, 2 ], answers: { 2: { first: 'right', last: 'right', attempts: 1, passed: true } },
		completed: 0, updated: 5
	} ] } );
	await this.mount( '', html );
	assert.strictEqual( playerProgress.moduleLayout( readServerModule( this.root ) ), 'before|during|after;before:1|after:1', 'the layout shown' );
	assert.strictEqual( this.$( '.trainings-player-resume p' ).textContent.trim(),
		'Welcome back. You stopped at step 3 of 3: After the meeting.', 'the same step, now the third' );
	assert.deepEqual( this.doneInList(), [ '#step-3' ], 'the step done is the same; the new one is not' );
	await this.click( '.trainings-player-continue' );
	const saved = await this.saved();
	assert.deepEqual( [ saved.layout, saved.seen ], [ 'before|during|after;before:1|after:1', [ 1, 3 ] ], 'written in the layout shown' );
} );
