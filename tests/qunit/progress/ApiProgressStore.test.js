'use strict';

const { progress } = require( 'ext.trainings.player' );

const KEY = { module: 'How_to_talk_to_partners', language: 'en' };
const MODULE = { steps: 3, quizzes: [ 1, 2 ] };

/**
 * A stand-in for mw.storage over a plain object.
 *
 * @return {Object}
 */
function memoryStorage() {
	const data = {};
	return {
		data,
		get: ( key ) => Object.prototype.hasOwnProperty.call( data, key ) ? data[ key ] : null,
		set( key, value ) {
			data[ key ] = value;
			return true;
		},
		remove( key ) {
			delete data[ key ];
			return true;
		}
	};
}

/**
 * @param {string} code
 * @return {Error} What MwEnvironment's API methods reject with
 */
function apiError( code ) {
	return Object.assign( new Error( code ), { name: 'ApiRequestError', code } );
}

/**
 * A stand-in for the API part of MwEnvironment: answers from a handler, records every call.
 *
 * @param {Function} [answer] ( method, params ) => response, or throws an error to reject with
 * @return {Object}
 */
function fakeApi( answer ) {
	const api = {
		calls: [],
		beaconResult: true,
		answer: answer || ( () => ( {} ) ),
		call( method, params ) {
			api.calls.push( { method, params } );
			try {
				return Promise.resolve( api.answer( method, params ) );
			} catch ( error ) {
				return Promise.reject( error );
			}
		},
		apiGet: ( params ) => api.call( 'get', params ),
		apiPost: ( params ) => api.call( 'post', params ),
		apiBeacon( params ) {
			api.calls.push( { method: 'beacon', params } );
			return api.beaconResult;
		},
		of: ( method ) => api.calls.filter( ( c ) => c.method === method ).map( ( c ) => c.params )
	};
	return api;
}

/**
 * A module as meta=trainingprogress gives it.
 *
 * @param {Object} [over]
 * @return {Object}
 */
function serverModule( over ) {
	return Object.assign( {
		module: 'Training:How to talk to partners',
		pageid: 7,
		language: 'en',
		title: 'Training:How to talk to partners',
		step: 2,
		steps: 3,
		quizcount: 2,
		stepsdone: [ 1, 2 ],
		quizzes: [ { quiz: 1, result: 'wrong' } ],
		completed: false,
		completedat: null,
		updated: '2025-01-02T03:04:05Z',
		missingsteps: [ 3 ],
		missingquizzes: [ 2 ]
	}, over );
}

/**
 * @param {Object[]} modules
 * @return {Object} A meta=trainingprogress response
 */
function listResponse( modules ) {
	return { batchcomplete: true, query: { trainingprogress: { modules } } };
}

/**
 * @param {Object} api
 * @param {Object} [options]
 * @return {Object} A store with a browser fallback and an error log
 */
function makeStore( api, options ) {
	const errors = [];
	const storage = memoryStorage();
	const fallback = progress.createBrowserProgressStore( storage );
	const store = progress.createApiProgressStore( Object.assign( {
		api,
		fallback,
		logError: ( error ) => errors.push( error ),
		delay: 5
	}, options ) );
	return { store, fallback, storage, errors };
}

/**
 * @param {number} ms
 * @return {Promise}
 */
function wait( ms ) {
	return new Promise( ( resolve ) => {
		setTimeout( resolve, ms );
	} );
}

QUnit.module( 'ext.trainings.player: progress store over the API' );

