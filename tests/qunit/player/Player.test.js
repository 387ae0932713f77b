'use strict';

const { createMwEnvironment, mountPlayer, quiz, quizLabels } = require( 'ext.trainings.player' );
const { moduleHtml, attach, detach, messages } = require( './fixture.js' );

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
		replaced: [],
		getHash: () => host.hash,
		replaceHash( h ) {
			host.hash = h;
			host.replaced.push( h );
		},
		listen( fn ) {
			listeners.push( fn );
			return () => listeners.splice( listeners.indexOf( fn ), 1 );
		},
		// Like following a link to #id: the address changes, then `hashchange`.
		navigate( h ) {
			host.hash = h;
			listeners.slice().forEach( ( fn ) => fn() );
		},
		listeners
	};
	return host;
}

/**
 * Lets Vue render and promises settle.
 *
 * @return {Promise}
 */
function settle() {
	return new Promise( ( resolve ) => {
		setTimeout( resolve );
	} );
}

QUnit.module( 'ext.trainings.player: Player', QUnit.newMwEnvironment( {
	messages,
	beforeEach: function () {
		this.mount = ( options ) => {
			const opts = Object.assign( { hash: '' }, options );
			this.root = attach( opts.html || moduleHtml(), opts.dir );
			this.host = fakeHost( opts.hash );
			this.completed = 0;
			this.app = mountPlayer( this.root, createMwEnvironment( mw ), {
				host: this.host,
				catalogUrl: '/wiki/Special:Trainings',
				findNextModule: opts.findNextModule,
				onComplete: () => this.completed++
			} );
			return this.app;
		};
		this.$ = ( selector ) => this.root.querySelector( selector );
		this.click = async ( selector ) => {
			const button = this.$( selector );
			if ( !button ) {
				throw new Error( 'No ' + selector );
			}
			button.click();
			await settle();
		};
		this.key = async ( key, target ) => {
			( target || document.body ).dispatchEvent( new KeyboardEvent( 'keydown', { key, bubbles: true, cancelable: true } ) );
			await settle();
		};
		this.visibleSteps = () => Array.prototype.filter.call(
			this.root.querySelectorAll( 'section.trainings-step' ),
			( section ) => !section.hidden
		).map( ( section ) => section.id );
		this.progress = () => {
			const bar = this.$( '[role="progressbar"]' );
			return bar && {
				now: bar.getAttribute( 'aria-valuenow' ),
				min: bar.getAttribute( 'aria-valuemin' ),
				max: bar.getAttribute( 'aria-valuemax' ),
				text: bar.getAttribute( 'aria-valuetext' ),
				label: document.getElementById( bar.getAttribute( 'aria-labelledby' ) ).textContent
			};
		};
		this.heading = ( n ) => this.$( '#step-' + n + ' h2' );
	},
	afterEach: function () {
		if ( this.app ) {
			this.app.unmount();
		}
		detach( this.root );
	}
} ) );

QUnit.test( 'starts on the introduction', function ( assert ) {
	this.mount();
	assert.true( this.root.classList.contains( 'trainings-module--player' ), 'marked as played' );
	assert.false( this.$( '.trainings-intro' ).hidden, 'introduction shown' );
	assert.false( this.$( '.trainings-steplist' ).hidden, 'step list shown' );
	assert.deepEqual( this.visibleSteps(), [], 'steps hidden' );
	assert.strictEqual( this.progress(), null, 'no progress bar yet' );
	assert.strictEqual( this.$( '.trainings-player-start' ).textContent.trim(), 'Start', 'Start button' );
	assert.strictEqual( this.$( '.trainings-player-previous' ), null, 'no Previous' );
	assert.strictEqual( this.$( '.trainings-intro' ).nextElementSibling, this.$( '.trainings-steplist' ), 'server markup stays in place' );
	assert.strictEqual( this.heading( 1 ).getAttribute( 'tabindex' ), '-1', 'step headings can take focus' );
} );

