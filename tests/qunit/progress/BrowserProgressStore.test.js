'use strict';

const { progress } = require( 'ext.trainings.player' );

/**
 * A stand-in for mw.storage, over a plain object.
 *
 * @param {Object} [options]
 * @param {boolean} [options.disabled] get() gives false, set() fails (storage blocked)
 * @param {number} [options.quota] set() fails for longer values (storage full)
 * @return {Object}
 */
function fakeStorage( options ) {
	const opts = options || {};
	const storage = {
		data: {},
		writes: 0,
		get: ( key ) => opts.disabled ? false :
			( Object.prototype.hasOwnProperty.call( storage.data, key ) ? storage.data[ key ] : null ),
		set( key, value ) {
			if ( opts.disabled || ( opts.quota && value.length > opts.quota ) ) {
				return false;
			}
			storage.data[ key ] = value;
			storage.writes++;
			return true;
		},
		remove( key ) {
			delete storage.data[ key ];
			return !opts.disabled;
		}
	};
	return storage;
}

const KEY = { module: 'How_to_talk_to_partners', language: 'en' };
const MODULE = { steps: 3, quizzes: [ 1 ] };

/**
 * @param {number} start First time
 * @return {Function} A clock that ticks once per call
 */
function clock( start ) {
	let t = start || 1000;
	return () => t++;
}

QUnit.module( 'ext.trainings.player: browser progress store' );

QUnit.test( 'records, reads back and lists progress under one versioned key', async ( assert ) => {
	const storage = fakeStorage();
	const store = progress.createBrowserProgressStore( storage, clock() );
	assert.strictEqual( await store.get( KEY ), null, 'nothing yet' );
	await store.record( KEY, Object.assign( { step: 1 }, MODULE ) );
	const saved = await store.record( KEY, Object.assign( { step: 2 }, MODULE ) );
	assert.deepEqual( saved.seen, [ 1, 2 ], 'the record returned' );
	assert.deepEqual( Object.keys( storage.data ), [ progress.STORAGE_KEY ], 'one key' );
	assert.strictEqual( progress.STORAGE_KEY, 'mw-trainings-progress', 'prefixed' );
	const data = JSON.parse( storage.data[ progress.STORAGE_KEY ] );
	assert.strictEqual( data.version, progress.FORMAT_VERSION, 'versioned' );
	assert.strictEqual( data.records.length, 1, 'one record per module' );

	// Another page (a new store) reads the same.
	const other = progress.createBrowserProgressStore( storage, clock() );
	assert.deepEqual( await other.get( KEY ), saved, 'read back' );
	assert.deepEqual( await other.get( { module: KEY.module, language: 'fr' } ), saved,
		'the record belongs to the module, whatever the language' );
	const french = await other.record( { module: KEY.module, language: 'fr' }, Object.assign( { step: 3 }, MODULE ) );
	assert.deepEqual( [ french.language, french.seen ], [ 'fr', [ 1, 2, 3 ] ], 'switching language keeps the progress' );
	assert.strictEqual( JSON.parse( storage.data[ progress.STORAGE_KEY ] ).records.length, 1, 'still one record' );
	await other.record( { module: 'Other', language: 'en' }, Object.assign( { step: 1 }, MODULE ) );
	assert.deepEqual( ( await other.list() ).map( ( p ) => p.module ).sort(), [ 'How_to_talk_to_partners', 'Other' ], 'list' );
	assert.deepEqual( ( await other.list( [ 'Other', 'Missing' ] ) ).map( ( p ) => p.module ), [ 'Other' ], 'list of some modules' );
	assert.deepEqual( ( await store.get( { module: 'Other', language: 'en' } ) ).seen, [ 1 ], 'what another tab wrote is seen' );

	await other.reset( KEY );
	assert.strictEqual( await store.get( KEY ), null, 'reset one' );
	assert.notStrictEqual( await store.get( { module: 'Other', language: 'en' } ), null, 'the others stay' );
	await other.reset();
	assert.deepEqual( await store.list(), [], 'reset all' );
	assert.deepEqual( storage.data, {}, 'key removed' );
} );

QUnit.test( 'corrupt or foreign data does not throw and is replaced', async ( assert ) => {
	const storage = fakeStorage();
	const store = progress.createBrowserProgressStore( storage, clock() );
	for ( const bad of [ '{not json', 'null', '42', '{"version":99,"records":[]}', '{"version":1,"records":"x"}' ] ) {
		storage.data[ progress.STORAGE_KEY ] = bad;
		assert.deepEqual( await store.list(), [], 'nothing from ' + bad );
	}
	storage.data[ progress.STORAGE_KEY ] = JSON.stringify( { version: 1, records: [ null, { module: 'A' }, {
		module: 'B', language: 'en', steps: 2, quizzes: [], step: 1, seen: [ 1 ], answers: {}, completed: 0, updated: 1
	} ] } );
	assert.deepEqual( ( await store.list() ).map( ( p ) => p.module ), [ 'B' ], 'bad records dropped, good ones kept' );
	storage.data[ progress.STORAGE_KEY ] = '{not json';
	await store.record( KEY, Object.assign( { step: 1 }, MODULE ) );
	assert.strictEqual( JSON.parse( storage.data[ progress.STORAGE_KEY ] ).records.length, 1, 'replaced by valid data' );
} );

