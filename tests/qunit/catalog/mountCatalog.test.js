'use strict';

const { nextTick } = require( 'vue' );
const { ApiRequestError, createMwEnvironment, mountCatalog } = require( 'ext.trainings.catalog' );
const { cardHtml, fakeApi, response } = require( './fakeApi.js' );

const PAGE = 'https://trainings.test/w/index.php?title=Special:Trainings';

/**
 * The server markup of Special:Trainings (contract with SpecialTrainings.php), trimmed.
 *
 * @param {Object} [options]
 * @param {string} [options.search] Value of the search box
 * @param {boolean} [options.more] Whether the server list has a "More modules" link
 * @return {string}
 */
function serverHtml( options ) {
	const opts = Object.assign( { search: '', more: true }, options );
	const card = ( title ) => '<li class="ext-trainings-catalog__item" data-key="' + title.replace( / /g, '_' ) + '">' +
		'<a class="cdx-card cdx-card--is-link" href="/wiki/Training:' + title.replace( / /g, '_' ) + '"><span class="cdx-card__text">' +
		'<span class="cdx-card__text__title">' + title + '</span>' +
		'<span class="cdx-card__text__supporting-text"><span class="ext-trainings-card__chips"></span></span></span></a></li>';
	return '<form class="ext-trainings-catalog__search" method="get" action="/w/index.php">' +
			'<input type="hidden" name="title" value="Special:Trainings">' +
			'<input class="cdx-text-input__input" type="search" name="search" value="' + opts.search + '">' +
			'<button type="submit" class="cdx-button">Search</button>' +
			'<fieldset class="ext-trainings-catalog__filters">' +
				'<select class="cdx-select" name="level"><option value="" selected>All levels</option><option value="beginner">Beginner</option></select>' +
				'<select class="cdx-select" name="language"><option value="" selected>All languages</option><option value="en">English</option><option value="fr">French</option></select>' +
				'<input class="cdx-checkbox__input" type="checkbox" name="drafts" value="1">' +
				'<button class="cdx-button ext-trainings-catalog__apply" type="submit">Apply filters</button>' +
			'</fieldset>' +
		'</form>' +
		'<div class="cdx-message cdx-message--warning ext-trainings-catalog__notice">Ignored: level = "expert".</div>' +
		'<section class="ext-trainings-catalog__courses"><h2>Courses</h2></section>' +
		'<section class="ext-trainings-catalog__modules">' +
			'<p class="ext-trainings-catalog__count" aria-live="polite">2 training modules shown; there are more.</p>' +
			'<div class="ext-trainings-catalog__results">' +
				'<ul class="ext-trainings-catalog__list">' + card( 'Alpha' ) + card( 'Beta' ) + '</ul>' +
				( opts.more ? '<p class="ext-trainings-catalog__more"><a href="' + PAGE + '&continue=%7CGamma" data-continue="|Gamma">More modules</a></p>' : '' ) +
			'</div>' +
		'</section>';
}