QUnit.test( 'next and previous, with focus, address and progress', async function ( assert ) {
	this.mount();
	await this.click( '.trainings-player-start' );
	assert.deepEqual( this.visibleSteps(), [ 'step-1' ], 'step 1 shown' );
	assert.true( this.$( '.trainings-intro' ).hidden, 'introduction hidden' );
	assert.true( this.$( '.trainings-steplist' ).hidden, 'step list folded away' );
	assert.strictEqual( document.activeElement, this.heading( 1 ), 'focus on the step heading' );
	assert.strictEqual( this.host.hash, '#step-1', 'address updated' );
	assert.deepEqual( this.progress(), { now: '1', min: '0', max: '3', text: 'Step 1 of 3', label: 'Step 1 of 3' }, 'progress bar' );
	assert.strictEqual( this.$( '.trainings-player-progress__bar' ).style.width, '33%', 'bar width' );
	assert.strictEqual( this.$( 'a[href="#step-1"]' ).getAttribute( 'aria-current' ), 'step', 'current step marked in the list' );

	await this.click( '.trainings-player-next' );
	assert.deepEqual( this.visibleSteps(), [ 'step-2' ], 'step 2 shown' );
	assert.strictEqual( document.activeElement, this.heading( 2 ), 'focus on a heading without wrapper too' );
	assert.deepEqual( this.progress().now, '2', 'progress 2' );
	assert.strictEqual( this.progress().label, 'Step 2 of 3', 'label' );
	assert.false( this.$( 'a[href="#step-1"]' ).hasAttribute( 'aria-current' ), 'previous step unmarked' );
	assert.strictEqual( this.$( 'a[href="#step-2"]' ).getAttribute( 'aria-current' ), 'step', 'step 2 marked' );

	await this.click( '.trainings-player-previous' );
	assert.deepEqual( this.visibleSteps(), [ 'step-1' ], 'back to step 1' );
	assert.strictEqual( this.host.hash, '#step-1', 'address' );

	await this.click( '.trainings-player-previous' );
	assert.false( this.$( '.trainings-intro' ).hidden, 'back to the introduction' );
	assert.strictEqual( this.host.hash, '', 'no fragment for the introduction' );
	assert.strictEqual( document.activeElement, this.$( '.trainings-intro' ), 'focus on the introduction' );
	assert.deepEqual( this.host.replaced, [ '#step-1', '#step-2', '#step-1', '' ], 'the address is replaced, not pushed' );
} );

QUnit.test( 'finishing shows the completion view', async function ( assert ) {
	this.mount( { hash: '#step-3', findNextModule: () => Promise.resolve( { title: 'How to start a partnership', url: '/wiki/Training:Next' } ) } );
	assert.deepEqual( this.visibleSteps(), [ 'step-3' ], 'deep link to the last step' );
	assert.strictEqual( this.$( '.trainings-player-next' ), null, 'no Next on the last step' );
	assert.strictEqual( this.$( '.trainings-player-finish' ).textContent.trim(), 'Finish', 'Finish button' );

	await this.click( '.trainings-player-finish' );
	assert.deepEqual( this.visibleSteps(), [], 'steps hidden' );
	const heading = this.$( '.trainings-player-complete h2' );
	assert.strictEqual( heading.textContent.trim(), 'Module completed', 'completion view' );
	assert.strictEqual( document.activeElement, heading, 'focus on its heading' );
	assert.strictEqual( this.$( '.trainings-player-complete a[href="/wiki/Special:Trainings"]' ).textContent, 'Find more training modules', 'link to the catalog' );
	assert.strictEqual( this.$( '.trainings-player-complete a[href="/wiki/Training:Next"]' ).textContent, 'Next module: How to start a partnership', 'link to the next module' );
	assert.deepEqual( this.progress(), { now: '3', min: '0', max: '3', text: 'All 3 steps are done', label: 'All 3 steps are done' }, 'full progress' );
	assert.strictEqual( this.completed, 1, 'completion reported' );

	await this.click( '.trainings-player-previous' );
	assert.deepEqual( this.visibleSteps(), [ 'step-3' ], 'back to the last step' );
	assert.strictEqual( this.$( '.trainings-player-complete' ), null, 'completion view gone' );
} );

