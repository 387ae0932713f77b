'use strict';

const { nextTick } = require( 'vue' );
const {
	continueHref, continueItems, createLearnerProgressStore, createMwEnvironment, mountCatalog,
	progressByModule
} = require( 'ext.trainings.catalog' );
const { fakeApi, response } = require( './fakeApi.js' );

const PAGE = 'https://trainings.test/w/index.php?title=Special:Trainings';

/**
 * @param {string} module DB key
 * @param {Object} fields Other fields of the record
 * @return {Object} A progress record
 */
function record( module, fields ) {
	return Object.assign( {
		module, language: 'en', steps: 4, quizzes: [], step: 0, seen: [], answers: {}, completed: 0, updated: 1
	}, fields );
}

/**
 * @param {Object[]} records
 * @return {Object} A ProgressStore that holds them, counting list() calls
 */
function storeWith( records ) {
	const store = {
		calls: [],
		list: ( modules ) => {
			store.calls.push( modules );
			return Promise.resolve( records.filter( ( r ) => !modules || modules.includes( r.module ) ) );
		},
		get: () => Promise.resolve( null ),
		record: () => Promise.reject( new Error( 'read only' ) ),
		reset: () => Promise.resolve()
	};
	return store;
}

/**
 * The server markup of Special:Trainings, trimmed: courses (one of whose modules is not a
 * card), then two cards, the second without facts (its chips' span, the badge's slot, empty).
 *
 * @return {string}
 */
function serverHtml() {
	const card = ( title, chips ) => '<li class="ext-trainings-catalog__item" data-key="' + title.replace( / /g, '_' ) + '">' +
		'<a class="cdx-card cdx-card--is-link" href="/wiki/Training:' + title.replace( / /g, '_' ) + '"><span class="cdx-card__text">' +
		'<span class="cdx-card__text__title">' + title + '</span>' +
		'<span class="cdx-card__text__supporting-text"><span class="ext-trainings-card__chips">' +
		( chips ? '<span class="cdx-info-chip ext-trainings-card__chip ext-trainings-card__chip--level"><span class="cdx-info-chip--text">Beginner</span></span> ' : '' ) +
		'</span></span>' +
		'</span></a></li>';
	return '<form class="ext-trainings-catalog__search" method="get" action="/w/index.php">' +
			'<input type="hidden" name="title" value="Special:Trainings">' +
			'<input type="search" name="search" value="">' +
			'<select name="language"><option value="" selected>All languages</option><option value="en">English</option><option value="fr">French</option></select>' +
		'</form>' +
		'<section class="ext-trainings-catalog__courses"><h2>Courses</h2><ul><li class="ext-trainings-course" data-key="Course">' +
			'<ol><li class="ext-trainings-course__module" data-key="Gamma_ray"><a class="ext-trainings-course__module-title" href="/wiki/Training:Gamma_ray">Gamma rays!</a></li></ol>' +
		'</li></ul></section>' +
		'<section class="ext-trainings-catalog__modules">' +
			'<p class="ext-trainings-catalog__count" aria-live="polite">2 training modules</p>' +
			'<div class="ext-trainings-catalog__results">' +
				'<ul class="ext-trainings-catalog__list">' + card( 'Alpha', true ) + card( 'Beta', false ) + '</ul>' +
			'</div>' +
		'</section>';
}

