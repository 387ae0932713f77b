'use strict';

const {
	ApiRequestError, createCatalogController, createMwEnvironment, NO_FILTERS, readCardsResponse
} = require( 'ext.trainings.catalog' );
const { fakeApi, response, wait } = require( './fakeApi.js' );

function filters( values ) {
	return Object.assign( {}, NO_FILTERS, values );
}

QUnit.module( 'ext.trainings.catalog: controller', QUnit.newMwEnvironment( {
	config: { wgUserLanguage: 'fr' },
	messages: {
		'trainings-catalog-error': 'The list could not be updated ($1).'
	},
	beforeEach: function () {
		this.api = fakeApi();
		this.env = Object.assign( createMwEnvironment( mw ), { apiGet: this.api.apiGet } );
		this.changes = [];
		this.create = ( options ) => createCatalogController( this.env, Object.assign( {
			pageSize: 2,
			// The page's uselang: the server's cards in that language, their links keeping it.
			uselang: 'fr',
			initialFilters: NO_FILTERS,
			serverCount: 2,
			serverStart: null,
			serverContinue: '|C',
			debounceMs: 10,
			onFiltersChange: ( f ) => this.changes.push( f )
		}, options ) );
	}
} ) );

QUnit.test( 'a changed filter asks the API at once and shows its answer', async function ( assert ) {
	const controller = this.create();
	assert.false( controller.state.active, 'the server list is shown at first' );
	const done = controller.update( filters( { level: 'beginner' } ), true );
	assert.strictEqual( this.api.calls.length, 1, 'one request' );
	assert.deepEqual( this.api.calls[ 0 ].params, {
		action: 'query', list: 'trainings', trkind: 'module', trlimit: 2, trlevel: 'beginner', uselang: 'fr', trprop: 'card'
	}, 'request parameters' );
	assert.true( controller.state.loading, 'loading' );
	assert.deepEqual( this.changes.map( ( f ) => f.level ), [ 'beginner' ], 'filters change reported (URL, courses)' );

	this.api.calls[ 0 ].resolve( response( [ 'A', 'B' ], '|C' ) );
	await done;
	assert.true( controller.state.active, 'the app list takes over' );
	assert.false( controller.state.loading, 'not loading' );
	assert.deepEqual( controller.state.entries.map( ( e ) => e.displaytitle ), [ 'A', 'B' ] );
	assert.strictEqual( controller.state.continueFrom, '|C', 'continuation kept' );
	assert.strictEqual( controller.state.error, null );

	await controller.update( filters( { level: 'beginner' } ), false );
	assert.strictEqual( this.api.calls.length, 1, 'same filters again: no request' );
} );

QUnit.test( 'typing is debounced: one request for the last text', async function ( assert ) {
	const controller = this.create();
	controller.update( filters( { search: 'p' } ), false );
	controller.update( filters( { search: 'pa' } ), false );
	const done = controller.update( filters( { search: 'par' } ), false );
	assert.strictEqual( this.api.calls.length, 0, 'nothing asked while typing' );
	await wait( 30 );
	assert.strictEqual( this.api.calls.length, 1, 'one request after the pause' );
	assert.strictEqual( this.api.calls[ 0 ].params.trsearch, 'par', 'for the last text' );
	this.api.calls[ 0 ].resolve( response( [ 'Partners' ] ) );
	await done;
	assert.deepEqual( controller.state.entries.map( ( e ) => e.key ), [ 'Partners' ] );
	assert.strictEqual( controller.state.continueFrom, null, 'last page' );
} );

QUnit.test( 'a new query aborts the previous request, whose late answer is ignored', async function ( assert ) {
	const controller = this.create();
	const first = controller.update( filters( { topic: 'events' } ), true );
	const second = controller.update( filters( { topic: 'tools' } ), true );
	assert.true( this.api.calls[ 0 ].aborted, 'first request aborted' );
	this.api.calls[ 0 ].resolve( response( [ 'Stale' ] ) );
	this.api.calls[ 1 ].resolve( response( [ 'Fresh' ] ) );
	await Promise.all( [ first, second ] );
	assert.deepEqual( controller.state.entries.map( ( e ) => e.key ), [ 'Fresh' ] );
	assert.strictEqual( controller.state.error, null, 'an aborted request is no error' );
} );