QUnit.test( 'deep links open the step holding any fragment', function ( assert ) {
	this.mount( { hash: '#step-2' } );
	assert.deepEqual( this.visibleSteps(), [ 'step-2' ], '#step-2' );
	assert.deepEqual( this.progress().now, '2', 'progress' );
	assert.notStrictEqual( document.activeElement, this.heading( 2 ), 'loading the page does not move focus' );
	this.app.unmount();
	detach( this.root );

	this.mount( { hash: '#quiz-2' } );
	assert.deepEqual( this.visibleSteps(), [ 'step-3' ], 'a quiz id' );
	this.app.unmount();
	detach( this.root );

	this.mount( { hash: '#Apr%C3%A8s_la_r%C3%A9union' } );
	assert.deepEqual( this.visibleSteps(), [ 'step-3' ], 'a percent-encoded source anchor' );
	this.app.unmount();
	detach( this.root );

	this.mount( { hash: '#Before_the_meeting' } );
	assert.deepEqual( this.visibleSteps(), [ 'step-1' ], 'a heading anchor' );
	this.app.unmount();
	detach( this.root );

	this.mount( { hash: '#step-9' } );
	assert.false( this.$( '.trainings-intro' ).hidden, 'a step that does not exist: the introduction' );
	this.app.unmount();
	detach( this.root );

	this.mount( { hash: '#qunit' } );
	assert.false( this.$( '.trainings-intro' ).hidden, 'an element outside the module: the introduction' );
} );

QUnit.test( 'stable links name a step by its id (design 0019)', async function ( assert ) {
	// The server's markup once steps have ids: an id per section, a marker inside the step.
	const html = moduleHtml()
		.replace( 'data-trainings-step="1"', 'data-trainings-step="1" data-trainings-step-id="before-the-meeting"' )
		.replace( 'data-trainings-step="3" aria-labelledby="After_the_meeting">\n',
			'data-trainings-step="3" data-trainings-step-id="after-the-meeting" aria-labelledby="After_the_meeting">\n' +
			'<p><span class="trainings-stepmarker" id="step-after-the-meeting" data-trainings-step-id="after-the-meeting"></span></p>\n' );
	this.mount( { html, hash: '#step-after-the-meeting' } );
	assert.deepEqual( this.visibleSteps(), [ 'step-3' ], 'opens the step with that id' );
	this.host.navigate( '#step-before-the-meeting' );
	await settle();
	assert.deepEqual( this.visibleSteps(), [ 'step-1' ], 'an id without marker element: the section says it' );
	this.host.navigate( '#step-2' );
	await settle();
	assert.deepEqual( this.visibleSteps(), [ 'step-2' ], 'numbered links keep working' );
	await this.click( '.trainings-player-next' );
	assert.strictEqual( this.host.hash, '#step-after-the-meeting', 'the address names the id' );
	await this.click( '.trainings-player-previous' );
	assert.strictEqual( this.host.hash, '#step-2', 'a step without id keeps its number' );
} );

QUnit.test( 'follows the address when it changes', async function ( assert ) {
	this.mount();
	this.host.navigate( '#step-2' );
	await settle();
	assert.deepEqual( this.visibleSteps(), [ 'step-2' ], 'link to a step' );
	assert.strictEqual( document.activeElement, this.heading( 2 ), 'focus on its heading' );
	assert.deepEqual( this.host.replaced, [], 'address left alone' );

	this.host.navigate( '#what-they-said' );
	await settle();
	assert.deepEqual( this.visibleSteps(), [ 'step-3' ], 'link to an element inside a step' );

	this.host.navigate( '#mw-head' );
	await settle();
	assert.deepEqual( this.visibleSteps(), [ 'step-3' ], 'a fragment outside the module changes nothing' );

	await this.click( '.trainings-player-finish' );
	this.host.navigate( '#step-1' );
	await settle();
	assert.deepEqual( this.visibleSteps(), [ 'step-1' ], 'from the completion view too' );
	assert.strictEqual( this.$( '.trainings-player-complete' ), null, 'completion view left' );
} );