QUnit.module( 'ext.trainings.catalog: the learner\'s progress', QUnit.newMwEnvironment( {
	messages: {
		parentheses: '($1)',
		'trainings-catalog-result-count': '{{PLURAL:$1|$1 training module|$1 training modules}}',
		'trainings-catalog-card-duration': '$1 min',
		'trainings-catalog-format-quiz': 'Quiz',
		'trainings-catalog-continue-heading': 'Continue where you left off',
		'trainings-course-status-completed': 'Completed',
		'trainings-course-status-in-progress': 'In progress: step $1 of $2',
		'trainings-meta-level-beginner': 'Beginner'
	},
	config: { wgUserLanguage: 'en', wgContentLanguage: 'en', wgArticlePath: '/wiki/$1' },
	beforeEach: function () {
		this.api = fakeApi();
		this.mount = ( store ) => {
			this.root = document.createElement( 'div' );
			this.root.className = 'ext-trainings-catalog';
			this.root.setAttribute( 'data-page-size', '2' );
			this.root.innerHTML = serverHtml();
			( document.getElementById( 'qunit-fixture' ) || document.body ).appendChild( this.root );
			this.mounted = mountCatalog( this.root, Object.assign( createMwEnvironment( mw ), { apiGet: this.api.apiGet } ), {
				debounceMs: 0,
				currentUrl: () => PAGE,
				replaceUrl: () => {},
				store
			} );
			return this.mounted.progressShown;
		};
		this.$ = ( selector ) => this.root.querySelector( selector );
		/** @return {Object} Card title => its chips' texts */
		this.cards = () => {
			const cards = {};
			Array.prototype.forEach.call( this.root.querySelectorAll( '.ext-trainings-catalog__item' ), ( li ) => {
				cards[ li.querySelector( '.cdx-card__text__title' ).textContent ] = Array.prototype.map.call(
					li.querySelectorAll( '.cdx-info-chip--text' ), ( chip ) => chip.textContent );
			} );
			return cards;
		};
		this.continueLinks = () => Array.prototype.map.call(
			this.root.querySelectorAll( '.ext-trainings-catalog__continue li' ),
			( li ) => [ li.querySelector( 'a' ).textContent, li.querySelector( 'a' ).getAttribute( 'href' ), li.textContent ]
		);
	},
	afterEach: function () {
		if ( this.mounted ) {
			this.mounted.controller.destroy();
			this.mounted.app.unmount();
		}
		if ( this.root ) {
			this.root.remove();
		}
	}
} ) );

QUnit.test( 'progressByModule and continueItems: the course page\'s rule, latest unfinished first', ( assert ) => {
	const records = [
		record( 'A', { completed: 5, seen: [ 1, 2, 3, 4 ], step: 4, updated: 50 } ),
		record( 'A', { language: 'fr', step: 2, seen: [ 1, 2 ], updated: 90 } ),
		record( 'B', { step: 2, seen: [ 1, 2 ], updated: 20 } ),
		record( 'C', { language: 'fr', step: 3, seen: [ 1, 2, 3 ], steps: 6, updated: 40 } ),
		record( 'D', { step: 1, seen: [ 1 ], updated: 10 } ),
		record( 'E', { step: 0, seen: [], answers: { 1: { first: 'right', last: 'right', attempts: 1 } }, updated: 30 } ),
		record( 'F', { updated: 99 } )
	];
	const states = progressByModule( records, 'en' );
	assert.deepEqual( Object.keys( states ).sort(), [ 'A', 'B', 'C', 'D', 'E' ], 'started modules only' );
	assert.strictEqual( states.A.state, 'completed', 'completed in one language: completed' );
	assert.deepEqual( [ states.C.state, states.C.step, states.C.steps ], [ 'in-progress', 3, 6 ] );
	assert.deepEqual( continueItems( records, 'en' ), [
		{ module: 'C', language: 'fr', step: 3, steps: 6 },
		{ module: 'E', language: 'en', step: 1, steps: 4 },
		{ module: 'B', language: 'en', step: 2, steps: 4 }
	], 'at most three, most recently changed first, never a completed module' );
	assert.deepEqual( continueItems( records, 'en', 10 ).map( ( item ) => item.module ), [ 'C', 'E', 'B', 'D' ] );

	const env = { config: ( key, fallback ) => ( { wgContentLanguage: 'en', wgArticlePath: '/w/index.php?title=$1' } )[ key ] || fallback };
	assert.strictEqual( continueHref( { module: 'Talk_to_me,_now', language: 'en', step: 2, steps: 4 }, env ),
		'/w/index.php?title=Training:Talk_to_me,_now#step-2', 'the wiki\'s language: the module page' );
	assert.strictEqual( continueHref( { module: 'Café', language: 'pt-br', step: 3, steps: 4 }, env ),
		'/w/index.php?title=Training:Caf%C3%A9/pt-br#step-3', 'another language: its version' );
} );