QUnit.test( 'an error is shown and the list stays; the same filters can be retried', async function ( assert ) {
	const controller = this.create();
	let done = controller.update( filters( { search: 'a' } ), true );
	this.api.calls[ 0 ].resolve( response( [ 'A' ] ) );
	await done;

	done = controller.update( filters( { search: 'ab' } ), true );
	this.api.calls[ 1 ].reject( new ApiRequestError( 'http', 'timeout' ) );
	await done;
	assert.strictEqual( controller.state.error, 'The list could not be updated (timeout).', 'error message' );
	assert.deepEqual( controller.state.entries.map( ( e ) => e.key ), [ 'A' ], 'previous list kept' );
	assert.false( controller.state.loading, 'not loading' );

	done = controller.update( filters( { search: 'ab' } ), true );
	assert.strictEqual( this.api.calls.length, 3, 'submitting again retries' );
	this.api.calls[ 2 ].resolve( response( [ 'Ab' ] ) );
	await done;
	assert.strictEqual( controller.state.error, null, 'error cleared' );
	assert.deepEqual( controller.state.entries.map( ( e ) => e.key ), [ 'Ab' ] );
} );

QUnit.test( 'an error before the first answer leaves the server list in place', async function ( assert ) {
	const controller = this.create();
	const done = controller.update( filters( { search: 'a' } ), true );
	this.api.calls[ 0 ].reject( new ApiRequestError( 'internal_api_error_DBQueryError', 'Database error' ) );
	await done;
	assert.false( controller.state.active, 'server list still shown' );
	assert.strictEqual( controller.state.error, 'The list could not be updated (Database error).' );
} );

QUnit.test( '"more" on the server list loads it again with the next page, then continues', async function ( assert ) {
	const controller = this.create( { serverStart: '|B0' } );
	let done = controller.loadMore();
	assert.deepEqual( this.api.calls[ 0 ].params, {
		action: 'query', list: 'trainings', trkind: 'module', trlimit: 4, trcontinue: '|B0', uselang: 'fr', trprop: 'card'
	}, 'server count + page size, from where the server page started' );
	this.api.calls[ 0 ].resolve( response( [ 'B0', 'B1', 'C', 'D' ], '|E' ) );
	await done;
	assert.true( controller.state.active );
	assert.strictEqual( controller.state.firstNew, 2, 'focus goes to the first new module' );

	done = controller.loadMore();
	assert.deepEqual( this.api.calls[ 1 ].params, {
		action: 'query', list: 'trainings', trkind: 'module', trlimit: 2, trcontinue: '|E', uselang: 'fr', trprop: 'card'
	}, 'then one page from the continuation' );
	this.api.calls[ 1 ].resolve( response( [ 'E' ] ) );
	await done;
	assert.deepEqual( controller.state.entries.map( ( e ) => e.key ), [ 'B0', 'B1', 'C', 'D', 'E' ], 'appended' );
	assert.strictEqual( controller.state.firstNew, 4 );
	assert.strictEqual( controller.state.continueFrom, null, 'no more' );

	await controller.loadMore();
	assert.strictEqual( this.api.calls.length, 2, 'nothing more to load' );
} );

QUnit.test( 'the server\'s cards are read defensively; without a uselang none is asked', async function ( assert ) {
	const page = readCardsResponse( { query: { trainings: [
		{ key: 'A', displaytitle: 'Ä', card: '<li>A</li>' },
		{ key: 'B', card: '<li>B</li>' },
		{ key: 'C', displaytitle: 'No card' },
		{ displaytitle: 'No key', card: '<li>?</li>' }
	] }, continue: { trcontinue: '|D' } } );
	assert.deepEqual( page, { cards: [
		{ key: 'A', displaytitle: 'Ä', html: '<li>A</li>' },
		{ key: 'B', displaytitle: 'B', html: '<li>B</li>' }
	], continueFrom: '|D' }, 'items without a key or a card are left out' );
	assert.throws( () => readCardsResponse( { query: {} } ), /no query.trainings list/ );

	const controller = this.create( { uselang: '' } );
	const done = controller.update( filters( { search: 'a' } ), true );
	assert.strictEqual( this.api.calls[ 0 ].params.uselang, undefined, 'the user\'s own language' );
	this.api.calls[ 0 ].resolve( response( [ 'A' ] ) );
	await done;
} );