QUnit.test( 'the step list opens and closes while in a step', async function ( assert ) {
	this.mount( { hash: '#step-1' } );
	const list = this.$( '.trainings-steplist' );
	const toggle = this.$( '.trainings-player-steps-toggle' );
	assert.true( list.hidden, 'folded away' );
	assert.strictEqual( toggle.getAttribute( 'aria-expanded' ), 'false', 'collapsed' );
	assert.strictEqual( toggle.getAttribute( 'aria-controls' ), list.id, 'controls the list' );
	await this.click( '.trainings-player-steps-toggle' );
	assert.false( list.hidden, 'opened' );
	assert.strictEqual( toggle.getAttribute( 'aria-expanded' ), 'true', 'expanded' );
	this.host.navigate( '#step-3' );
	await settle();
	assert.true( list.hidden, 'choosing a step closes it' );
	assert.deepEqual( this.visibleSteps(), [ 'step-3' ], 'and shows the step' );
} );

QUnit.test( 'arrow keys move between steps, except where they have another use', async function ( assert ) {
	this.mount();
	await this.key( 'ArrowRight' );
	assert.deepEqual( this.visibleSteps(), [ 'step-1' ], 'right arrow starts' );
	await this.key( 'ArrowRight' );
	assert.deepEqual( this.visibleSteps(), [ 'step-2' ], 'right arrow: next' );
	assert.strictEqual( this.host.hash, '#step-2', 'address updated' );
	assert.strictEqual( document.activeElement, this.heading( 2 ), 'focus on the heading' );
	await this.key( 'ArrowLeft' );
	assert.deepEqual( this.visibleSteps(), [ 'step-1' ], 'left arrow: previous' );

	const radio = this.$( '#quiz-1 input' );
	await this.key( 'ArrowRight', radio );
	assert.deepEqual( this.visibleSteps(), [ 'step-1' ], 'not from a radio button' );
	await this.click( '.trainings-player-next' );
	await this.key( 'ArrowRight', this.$( '#notes' ) );
	assert.deepEqual( this.visibleSteps(), [ 'step-2' ], 'not from a text field' );
	await this.key( 'PageDown' );
	assert.deepEqual( this.visibleSteps(), [ 'step-2' ], 'page down scrolls, as always' );
	await this.key( 'ArrowRight' );
	await this.key( 'ArrowRight' );
	assert.deepEqual( this.visibleSteps(), [ 'step-3' ], 'the last step does not complete by key' );
} );

QUnit.test( 'arrow keys follow the text direction', async function ( assert ) {
	this.mount( { dir: 'rtl', hash: '#step-2' } );
	await this.key( 'ArrowLeft' );
	assert.deepEqual( this.visibleSteps(), [ 'step-3' ], 'left arrow: next in right-to-left text' );
	await this.key( 'ArrowRight' );
	assert.deepEqual( this.visibleSteps(), [ 'step-2' ], 'right arrow: previous' );
} );

QUnit.test( 'quizzes inside steps are checkable', async function ( assert ) {
	this.mount( { hash: '#step-1' } );
	quiz.enhanceQuizzes( this.root, quizLabels( createMwEnvironment( mw ) ) );
	const root = this.$( '#quiz-1' );
	root.querySelector( 'input[value="2"]' ).checked = true;
	await this.click( '#quiz-1 .trainings-quiz-check' );
	assert.strictEqual( root.querySelector( '.trainings-quiz-status' ).textContent, 'Right!', 'message text' );
	assert.strictEqual( root.querySelector( '.trainings-quiz-check' ).textContent, 'Check', 'button text' );
} );

QUnit.test( 'unmounting gives the long form back; no steps, no player', function ( assert ) {
	this.mount( { hash: '#step-2' } );
	this.app.unmount();
	this.app = null;
	assert.deepEqual( this.visibleSteps(), [ 'step-1', 'step-2', 'step-3' ], 'all steps shown' );
	assert.false( this.$( '.trainings-intro' ).hidden, 'introduction shown' );
	assert.false( this.$( 'a[href="#step-2"]' ).hasAttribute( 'aria-current' ), 'no current step' );
	assert.strictEqual( this.host.listeners.length, 0, 'stopped listening' );
	detach( this.root );

	this.mount( { html: '<div class="trainings-module"><div class="trainings-intro"><p>Only an introduction.</p></div></div>' } );
	assert.strictEqual( this.app, null, 'nothing mounted' );
	assert.strictEqual( this.root.children.length, 1, 'markup untouched' );
} );