QUnit.test( 'badges on the server\'s cards and "Continue where you left off", from one read', async function ( assert ) {
	const store = storeWith( [
		record( 'Alpha', { completed: 5, seen: [ 1, 2, 3, 4 ], step: 4, updated: 5 } ),
		record( 'Beta', { step: 2, seen: [ 1, 2 ], updated: 7 } ),
		record( 'Gamma_ray', { language: 'fr', step: 3, seen: [ 1, 2, 3 ], steps: 6, updated: 9 } ),
		record( 'Not_shown', { step: 1, seen: [ 1 ], updated: 8 } ),
		record( 'Old', { step: 1, seen: [ 1 ], updated: 1 } )
	] );
	await this.mount( store );
	assert.deepEqual( store.calls, [ undefined ], 'one list() of every record' );
	assert.strictEqual( this.api.calls.length, 0, 'no list=trainings request' );
	assert.deepEqual( this.cards(), {
		Alpha: [ '✓ Completed', 'Beginner' ],
		Beta: [ 'In progress: step 2 of 4' ]
	}, 'the badge first among the chips; a card without facts gets it in its slot' );
	const check = this.$( '.ext-trainings-card__chip--completed [aria-hidden="true"]' );
	assert.strictEqual( check && check.textContent, '✓ ', 'the check mark only repeats the word' );
	assert.notStrictEqual( this.$( '[data-key="Beta"] .ext-trainings-card__chip--progress.ext-trainings-card__chip--in-progress' ), null );

	const section = this.$( '.ext-trainings-catalog__continue' );
	assert.strictEqual( section.nextElementSibling, this.$( '.ext-trainings-catalog__courses' ), 'above the courses' );
	assert.strictEqual( this.$( '#' + section.getAttribute( 'aria-labelledby' ) ).textContent, 'Continue where you left off' );
	assert.deepEqual( this.continueLinks(), [
		[ 'Gamma rays!', '/wiki/Training:Gamma_ray/fr#step-3', 'Gamma rays! (French) In progress: step 3 of 6' ],
		[ 'Not shown', '/wiki/Training:Not_shown#step-1', 'Not shown In progress: step 1 of 4' ],
		[ 'Beta', '/wiki/Training:Beta#step-2', 'Beta In progress: step 2 of 4' ]
	], 'the title from the page (a course\'s module, a card), else the key; the version followed' );
} );

QUnit.test( 'cards that filters and "more" bring carry their badges', async function ( assert ) {
	const store = storeWith( [
		record( 'Alpha', { completed: 5, seen: [ 1, 2, 3, 4 ], step: 4, updated: 5 } ),
		record( 'Delta', { step: 3, seen: [ 1, 2, 3 ], steps: 5, updated: 7 } )
	] );
	await this.mount( store );
	const input = this.$( 'input[name="search"]' );
	input.value = 'a';
	input.dispatchEvent( new Event( 'input', { bubbles: true } ) );
	await new Promise( ( resolve ) => {
		setTimeout( resolve );
	} );
	this.api.calls.find( ( call ) => call.params.trkind === 'module' ).resolve( response( [ 'Alpha', 'Delta', 'Epsilon' ] ) );
	await new Promise( ( resolve ) => {
		setTimeout( resolve );
	} );
	await nextTick();
	const cards = this.cards();
	assert.deepEqual( Object.keys( cards ), [ 'Alpha', 'Delta', 'Epsilon' ], 'the app\'s list' );
	assert.deepEqual( cards.Alpha.slice( 0, 2 ), [ '✓ Completed', 'Beginner' ] );
	assert.deepEqual( cards.Delta.slice( 0, 2 ), [ 'In progress: step 3 of 5', 'Beginner' ] );
	assert.strictEqual( cards.Epsilon[ 0 ], 'Beginner', 'not started: no badge' );
	assert.strictEqual( this.root.querySelectorAll( '.ext-trainings-card__chip--completed [aria-hidden="true"]' ).length, 1 );
	assert.deepEqual( store.calls, [ undefined ], 'no second read' );
} );

