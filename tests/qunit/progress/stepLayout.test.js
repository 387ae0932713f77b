'use strict';

const { progress } = require( 'ext.trainings.player' );
const { fakeStorage } = require( './BrowserProgressStore.test.js' );

const MODULE = 'How_to_talk_to_partners';

/**
 * @param {string[]} steps Step ids in order
 * @param {string[]} [quizzes] Quiz keys by quiz number
 * @return {Object} The key of the module shown in that layout (as the server encodes it)
 */
function keyIn( steps, quizzes ) {
	return { module: MODULE, language: 'en', layout: steps.join( '|' ) + ';' + ( quizzes || [] ).join( '|' ) };
}

/** Before, during and after the meeting; a quiz in "before" and one in "after". */
const OLD = keyIn( [ 'before', 'during', 'after' ], [ 'before:1', 'after:1' ] );

/**
 * An anonymous learner who saw steps 1 and 2 (resume: step 2) and answered quiz 2 right,
 * in the OLD layout.
 *
 * @return {Object} The storage and the store
 */
async function learnerInOldLayout() {
	const storage = fakeStorage();
	const store = progress.createBrowserProgressStore( storage );
	const module = { steps: 3, quizzes: [ 1, 2 ] };
	await store.record( OLD, Object.assign( { step: 1 }, module ) );
	await store.record( OLD, Object.assign( { quiz: { number: 2, outcome: 'right', options: [ 2 ] } }, module ) );
	await store.record( OLD, Object.assign( { step: 2 }, module ) );
	return { storage, store };
}

/**
 * @param {Object} record A progress record
 * @param {Object} key The key it was read with
 * @return {Object} Its resume step, seen steps and answered quizzes by id
 */
function byId( record, key ) {
	const [ steps, quizzes ] = key.layout.split( ';' ).map( ( list ) => list.split( '|' ) );
	return {
		step: steps[ record.step - 1 ],
		seen: record.seen.map( ( n ) => steps[ n - 1 ] ),
		answers: Object.keys( record.answers ).map( ( n ) => quizzes[ n - 1 ] )
	};
}

QUnit.module( 'ext.trainings.player: browser progress follows the step ids' );

QUnit.test( 'a step inserted before the steps seen', async ( assert ) => {
	const { store } = await learnerInOldLayout();
	const now = keyIn( [ 'before', 'agenda', 'during', 'after' ], [ 'before:1', 'agenda:1', 'after:1' ] );
	const record = await store.get( now );
	assert.deepEqual( [ record.step, record.seen, Object.keys( record.answers ) ], [ 3, [ 1, 3 ], [ '3' ] ], 'positions moved' );
	assert.deepEqual( byId( record, now ), { step: 'during', seen: [ 'before', 'during' ], answers: [ 'after:1' ] }, 'the same steps and quiz' );
	assert.strictEqual( record.steps, 4, 'the new step count' );
	assert.deepEqual( record.layout, now.layout, 'in the layout shown' );
	assert.deepEqual( ( await store.get( OLD ) ).seen, [ 1, 2 ], 'nothing written by a read' );
} );

QUnit.test( 'a write in the new layout moves the record first, then keeps the new layout', async ( assert ) => {
	const { storage, store } = await learnerInOldLayout();
	const now = keyIn( [ 'before', 'agenda', 'during', 'after' ], [ 'before:1', 'agenda:1', 'after:1' ] );
	const record = await store.record( now, { steps: 4, quizzes: [ 1, 2, 3 ], step: 4 } );
	assert.deepEqual( byId( record, now ), { step: 'after', seen: [ 'before', 'during', 'after' ], answers: [ 'after:1' ] }, 'the new step added to the moved ones' );
	const stored = JSON.parse( storage.data[ progress.STORAGE_KEY ] ).records[ 0 ];
	assert.deepEqual( stored.layout, now.layout, 'stored with the layout shown' );
	assert.deepEqual( [ stored.step, stored.seen ], [ 4, [ 1, 3, 4 ] ], 'stored positions' );
} );

QUnit.test( 'a step removed: dropped; the resume point goes back to the nearest earlier step', async ( assert ) => {
	const { store } = await learnerInOldLayout();
	const now = keyIn( [ 'before', 'after' ], [ 'before:1', 'after:1' ] );
	const record = await store.get( now );
	assert.deepEqual( byId( record, now ), { step: 'before', seen: [ 'before' ], answers: [ 'after:1' ] }, 'moved' );
	assert.deepEqual( [ record.step, record.seen ], [ 1, [ 1 ] ], 'positions' );

	const gone = await store.get( keyIn( [ 'during', 'after' ] ) );
	assert.deepEqual( [ gone.step, gone.seen, gone.answers ], [ 1, [ 1 ], {} ], 'quizzes whose keys are gone are dropped' );
	const first = await store.get( keyIn( [ 'agenda', 'after' ] ) );
	assert.deepEqual( [ first.step, first.seen ], [ 0, [] ], 'no earlier step left: the introduction' );
} );

QUnit.test( 'steps reordered', async ( assert ) => {
	const { store } = await learnerInOldLayout();
	const now = keyIn( [ 'during', 'after', 'before' ], [ 'after:1', 'before:1' ] );
	const record = await store.get( now );
	assert.deepEqual( [ record.step, record.seen, Object.keys( record.answers ) ], [ 1, [ 1, 3 ], [ '1' ] ], 'positions' );
	assert.deepEqual( byId( record, now ), { step: 'during', seen: [ 'during', 'before' ], answers: [ 'after:1' ] }, 'the same steps and quiz' );
} );

QUnit.test( 'a record written before layouts were kept stays as it is, and gets the layout at the next write', async ( assert ) => {
	const storage = fakeStorage();
	storage.data[ progress.STORAGE_KEY ] = JSON.stringify( { version: 2, records: [
		{ module: MODULE, language: 'en', steps: 3, quizzes: [ 1 ], step: 2, seen: [ 1, 2 ], answers: {}, completed: 0, updated: 5 }
	] } );
	const store = progress.createBrowserProgressStore( storage );
	const now = keyIn( [ 'before', 'agenda', 'during' ] );
	const record = await store.get( now );
	assert.deepEqual( [ record.step, record.seen, record.layout ], [ 2, [ 1, 2 ], undefined ], 'read by position' );
	await store.record( now, { steps: 3, quizzes: [], step: 3 } );
	const stored = JSON.parse( storage.data[ progress.STORAGE_KEY ] ).records[ 0 ];
	assert.deepEqual( [ stored.seen, stored.layout ], [ [ 1, 2, 3 ], now.layout ], 'written with the layout' );
	assert.deepEqual( ( await store.get( keyIn( [ 'during', 'before' ] ) ) ).seen, [ 1, 2 ], 'then it follows the ids' );
} );

QUnit.test( 'a page without a layout reads the record as stored', async ( assert ) => {
	const { store } = await learnerInOldLayout();
	const record = await store.get( { module: MODULE, language: 'fr' } );
	assert.deepEqual( [ record.step, record.seen ], [ 2, [ 1, 2 ] ], 'by position' );
} );