QUnit.test( 'maps the server shape to the progress model and back', ( assert ) => {
	const record = progress.progressFromApi( serverModule( {
		language: 'fr',
		quizzes: [ { quiz: 1, result: 'wrong', first: 'wrong', passed: true }, { quiz: 2, result: 'right', first: 'partial', passed: true } ],
		completed: true,
		completedat: '2025-01-02T03:00:00Z'
	} ) );
	assert.deepEqual( record, {
		module: 'How_to_talk_to_partners',
		language: 'fr',
		steps: 3,
		quizzes: [ 1, 2 ],
		step: 2,
		seen: [ 1, 2 ],
		answers: {
			1: { first: 'wrong', last: 'wrong', attempts: 1, passed: true },
			2: { first: 'partial', last: 'right', attempts: 1, passed: true }
		},
		completed: Date.parse( '2025-01-02T03:00:00Z' ),
		updated: Date.parse( '2025-01-02T03:04:05Z' )
	}, 'module key, steps, answers, times' );
	assert.deepEqual( progress.recordParams( record ), {
		action: 'trainingprogress',
		module: 'Training:How_to_talk_to_partners',
		language: 'fr',
		step: 2,
		stepsdone: [ '1', '2' ],
		// The server's outcomes come without options: it has them, they are not sent back.
		quizzes: [],
		quizfirst: [],
		quizpassed: []
	}, 'the whole state in one POST, without a "complete" flag' );
	const answered = Object.assign( {}, record, { revision: 7, answers: Object.assign( {}, record.answers, {
		2: Object.assign( {}, record.answers[ 2 ], { lastOptions: [ 1 ], firstOptions: [ 2 ], passedOptions: [ 1 ] } )
	} ) } );
	const params = progress.recordParams( answered );
	assert.deepEqual( [ params.quizzes, params.quizfirst, params.quizpassed, params.revision ],
		[ [ '2:right:1' ], [ '2:partial:2' ], [ '2:1' ], 7 ], 'outcomes with their options, the revision shown' );

	const gone = progress.progressFromApi( serverModule( { steps: null, quizcount: null, step: 4, stepsdone: [ 1, 4 ] } ) );
	assert.strictEqual( gone.steps, 4, 'a version that is no module any more keeps what was done' );
	assert.strictEqual( progress.progressFromApi( { module: 3 } ), null, 'garbage' );
	assert.strictEqual( progress.progressFromApi( null ), null, 'nothing' );
} );

QUnit.test( 'reads the own progress and coalesces writes into one POST', async ( assert ) => {
	const api = fakeApi( ( method ) => method === 'get' ?
		listResponse( [ serverModule(), serverModule( {
			module: 'Training:Other', language: 'fr', step: 1, stepsdone: [ 1 ], quizzes: []
		} ) ] ) :
		{ trainingprogress: { result: 'Success' } } );
	const { store, errors } = makeStore( api );

	const saved = await store.get( KEY );
	assert.deepEqual( [ saved.module, saved.language, saved.step, saved.seen ],
		[ KEY.module, 'en', 2, [ 1, 2 ] ], 'the module asked for' );
	assert.deepEqual( ( await store.get( { module: KEY.module, language: 'fr' } ) ).seen, [ 1, 2 ],
		'the same record from another language version' );
	assert.deepEqual( api.of( 'get' ), [ {
		action: 'query', meta: 'trainingprogress', tplimit: 'max',
		tpmodules: [ 'Training:How_to_talk_to_partners' ]
	} ], 'one query for the module' );

	const first = store.record( KEY, Object.assign( { step: 3 }, MODULE ) );
	store.record( KEY, Object.assign( { quiz: { number: 2, outcome: 'partial', options: [ 1 ] } }, MODULE ) );
	store.record( KEY, Object.assign( { quiz: { number: 1, outcome: 'right', options: [ 2 ] } }, MODULE ) );
	const after = await store.record( KEY,
		Object.assign( { quiz: { number: 2, outcome: 'right', options: [ 3, 1 ] } }, MODULE ) );
	assert.deepEqual( ( await first ).seen, [ 1, 2, 3 ], 'applied at once' );
	assert.deepEqual( Object.keys( after.answers ), [ '1', '2' ], 'merged with the server record' );
	assert.true( after.completed > 0, 'the completion rule is met once every quiz was right' );
	assert.deepEqual( api.of( 'post' ), [], 'nothing sent yet' );
	await wait( 30 );
	assert.deepEqual( api.of( 'post' ), [ {
		action: 'trainingprogress',
		module: 'Training:How_to_talk_to_partners',
		language: 'en',
		step: 3,
		stepsdone: [ '1', '2', '3' ],
		// Quiz 1's first try came from the server, which has it: it is not sent again.
		quizzes: [ '1:right:2', '2:right:1.3' ],
		quizfirst: [ '2:partial:1' ],
		quizpassed: [ '1:2', '2:1.3' ]
	} ], 'one POST for all changes, with the first tries' );
	assert.deepEqual( ( await store.get( KEY ) ).step, 3, 'get sees the change' );
	const listed = await store.list( [ KEY.module ] );
	assert.deepEqual( listed.map( ( r ) => r.language + r.step ).sort(), [ 'en3', 'fr1' ], 'list: local change wins' );
	await store.flush();
	assert.strictEqual( api.of( 'post' ).length, 1, 'nothing left to send' );
	assert.deepEqual( errors, [], 'no errors' );
} );