QUnit.test( 'progress read after the app\'s list took over still shows', async function ( assert ) {
	let release;
	const records = [ record( 'Delta', { step: 2, seen: [ 1, 2 ], updated: 7 } ) ];
	const store = Object.assign( storeWith( records ), {
		list: () => new Promise( ( resolve ) => {
			release = () => resolve( records );
		} )
	} );
	const shown = this.mount( store );
	const input = this.$( 'input[name="search"]' );
	input.value = 'd';
	input.dispatchEvent( new Event( 'input', { bubbles: true } ) );
	await new Promise( ( resolve ) => {
		setTimeout( resolve );
	} );
	this.api.calls.find( ( call ) => call.params.trkind === 'module' ).resolve( response( [ 'Delta' ] ) );
	await new Promise( ( resolve ) => {
		setTimeout( resolve );
	} );
	await nextTick();
	assert.strictEqual( this.$( '.ext-trainings-card__chip--progress' ), null, 'no badge yet' );
	release();
	await shown;
	await nextTick();
	assert.strictEqual( this.cards().Delta[ 0 ], 'In progress: step 2 of 4' );
	assert.deepEqual( this.continueLinks().map( ( link ) => link[ 0 ] ), [ 'Delta' ], 'the title from the app\'s card' );
} );

QUnit.test( 'nothing started: nothing added', async function ( assert ) {
	const store = storeWith( [] );
	await this.mount( store );
	assert.strictEqual( this.$( '.ext-trainings-catalog__continue' ), null, 'no section' );
	assert.strictEqual( this.$( '.ext-trainings-card__chip--progress' ), null, 'no badge' );
	assert.strictEqual( this.api.calls.length, 0, 'no request' );

	const completedOnly = storeWith( [ record( 'Alpha', { completed: 5, seen: [ 1, 2, 3, 4 ], step: 4 } ) ] );
	this.mounted.app.unmount();
	this.root.remove();
	await this.mount( completedOnly );
	assert.strictEqual( this.$( '.ext-trainings-catalog__continue' ), null, 'nothing to continue: no section' );
	assert.deepEqual( this.cards().Alpha, [ '✓ Completed', 'Beginner' ] );
} );

QUnit.test( 'the learner store: one meta=trainingprogress request when logged in, none when not', async function ( assert ) {
	const env = Object.assign( createMwEnvironment( mw ), {
		apiGet: this.api.apiGet,
		localStorage: () => ( { get: () => null, set: () => false, remove: () => false } )
	} );
	await this.mount( createLearnerProgressStore( env ) );
	assert.strictEqual( this.api.calls.length, 0, 'anonymous, nothing in the browser: no request' );
	this.mounted.app.unmount();
	this.root.remove();

	mw.config.set( 'wgUserName', 'Ann' );
	const shown = this.mount( createLearnerProgressStore( env ) );
	await new Promise( ( resolve ) => {
		setTimeout( resolve );
	} );
	assert.strictEqual( this.api.calls.length, 1, 'one request' );
	assert.deepEqual( this.api.calls[ 0 ].params, { action: 'query', meta: 'trainingprogress', tplimit: 'max' },
		'every record of the learner, for the cards of any filter and for Continue' );
	this.api.calls[ 0 ].resolve( { query: { trainingprogress: { modules: [
		{ module: 'Training:Beta', language: 'en', step: 3, steps: 5, quizcount: 0, stepsdone: [ 1, 2, 3 ], quizzes: [], completed: false, updated: '2025-01-02T03:04:05Z' }
	] } } } );
	await shown;
	assert.deepEqual( this.cards().Beta, [ 'In progress: step 3 of 5' ] );
	assert.deepEqual( this.continueLinks().map( ( link ) => link[ 1 ] ), [ '/wiki/Training:Beta#step-3' ] );
	assert.strictEqual( this.api.calls.length, 1, 'nothing more' );
} );
