'use strict';

const { nextTick } = require( 'vue' );
const { createMwEnvironment, mountCatalogSearch, withSearchParam } = require( 'ext.trainings.catalog' );

// The server markup of Special:Trainings (contract with SpecialTrainings.php).
const serverHtml =
	'<form class="ext-trainings-catalog__search" method="get" action="/w/index.php">' +
		'<input type="hidden" name="title" value="Special:Trainings">' +
		'<div class="cdx-search-input"><input class="cdx-text-input__input" type="search" name="search" value="%QUERY%"></div>' +
		'<button type="submit" class="cdx-button">Search</button>' +
	'</form>' +
	'<p class="ext-trainings-catalog__count">3 training modules</p>' +
	'<ul class="ext-trainings-catalog__list">' +
		'<li class="ext-trainings-catalog__item" data-title="How to talk to partners" data-search-text="how to talk to partners build lasting partnerships">' +
			'<a class="cdx-card" href="/wiki/Training:How_to_talk_to_partners"><span class="cdx-card__text"><span class="cdx-card__text__title">How to talk to partners</span></span></a></li>' +
		'<li class="ext-trainings-catalog__item" data-title="Créer un événement" data-search-text="créer un événement hors ligne">' +
			'<a class="cdx-card" href="/wiki/Training:Créer_un_événement"><span class="cdx-card__text"><span class="cdx-card__text__title">Créer un événement</span></span></a></li>' +
		'<li class="ext-trainings-catalog__item" data-title="How to measure your success" data-search-text="how to measure your success metrics">' +
			'<a class="cdx-card" href="/wiki/Training:How_to_measure_your_success"><span class="cdx-card__text"><span class="cdx-card__text__title">How to measure your success</span></span></a></li>' +
	'</ul>' +
	'<p class="ext-trainings-catalog__empty" hidden>No training module matches your search.</p>';

QUnit.module( 'ext.trainings.catalog: CatalogSearch', QUnit.newMwEnvironment( {
	messages: {
		'trainings-catalog-search-label': 'Search training modules',
		'trainings-catalog-search-placeholder': 'Title, topic, summary…',
		'trainings-catalog-result-count': '{{PLURAL:$1|$1 training module|$1 training modules}}',
		'trainings-catalog-no-results': 'No training module matches your search.'
	},
	beforeEach: function () {
		this.searches = [];
		this.mount = ( query, truncated ) => {
			this.root = document.createElement( 'div' );
			this.root.className = 'ext-trainings-catalog';
			if ( truncated ) {
				this.root.setAttribute( 'data-truncated', '' );
			}
			this.root.innerHTML = serverHtml.replace( '%QUERY%', query || '' );
			( document.getElementById( 'qunit-fixture' ) || document.body ).appendChild( this.root );
			this.app = mountCatalogSearch( this.root, createMwEnvironment( mw ), {
				onSearch: ( q ) => this.searches.push( q )
			} );
			return this.root.querySelector( '.ext-trainings-catalog-search input' );
		};
		this.type = ( input, text ) => {
			input.value = text;
			input.dispatchEvent( new Event( 'input', { bubbles: true } ) );
			return nextTick();
		};
		this.visibleTitles = () => Array.prototype.filter.call(
			this.root.querySelectorAll( '.ext-trainings-catalog__item' ),
			( li ) => !li.hidden
		).map( ( li ) => li.getAttribute( 'data-title' ) );
	},
	afterEach: function () {
		if ( this.app ) {
			this.app.unmount();
		}
		if ( this.root ) {
			this.root.remove();
		}
	}
} ) );