QUnit.test( 'list() asks for modules in chunks and follows continuation', async ( assert ) => {
	const modules = [];
	for ( let i = 0; i < 60; i++ ) {
		modules.push( 'M' + i );
	}
	const api = fakeApi( ( method, params ) => {
		if ( !params.tpmodules ) {
			return params.tpcontinue ? listResponse( [ serverModule( { module: 'Training:B' } ) ] ) :
				Object.assign( listResponse( [ serverModule( { module: 'Training:A' } ) ] ), { continue: { tpcontinue: 'x', continue: '-||' } } );
		}
		return listResponse( [] );
	} );
	const { store } = makeStore( api );
	assert.deepEqual( ( await store.list() ).map( ( r ) => r.module ), [ 'A', 'B' ], 'every page' );
	await store.list( modules );
	assert.deepEqual( api.of( 'get' ).slice( 2 ).map( ( p ) => p.tpmodules.length ), [ 50, 10 ], 'at most 50 a request' );
} );

QUnit.test( 'failures never reject: reads fall back to the browser, writes are kept there', async ( assert ) => {
	const api = fakeApi( () => {
		throw apiError( 'http' );
	} );
	const { store, fallback, errors } = makeStore( api );
	await fallback.record( KEY, Object.assign( { step: 1 }, MODULE ) );
	assert.deepEqual( ( await store.get( KEY ) ).seen, [ 1 ], 'read from the browser' );
	assert.deepEqual( ( await store.list() ).map( ( r ) => r.module ), [ KEY.module ], 'listed from the browser' );
	await store.record( KEY, Object.assign( { step: 2 }, MODULE ) );
	await store.flush();
	assert.deepEqual( ( await fallback.get( KEY ) ).seen, [ 1, 2 ], 'the failed write is kept in the browser' );
	assert.strictEqual( ( await fallback.get( KEY ) ).step, 2, 'with the step to resume' );
	assert.true( errors.length >= 3, 'logged' );

	// Refused for good: not kept in the browser (it would be refused again).
	const refusing = fakeApi( ( method ) => {
		if ( method === 'get' ) {
			return listResponse( [] );
		}
		throw apiError( 'badstep' );
	} );
	const other = makeStore( refusing );
	const done = await other.store.record( KEY, Object.assign( { step: 3 }, MODULE ) );
	assert.deepEqual( done.seen, [ 3 ], 'in memory' );
	await other.store.flush();
	assert.strictEqual( await other.fallback.get( KEY ), null, 'not in the browser' );
	assert.strictEqual( other.errors.length, 1, 'logged' );
	assert.strictEqual( ( await other.store.get( KEY ) ).step, 3, 'still there for this page' );
} );