QUnit.test( 'progress stored per language version (format 1) is merged per module when read', async ( assert ) => {
	const storage = fakeStorage();
	const record = ( language, fields ) => Object.assign( {
		module: 'A', language, steps: 3, quizzes: [ 1, 2 ], step: 1, seen: [], answers: {}, completed: 0, updated: 1
	}, fields );
	storage.data[ progress.STORAGE_KEY ] = JSON.stringify( { version: 1, records: [
		record( 'en', { step: 2, seen: [ 1, 2 ], answers: { 1: { first: 'wrong', last: 'wrong', attempts: 1 } }, updated: 10 } ),
		record( 'fr', { step: 3, seen: [ 3 ], answers: { 1: { first: 'right', last: 'right', attempts: 2 } },
			completed: 40, updated: 30 } ),
		record( 'de', { seen: [ 1 ], answers: { 2: { first: 'partial', last: 'partial', attempts: 1 } },
			completed: 20, updated: 20 } ),
		record( 'en', { module: 'B', seen: [ 1 ], updated: 5 } )
	] } );
	const store = progress.createBrowserProgressStore( storage, clock( 100 ) );
	const merged = await store.get( { module: 'A', language: 'en' } );
	assert.deepEqual( merged.seen, [ 1, 2, 3 ], 'steps seen united' );
	assert.deepEqual( merged.answers, {
		1: { first: 'wrong', last: 'right', attempts: 3, passed: true },
		2: { first: 'partial', last: 'partial', attempts: 1, passed: false }
	}, 'best outcome of each quiz, attempts added up' );
	assert.deepEqual( [ merged.completed, merged.updated, merged.step, merged.language ], [ 20, 30, 3, 'fr' ],
		'earliest completion; step and language of the latest record' );
	assert.deepEqual( ( await store.list() ).map( ( p ) => p.module ), [ 'A', 'B' ], 'one record per module' );
	await store.record( { module: 'B', language: 'en' }, Object.assign( { step: 1 }, MODULE ) );
	const data = JSON.parse( storage.data[ progress.STORAGE_KEY ] );
	assert.deepEqual( [ data.version, data.records.length ], [ progress.FORMAT_VERSION, 2 ], 'written back as format 2' );
} );

QUnit.test( 'without storage, progress lasts as long as the page', async ( assert ) => {
	const store = progress.createBrowserProgressStore( fakeStorage( { disabled: true } ), clock() );
	await store.record( KEY, Object.assign( { step: 1 }, MODULE ) );
	await store.record( KEY, Object.assign( { step: 2 }, MODULE ) );
	assert.deepEqual( ( await store.get( KEY ) ).seen, [ 1, 2 ], 'kept in memory' );
	await store.reset();
	assert.strictEqual( await store.get( KEY ), null, 'reset' );
} );

QUnit.test( 'a full storage keeps the newest half, then memory', async ( assert ) => {
	const storage = fakeStorage( { quota: 1200 } );
	const store = progress.createBrowserProgressStore( storage, clock() );
	for ( let i = 1; i <= 10; i++ ) {
		await store.record( { module: 'M' + i, language: 'en' }, Object.assign( { step: 1 }, MODULE ) );
	}
	const stored = JSON.parse( storage.data[ progress.STORAGE_KEY ] ).records.map( ( p ) => p.module );
	assert.true( stored.length < 10, 'not everything fits: ' + stored.length );
	assert.true( stored.includes( 'M10' ), 'the newest is stored' );
	assert.false( stored.includes( 'M1' ), 'the oldest is dropped' );
	assert.notStrictEqual( await store.get( { module: 'M10', language: 'en' } ), null, 'readable' );

	const tiny = progress.createBrowserProgressStore( fakeStorage( { quota: 10 } ), clock() );
	await tiny.record( KEY, Object.assign( { step: 3 }, MODULE ) );
	assert.deepEqual( ( await tiny.get( KEY ) ).seen, [ 3 ], 'nothing fits: memory still has it' );
} );

QUnit.test( 'keeps at most a bounded number of records, dropping the oldest', async ( assert ) => {
	const storage = fakeStorage();
	const store = progress.createBrowserProgressStore( storage, clock(), 3 );
	for ( let i = 1; i <= 5; i++ ) {
		await store.record( { module: 'M' + i, language: 'en' }, Object.assign( { step: 1 }, MODULE ) );
	}
	// M2 is used again: it is recent now.
	await store.record( { module: 'M2', language: 'en' }, Object.assign( { step: 2 }, MODULE ) );
	await store.record( { module: 'M6', language: 'en' }, Object.assign( { step: 1 }, MODULE ) );
	assert.deepEqual( ( await store.list() ).map( ( p ) => p.module ).sort(), [ 'M2', 'M5', 'M6' ], 'the three most recently used' );
	assert.strictEqual( progress.MAX_RECORDS, 300, 'default bound' );
} );

module.exports = { fakeStorage };