QUnit.test( 'replaces the server form by a labelled search input', function ( assert ) {
	const input = this.mount( '' );
	assert.strictEqual( this.root.querySelector( 'form' ), null, 'server form is gone' );
	assert.true( input instanceof HTMLInputElement, 'Codex search input rendered' );
	assert.strictEqual( input.getAttribute( 'aria-label' ), 'Search training modules', 'label from message' );
	assert.strictEqual( input.getAttribute( 'placeholder' ), 'Title, topic, summary…', 'placeholder from message' );
	const count = this.root.querySelector( '.ext-trainings-catalog__count' );
	assert.strictEqual( count.getAttribute( 'aria-live' ), 'polite', 'count is a polite live region' );
	assert.strictEqual( count.textContent, '3 training modules', 'count unchanged at load' );
	assert.deepEqual( this.visibleTitles().length, 3, 'all items visible' );
} );

QUnit.test( 'keeps the query of the server form', function ( assert ) {
	const input = this.mount( 'partners' );
	assert.strictEqual( input.value, 'partners', 'input keeps the query' );
	assert.deepEqual( this.visibleTitles(), [ 'How to talk to partners' ], 'list filtered by it' );
	assert.strictEqual( this.root.querySelector( '.ext-trainings-catalog__count' ).textContent, '1 training module' );
} );

QUnit.test( 'filters the list while typing', async function ( assert ) {
	const input = this.mount( '' );
	const count = this.root.querySelector( '.ext-trainings-catalog__count' );
	const empty = this.root.querySelector( '.ext-trainings-catalog__empty' );

	await this.type( input, 'HOW' );
	assert.deepEqual( this.visibleTitles(), [ 'How to talk to partners', 'How to measure your success' ], 'case-insensitive' );
	assert.true( count.textContent.includes( '2' ), 'count has the number' );
	assert.strictEqual( count.textContent, '2 training modules', 'plural form' );
	assert.true( empty.hidden, 'no "no results" note' );

	await this.type( input, 'evenement hors' );
	assert.deepEqual( this.visibleTitles(), [ 'Créer un événement' ], 'accent-insensitive, all words' );
	assert.strictEqual( count.textContent, '1 training module', 'singular form' );

	await this.type( input, 'quiz' );
	assert.deepEqual( this.visibleTitles(), [], 'nothing matches' );
	assert.true( count.textContent.includes( '0' ), 'count is zero' );
	assert.false( empty.hidden, '"no results" note shown' );

	await this.type( input, '' );
	assert.strictEqual( this.visibleTitles().length, 3, 'clearing shows everything again' );
	assert.true( empty.hidden, 'note hidden again' );

	assert.deepEqual( this.searches, [ 'HOW', 'evenement hors', 'quiz', '' ], 'each query reported for the URL' );
} );

QUnit.test( 'leaves a truncated list to the server form', function ( assert ) {
	this.mount( 'how', true );
	assert.strictEqual( this.app, null, 'nothing mounted' );
	assert.notStrictEqual( this.root.querySelector( 'form.ext-trainings-catalog__search' ), null, 'server form kept' );
	assert.strictEqual( this.visibleTitles().length, 3, 'list untouched' );
} );

QUnit.test( 'withSearchParam keeps the URL shareable', ( assert ) => {
	const base = 'https://meta.example/w/index.php?title=Special:Trainings';
	assert.strictEqual( withSearchParam( base, 'talk partners' ), base + '&search=talk+partners', 'adds the query' );
	assert.strictEqual( withSearchParam( base + '&search=old#top', 'new' ), base + '&search=new#top', 'replaces it, keeps the fragment' );
	assert.strictEqual( withSearchParam( base + '&search=old', '  ' ), base, 'blank query removes it' );
	assert.strictEqual( withSearchParam( 'https://meta.example/wiki/Special:Trainings', 'é&x' ), 'https://meta.example/wiki/Special:Trainings?search=%C3%A9%26x', 'encodes the query, adds the ?' );
	assert.strictEqual( withSearchParam( 'https://meta.example/wiki/Special:Trainings?search=a', '' ), 'https://meta.example/wiki/Special:Trainings', 'removes the ? with the last parameter' );
} );
