'use strict';

const { progress } = require( 'ext.trainings.player' );

const KEY = { module: 'How_to_talk_to_partners', language: 'fr' };
const MODULE = { steps: 2, quizzes: [ 1 ] };

/**
 * A stand-in for the browser store, over a plain map (one record per module, as the real
 * store keeps), applying the real model rules.
 *
 * @return {Object}
 */
function fakeStore() {
	const records = new Map();
	const k = ( key ) => key.module;
	let time = 1000;
	return {
		calls: [],
		get( key ) {
			this.calls.push( 'get' );
			return Promise.resolve( records.get( k( key ) ) || null );
		},
		list() {
			this.calls.push( 'list' );
			return Promise.resolve( Array.from( records.values() ) );
		},
		record( key, update ) {
			this.calls.push( 'record' );
			const next = progress.applyUpdate( records.get( k( key ) ) || null, key, update, time++ );
			records.set( k( key ), next );
			return Promise.resolve( next );
		},
		reset( key ) {
			this.calls.push( 'reset' );
			if ( key ) {
				records.delete( k( key ) );
			} else {
				records.clear();
			}
			return Promise.resolve();
		}
	};
}

/**
 * @param {Object[]} sent Where the sender puts what it sends
 * @return {string[]} Each request, in short
 */
function short( sent ) {
	return sent.map( ( p ) => p.event + ( p.quiz ? ':' + p.quiz + ':' + p.outcome : '' ) );
}

QUnit.module( 'ext.trainings.player: anonymous statistics' );

QUnit.test( 'sends start, first quiz answers and completion once per module version', async ( assert ) => {
	const sent = [];
	const store = progress.createAnonymousStatsStore( fakeStore(), ( params ) => sent.push( params ) );
	await store.record( KEY, Object.assign( { step: 1 }, MODULE ) );
	assert.deepEqual( sent, [ {
		action: 'trainingevent', module: 'Training:How_to_talk_to_partners', language: 'fr', event: 'start'
	} ], 'start, with the module and language' );

	await store.record( KEY, Object.assign( { step: 1 }, MODULE ) );
	await store.record( KEY, Object.assign( { quiz: { number: 1, outcome: 'wrong' } }, MODULE ) );
	await store.record( KEY, Object.assign( { quiz: { number: 1, outcome: 'right' } }, MODULE ) );
	assert.deepEqual( short( sent ), [ 'start', 'quiz:1:wrong' ], 'the first answer only, not the retry' );

	const done = await store.record( KEY, Object.assign( { step: 2 }, MODULE ) );
	assert.true( done.completed > 0, 'the store\'s result is passed on' );
	await store.record( KEY, Object.assign( { step: 1 }, MODULE ) );
	await store.record( KEY, Object.assign( { step: 2 }, MODULE ) );
	assert.deepEqual( short( sent ), [ 'start', 'quiz:1:wrong', 'complete' ], 'completion once' );
	assert.deepEqual( [ sent[ 2 ].stepsdone, sent[ 2 ].quizpassed ], [ [ '1', '2' ], [ '1' ] ],
		'the completion carries what the server checks: steps seen, quizzes passed' );

	await store.record( { module: KEY.module, language: 'en' }, Object.assign( { step: 1 }, MODULE ) );
	assert.strictEqual( sent.length, 3, 'switching language is no new start: progress belongs to the module' );
} );

QUnit.test( 'a quiz answer that completes the module sends the answer, then the completion', async ( assert ) => {
	const sent = [];
	const store = progress.createAnonymousStatsStore( fakeStore(), ( params ) => sent.push( params ) );
	await Promise.all( [
		store.record( KEY, Object.assign( { step: 1 }, MODULE ) ),
		store.record( KEY, Object.assign( { step: 2 }, MODULE ) ),
		store.record( KEY, Object.assign( { quiz: { number: 1, outcome: 'partial' } }, MODULE ) ),
		store.record( KEY, Object.assign( { quiz: { number: 1, outcome: 'right' } }, MODULE ) )
	] );
	assert.deepEqual( short( sent ), [ 'start', 'quiz:1:partial', 'complete' ],
		'calls made without waiting are seen in order: one start' );
} );

QUnit.test( 'reads and resets pass through; a failing sender breaks nothing', async ( assert ) => {
	const inner = fakeStore();
	const store = progress.createAnonymousStatsStore( inner, () => {
		throw new Error( 'refused' );
	} );
	const recorded = await store.record( KEY, Object.assign( { step: 1 }, MODULE ) );
	assert.deepEqual( recorded.seen, [ 1 ], 'recorded' );
	assert.deepEqual( await store.get( KEY ), recorded, 'get' );
	assert.deepEqual( await store.list(), [ recorded ], 'list' );
	await store.reset( KEY );
	assert.strictEqual( await store.get( KEY ), null, 'reset' );
	assert.deepEqual( inner.calls, [ 'get', 'record', 'get', 'list', 'reset', 'get' ], 'each call once' );
} );

QUnit.test( 'the learner store sends events for anonymous learners only', async ( assert ) => {
	const beacons = [];
	const data = {};
	const env = ( user ) => ( {
		localStorage: () => ( {
			get: ( key ) => Object.prototype.hasOwnProperty.call( data, key ) ? data[ key ] : null,
			set: ( key, value ) => {
				data[ key ] = value;
				return true;
			},
			remove: ( key ) => delete data[ key ]
		} ),
		config: ( key, fallback ) => key === 'wgUserName' ? user : fallback,
		logError: () => {},
		apiGet: () => Promise.resolve( { query: { trainingprogress: { modules: [] } } } ),
		apiPost: () => Promise.resolve( {} ),
		apiBeacon: () => true,
		apiBeaconAnonymous: ( params ) => beacons.push( params )
	} );
	await progress.createLearnerProgressStore( env( null ) ).record( KEY, Object.assign( { step: 1 }, MODULE ) );
	assert.deepEqual( short( beacons ), [ 'start' ], 'anonymous: counted' );
	const loggedIn = progress.createLearnerProgressStore( env( 'Learner' ) );
	await loggedIn.record( { module: 'Other', language: 'en' }, Object.assign( { step: 1 }, MODULE ) );
	await loggedIn.flush();
	assert.deepEqual( short( beacons ), [ 'start' ], 'logged in: the progress API counts' );
} );