QUnit.test( 'what is not confirmed leaves with a beacon when the page goes away', async ( assert ) => {
	const api = fakeApi( ( method ) => method === 'get' ? listResponse( [] ) : {} );
	const { store, fallback } = makeStore( api, { delay: 10000 } );
	await store.record( KEY, Object.assign( { step: 1 }, MODULE ) );
	store.flushOnPageHide();
	assert.deepEqual( api.of( 'beacon' ).map( ( p ) => [ p.action, p.step ] ), [ [ 'trainingprogress', 1 ] ], 'one beacon' );
	assert.deepEqual( api.of( 'post' ), [], 'no ordinary POST' );
	store.flushOnPageHide();
	assert.strictEqual( api.of( 'beacon' ).length, 1, 'nothing twice' );

	api.beaconResult = false;
	await store.record( KEY, Object.assign( { step: 2 }, MODULE ) );
	store.flushOnPageHide();
	await wait( 5 );
	assert.deepEqual( ( await fallback.get( KEY ) ).seen, [ 1, 2 ], 'no beacon: kept in the browser for later' );
} );

QUnit.test( 'reset posts to trainingprogressreset', async ( assert ) => {
	const api = fakeApi( ( method ) => method === 'get' ? listResponse( [ serverModule() ] ) : {} );
	const { store, fallback } = makeStore( api );
	await store.record( KEY, Object.assign( { step: 3 }, MODULE ) );
	await fallback.record( KEY, Object.assign( { step: 1 }, MODULE ) );
	await store.reset( KEY );
	await store.reset();
	assert.deepEqual( api.of( 'post' ), [
		{ action: 'trainingprogressreset', module: 'Training:How_to_talk_to_partners' },
		{ action: 'trainingprogressreset', all: true }
	], 'one module, then everything; the pending write is dropped' );
	assert.deepEqual( await fallback.list(), [], 'the browser forgets too' );
} );

QUnit.test( 'carry-over uploads browser progress once and forgets what the server took', async ( assert ) => {
	const storage = memoryStorage();
	const browser = progress.createBrowserProgressStore( storage );
	await browser.record( { module: 'A', language: 'en' }, Object.assign( { step: 2 }, MODULE ) );
	// An answer kept without its options (before they were kept) is not sent: the server would refuse it.
	await browser.record( { module: 'A', language: 'en' }, Object.assign( { quiz: { number: 1, outcome: 'right' } }, MODULE ) );
	await browser.record( { module: 'Gone', language: 'en' }, Object.assign( { step: 1 }, MODULE ) );
	await browser.record( { module: 'C', language: 'fr', revision: 42 },
		Object.assign( { quiz: { number: 1, outcome: 'wrong', options: [ 2 ] } }, MODULE ) );
	await browser.record( { module: 'C', language: 'fr', revision: 42 },
		Object.assign( { quiz: { number: 1, outcome: 'right', options: [ 1 ] } }, MODULE ) );
	const api = fakeApi( ( method, params ) => {
		if ( params.module === 'Training:Gone' ) {
			throw apiError( 'nosuchmodule' );
		}
		if ( params.module === 'Training:C' ) {
			throw apiError( 'ratelimited' );
		}
		return {};
	} );
	const errors = [];
	const result = await progress.carryOverProgress( browser, api, ( e ) => errors.push( e ) );
	assert.deepEqual( result, { uploaded: 1, dropped: 1, kept: 1 }, 'result' );
	assert.deepEqual( api.of( 'post' ).map( ( p ) => [ p.module, p.language, p.step, p.stepsdone, p.quizzes ] ), [
		[ 'Training:A', 'en', 2, [ '2' ], [] ],
		[ 'Training:Gone', 'en', 1, [ '1' ], [] ],
		[ 'Training:C', 'fr', 0, [], [ '1:right:1' ] ]
	], 'replayed, oldest first' );
	const c = api.of( 'post' )[ 2 ];
	assert.deepEqual( [ c.quizfirst, c.quizpassed, c.revision ], [ [ '1:wrong:2' ], [ '1:1' ], 42 ],
		'each outcome with the options that gave it, and the revision shown' );
	assert.deepEqual( ( await browser.list() ).map( ( r ) => r.module ), [ 'C' ], 'what was not taken stays' );
	assert.strictEqual( errors.length, 1, 'the passing failure is logged' );

	api.answer = () => ( {} );
	assert.deepEqual( await progress.carryOverProgress( browser, api, () => {} ), { uploaded: 1, dropped: 0, kept: 0 }, 'next page view' );
	const posts = api.of( 'post' ).length;
	assert.deepEqual( await progress.carryOverProgress( browser, api, () => {} ), { uploaded: 0, dropped: 0, kept: 0 }, 'then nothing' );
	assert.strictEqual( api.of( 'post' ).length, posts, 'and no request' );
} );