QUnit.module( 'ext.trainings.catalog: mountCatalog', QUnit.newMwEnvironment( {
	messages: {
		'trainings-catalog-result-count': '{{PLURAL:$1|$1 training module|$1 training modules}}',
		'trainings-catalog-result-count-more': '{{PLURAL:$1|$1 training module|$1 training modules}} shown; there are more.',
		'trainings-catalog-no-results': 'No training module matches your search.',
		'trainings-catalog-no-modules': 'There are no training modules yet.',
		'trainings-catalog-clear': 'Show all training modules',
		'trainings-catalog-search-inside': 'Search inside modules for “$1”',
		'trainings-catalog-course-module-matches': 'matches',
		'trainings-catalog-more': 'More modules',
		'trainings-catalog-error': 'The list could not be updated ($1).'
	},
	beforeEach: function () {
		this.api = fakeApi();
		this.urls = [];
		this.mount = ( options ) => {
			this.root = document.createElement( 'div' );
			this.root.className = 'ext-trainings-catalog';
			this.root.setAttribute( 'data-page-size', '2' );
			this.root.innerHTML = serverHtml( options );
			( document.getElementById( 'qunit-fixture' ) || document.body ).appendChild( this.root );
			this.mounted = mountCatalog( this.root, Object.assign( createMwEnvironment( mw ), { apiGet: this.api.apiGet } ), {
				debounceMs: 0,
				currentUrl: () => ( options && options.url ) || PAGE,
				replaceUrl: ( href ) => this.urls.push( href )
			} );
			return this.mounted;
		};
		this.$ = ( selector ) => this.root.querySelector( selector );
		this.titles = () => Array.prototype.map.call(
			this.root.querySelectorAll( '.ext-trainings-catalog__item .cdx-card__text__title' ),
			( el ) => el.textContent
		);
		this.answer = async ( index, data ) => {
			this.api.calls[ index ].resolve( data );
			// Let the controller settle, then Vue render.
			await new Promise( ( resolve ) => {
				setTimeout( resolve );
			} );
			await nextTick();
		};
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

QUnit.test( 'mounting changes nothing a reader sees and asks nothing', function ( assert ) {
	this.mount();
	assert.strictEqual( this.api.calls.length, 0, 'no request at load' );
	assert.deepEqual( this.titles(), [ 'Alpha', 'Beta' ], 'server cards stay' );
	assert.notStrictEqual( this.$( 'form.ext-trainings-catalog__search' ), null, 'the server form stays' );
	assert.true( this.$( '.ext-trainings-catalog__apply' ).hidden, 'filters apply on change: no apply button' );
	assert.strictEqual( this.$( '.ext-trainings-catalog__count' ).textContent, '2 training modules shown; there are more.' );
} );

QUnit.test( 'typing a search fetches the server\'s cards and shows them as they are', async function ( assert ) {
	this.mount();
	const input = this.$( 'input[name="search"]' );
	input.value = 'gam';
	input.dispatchEvent( new Event( 'input', { bubbles: true } ) );
	await new Promise( ( resolve ) => {
		setTimeout( resolve );
	} );
	assert.strictEqual( this.api.calls.length, 1, 'one request' );
	assert.strictEqual( this.api.calls[ 0 ].params.trsearch, 'gam' );
	assert.strictEqual( this.api.calls[ 0 ].params.trprop, 'card', 'the server\'s cards' );
	assert.strictEqual( this.api.calls[ 0 ].params.uselang, undefined, 'the page has no uselang: none asked' );
	assert.deepEqual( this.urls, [ PAGE + '&search=gam' ], 'URL in step' );
	assert.true( this.$( '.ext-trainings-catalog__courses' ).hidden, 'courses hidden while filtering' );
	assert.true( this.$( '.ext-trainings-catalog__notice' ).hidden, 'the notice about the old URL goes' );

	await this.answer( 0, response( [ 'Gamma' ] ) );
	assert.deepEqual( this.titles(), [ 'Gamma' ], 'the API list replaced the server list' );
	assert.strictEqual( this.root.querySelectorAll( '.ext-trainings-catalog__results' ).length, 1, 'one results area' );
	assert.strictEqual( this.$( '.ext-trainings-catalog__list' ).innerHTML, cardHtml( 'Gamma' ),
		'the card exactly as the server rendered it' );
	assert.strictEqual( this.$( '.ext-trainings-catalog__item a' ).getAttribute( 'href' ), '/wiki/Training:Gamma', 'link card' );
	assert.strictEqual( this.$( '.ext-trainings-catalog__count' ).textContent, '1 training module', 'count in the live region' );
	assert.strictEqual( this.$( '.ext-trainings-catalog__more' ), null, 'no more' );
} );

QUnit.test( 'on a page with uselang, the cards are asked in the reader\'s language', function ( assert ) {
	mw.config.set( 'wgUserLanguage', 'de-at' );
	this.mount( { url: PAGE + '&uselang=de-AT' } );
	const level = this.$( 'select[name="level"]' );
	level.value = 'beginner';
	level.dispatchEvent( new Event( 'change', { bubbles: true } ) );
	assert.strictEqual( this.api.calls[ 0 ].params.uselang, 'de-at', 'as MediaWiki normalised it: the links keep it' );
} );

QUnit.test( 'a filter change asks at once; no results offers to clear', async function ( assert ) {
	this.mount();
	const level = this.$( 'select[name="level"]' );
	level.value = 'beginner';
	level.dispatchEvent( new Event( 'change', { bubbles: true } ) );
	assert.strictEqual( this.api.calls.length, 1, 'asked at once' );
	assert.strictEqual( this.api.calls[ 0 ].params.trlevel, 'beginner' );
	await this.answer( 0, response( [] ) );
	assert.deepEqual( this.titles(), [] );
	const empty = this.$( '.ext-trainings-catalog__empty' );
	assert.true( empty.textContent.includes( 'No training module matches your search.' ), 'says so' );
	assert.strictEqual( empty.querySelector( 'a' ).getAttribute( 'href' ), PAGE, 'link to the whole catalog' );
	assert.strictEqual( this.$( '.ext-trainings-catalog__count' ).textContent, '0 training modules' );
} );

QUnit.test( 'submitting the form does not leave the page', function ( assert ) {
	this.mount();
	const event = new Event( 'submit', { bubbles: true, cancelable: true } );
	this.$( 'input[name="drafts"]' ).checked = true;
	this.$( 'form' ).dispatchEvent( event );
	assert.true( event.defaultPrevented, 'submit prevented' );
	assert.deepEqual( this.api.calls[ 0 ].params.trstatus, [ 'published', 'outdated', 'draft' ], 'drafts asked for' );
	assert.deepEqual( this.urls, [ PAGE + '&drafts=1' ] );
} );

QUnit.test( '"More modules" loads the next page in place and moves the focus', async function ( assert ) {
	this.mount();
	const click = new MouseEvent( 'click', { bubbles: true, cancelable: true } );
	this.$( '.ext-trainings-catalog__more a' ).dispatchEvent( click );
	assert.true( click.defaultPrevented, 'the link is not followed' );
	assert.strictEqual( this.api.calls[ 0 ].params.trlimit, 4, 'server list and next page in one request' );
	await this.answer( 0, response( [ 'Alpha', 'Beta', 'Gamma', 'Delta' ], '|Epsilon' ) );
	assert.deepEqual( this.titles(), [ 'Alpha', 'Beta', 'Gamma', 'Delta' ] );
	await nextTick();
	assert.strictEqual( document.activeElement, this.root.querySelectorAll( '.ext-trainings-catalog__item a' )[ 2 ], 'focus on the first new card' );
	assert.strictEqual( this.$( '.ext-trainings-catalog__count' ).textContent, '4 training modules shown; there are more.' );

	this.$( '.ext-trainings-catalog__more button' ).click();
	assert.strictEqual( this.api.calls[ 1 ].params.trcontinue, '|Epsilon', 'the button continues' );
	await this.answer( 1, response( [ 'Epsilon' ] ) );
	assert.deepEqual( this.titles(), [ 'Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon' ] );
	assert.strictEqual( this.$( '.ext-trainings-catalog__more' ), null, 'last page: no button' );
	assert.strictEqual( this.$( '.ext-trainings-catalog__count' ).textContent, '5 training modules' );
} );

QUnit.test( 'an API error shows a message above the server list, which stays', async function ( assert ) {
	this.mount();
	const input = this.$( 'input[name="search"]' );
	input.value = 'x';
	this.$( 'form' ).dispatchEvent( new Event( 'submit', { bubbles: true, cancelable: true } ) );
	this.api.calls[ 0 ].reject( new ApiRequestError( 'http', 'error' ) );
	await new Promise( ( resolve ) => {
		setTimeout( resolve );
	} );
	await nextTick();
	const message = this.$( '.ext-trainings-catalog__error' );
	assert.notStrictEqual( message, null, 'error message shown' );
	assert.true( message.classList.contains( 'cdx-message--error' ), 'a Codex error message' );
	assert.true( message.textContent.includes( 'The list could not be updated (error).' ) );
	assert.deepEqual( this.titles(), [ 'Alpha', 'Beta' ], 'server list kept' );
} );

QUnit.test( 'courses follow the filters, and the search inside modules link follows the search box', async function ( assert ) {
	this.mount();
	const course = ( key, modules ) => '<li class="ext-trainings-course" data-key="' + key + '"><ol>' +
		modules.map( ( m ) => '<li class="ext-trainings-course__module" data-key="' + m + '"><a>' + m + '</a></li>' ).join( '' ) +
		'</ol></li>';
	this.$( '.ext-trainings-catalog__courses' ).innerHTML = '<h2>Courses</h2><ul>' +
		course( 'Paths', [ 'Alpha', 'Beta' ] ) + course( 'Other', [ 'Gamma' ] ) + '</ul>';
	this.$( '.ext-trainings-catalog__modules' ).insertAdjacentHTML( 'afterbegin',
		'<p class="ext-trainings-catalog__fulltext" hidden><a class="ext-trainings-catalog__fulltext-link" href="#">old</a></p>' );
	const shown = () => Array.prototype.filter.call( this.root.querySelectorAll( 'li.ext-trainings-course' ), ( li ) => !li.hidden )
		.map( ( li ) => li.getAttribute( 'data-key' ) );
	const marked = () => Array.prototype.map.call( this.root.querySelectorAll( '.ext-trainings-course__module--match' ),
		( li ) => li.getAttribute( 'data-key' ) + ':' + li.querySelector( '.ext-trainings-course__match' ).textContent );

	const input = this.$( 'input[name="search"]' );
	input.value = 'bet';
	input.dispatchEvent( new Event( 'input', { bubbles: true } ) );
	await new Promise( ( resolve ) => {
		setTimeout( resolve );
	} );
	const link = this.$( '.ext-trainings-catalog__fulltext' );
	assert.false( link.hidden, 'a search: the next step is offered' );
	assert.strictEqual( link.querySelector( 'a' ).getAttribute( 'href' ), PAGE + '&search=bet&fulltext=1' );
	assert.strictEqual( link.querySelector( 'a' ).textContent, 'Search inside modules for “bet”' );
	const courseCall = this.api.calls.find( ( call ) => call.params.trkind === 'course' );
	assert.strictEqual( courseCall.params.trsearch, 'bet', 'the courses are asked with the same filters' );
	courseCall.resolve( { query: { trainings: [ { key: 'Paths', modules: [ { key: 'Alpha', matches: false }, { key: 'Beta', matches: true } ] } ] } } );
	await new Promise( ( resolve ) => {
		setTimeout( resolve );
	} );
	assert.deepEqual( shown(), [ 'Paths' ], 'only the course with a matching module' );
	assert.deepEqual( marked(), [ 'Beta:matches' ], 'its matching module marked' );
	assert.false( this.$( '.ext-trainings-catalog__courses' ).hidden );

	input.value = '';
	input.dispatchEvent( new Event( 'input', { bubbles: true } ) );
	await new Promise( ( resolve ) => {
		setTimeout( resolve );
	} );
	assert.true( link.hidden, 'no search, no link' );
	assert.deepEqual( shown(), [ 'Paths', 'Other' ], 'no filter: every course' );
	assert.deepEqual( marked(), [], 'nothing marked' );
} );