QUnit.test( 'carry-over sends a record moved into its module\'s layout now', async ( assert ) => {
	const browser = progress.createBrowserProgressStore( memoryStorage() );
	const layout = 'before|during|after;before:1';
	const module = { steps: 3, quizzes: [ 1 ] };
	await browser.record( { module: 'Talk_to_partners', language: 'en', layout }, Object.assign( { step: 1 }, module ) );
	await browser.record( { module: 'Talk_to_partners', language: 'en', layout }, Object.assign( { step: 2 }, module ) );
	await browser.record( { module: 'Old', language: 'en' }, Object.assign( { step: 2 }, module ) );
	const api = fakeApi( ( method ) => method === 'post' ? {} : { query: { pages: [
		// A step inserted before "during"; the quiz's step renamed away.
		{ title: 'Training:Talk to partners', pageprops: { 'trainings-step-ids': 'before|agenda|during|after', 'trainings-quiz-keys': 'agenda:1' } }
	] } } );
	assert.deepEqual( await progress.carryOverProgress( browser, api, () => {} ), { uploaded: 2, dropped: 0, kept: 0 }, 'uploaded' );
	assert.deepEqual( api.of( 'get' ).map( ( p ) => [ p.prop, p.ppprop, p.titles ] ), [
		[ 'pageprops', [ 'trainings-step-ids', 'trainings-quiz-keys' ], [ 'Training:Talk_to_partners' ] ]
	], 'one request for the layouts now, of the records that remember one' );
	assert.deepEqual( api.of( 'post' ).map( ( p ) => [ p.module, p.step, p.stepsdone ] ), [
		[ 'Training:Talk_to_partners', 3, [ '1', '3' ] ],
		[ 'Training:Old', 2, [ '2' ] ]
	], 'the same steps by id; a record without layout as it is' );
} );

QUnit.test( 'reads wait for the carry-over', async ( assert ) => {
	const order = [];
	let finish;
	const ready = new Promise( ( resolve ) => {
		finish = resolve;
	} );
	const api = fakeApi( ( method ) => {
		order.push( method );
		return listResponse( [] );
	} );
	const { store } = makeStore( api, { ready } );
	const reading = store.get( KEY );
	await wait( 5 );
	assert.deepEqual( order, [], 'not before' );
	order.push( 'carried' );
	finish();
	await reading;
	assert.deepEqual( order, [ 'carried', 'get' ], 'after' );
} );

QUnit.test( 'the learner store: browser for anonymous learners, API for logged-in ones', async ( assert ) => {
	const api = fakeApi( ( method ) => method === 'get' ? listResponse( [] ) : {} );
	const storage = memoryStorage();
	const env = ( user ) => Object.assign( {
		localStorage: () => storage,
		config: ( key, fallback ) => key === 'wgUserName' ? user : fallback,
		logError: () => {}
	}, api );
	const anonymous = progress.createLearnerProgressStore( env( null ) );
	await anonymous.record( KEY, Object.assign( { step: 1 }, MODULE ) );
	assert.deepEqual( api.calls, [], 'anonymous: no API' );
	const loggedIn = progress.createLearnerProgressStore( env( 'Learner' ) );
	const record = await loggedIn.get( KEY );
	assert.deepEqual( api.calls.map( ( c ) => c.method + ':' + c.params.action ), [ 'post:trainingprogress', 'get:query' ], 'carried over, then read' );
	assert.strictEqual( record, null, 'the server had nothing (fake)' );
	assert.deepEqual( await anonymous.list(), [], 'the browser forgot it' );
} );
