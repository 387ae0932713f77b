'use strict';

const { progress } = require( 'ext.trainings.player' );

const KEY = { module: 'How_to_talk_to_partners', language: 'en' };
const MODULE = { steps: 3, quizzes: [ 1, 2 ] };

/**
 * @param {Object[]} updates Step or quiz parts
 * @return {Object|null} The progress after all of them (times 1, 2, …)
 */
function replay( updates ) {
	return updates.reduce( ( sum, update, i ) => progress.applyUpdate(
		sum, KEY, Object.assign( {}, MODULE, update ), i + 1 ), null );
}

QUnit.module( 'ext.trainings.player: progress model' );

QUnit.test( 'applyUpdate records the step reached and the steps seen', ( assert ) => {
	const p = replay( [ { step: 2 }, { step: 1 }, { step: 2 } ] );
	assert.strictEqual( p.module, 'How_to_talk_to_partners', 'module' );
	assert.strictEqual( p.language, 'en', 'language' );
	assert.strictEqual( p.step, 2, 'the last step shown is where to resume' );
	assert.deepEqual( p.seen, [ 1, 2 ], 'seen steps, once each, in order' );
	assert.strictEqual( p.steps, 3, 'step count' );
	assert.deepEqual( p.quizzes, [ 1, 2 ], 'quizzes' );
	assert.strictEqual( p.updated, 3, 'time of the last change' );
	assert.strictEqual( p.completed, 0, 'not completed' );
} );

QUnit.test( 'applyUpdate ignores steps out of range and does not change its input', ( assert ) => {
	const before = replay( [ { step: 2 } ] );
	const frozen = JSON.stringify( before );
	const after = progress.applyUpdate( before, KEY, Object.assign( {}, MODULE, { step: 7 } ), 5 );
	assert.deepEqual( after.seen, [ 2 ], 'step 7 of 3 not seen' );
	assert.strictEqual( after.step, 2, 'resume point kept' );
	assert.strictEqual( progress.applyUpdate( before, KEY, Object.assign( {}, MODULE, { step: 0 } ), 5 ).step, 2, 'the introduction is not a resume point' );
	assert.strictEqual( progress.applyUpdate( null, KEY, Object.assign( {}, MODULE, { step: 1.5 } ), 5 ).seen.length, 0, 'not a step number' );
	assert.strictEqual( JSON.stringify( before ), frozen, 'previous record unchanged' );
} );

QUnit.test( 'applyUpdate records quiz answers; an empty check is no answer', ( assert ) => {
	let p = replay( [ { quiz: { number: 1, outcome: 'wrong' } }, { quiz: { number: 1, outcome: 'right' } } ] );
	assert.deepEqual( p.answers, { 1: { first: 'wrong', last: 'right', attempts: 2, passed: true } }, 'first and last outcome, attempts, passed' );
	p = progress.applyUpdate( p, KEY, Object.assign( {}, MODULE, { quiz: { number: 1, outcome: 'wrong' } } ), 8 );
	assert.deepEqual( p.answers[ 1 ], { first: 'wrong', last: 'wrong', attempts: 3, passed: true }, 'stays passed after a later wrong answer' );
	p = progress.applyUpdate( p, KEY, Object.assign( {}, MODULE, { quiz: { number: 2, outcome: 'empty' } } ), 9 );
	assert.deepEqual( Object.keys( p.answers ), [ '1' ], 'empty check not recorded' );
} );

// The completion rule and what is left: progressRules.test.js, one table of cases with the server.

QUnit.test( 'normaliseProgress keeps what fits the model', ( assert ) => {
	assert.strictEqual( progress.normaliseProgress( null ), null, 'null' );
	assert.strictEqual( progress.normaliseProgress( 'x' ), null, 'a string' );
	assert.strictEqual( progress.normaliseProgress( { module: 'A', language: 'en' } ), null, 'no step count' );
	assert.strictEqual( progress.normaliseProgress( { module: '', language: 'en', steps: 2 } ), null, 'no module' );
	const p = progress.normaliseProgress( {
		module: 'A', language: 'fr', steps: 3, quizzes: [ 2, 1, 2, 'x', -1 ], step: 9,
		seen: [ 3, 1, 1, 4, null ], completed: 'yes', updated: 5,
		answers: { 1: { first: 'right', last: 'right', attempts: 1 }, 2: { first: 'maybe', last: 'right', attempts: 1 }, x: {} }
	} );
	assert.deepEqual( p, {
		module: 'A', language: 'fr', steps: 3, quizzes: [ 1, 2 ], step: 0, seen: [ 1, 3 ],
		answers: { 1: { first: 'right', last: 'right', attempts: 1, passed: true } }, completed: 0, updated: 5
	}, 'cleaned (records stored before "passed" derive it)' );
	const wrong = progress.normaliseProgress( { module: 'A', language: 'fr', steps: 1,
		answers: { 1: { first: 'wrong', last: 'wrong', attempts: 2, passed: true }, 2: { first: 'wrong', last: 'partial', attempts: 2 } } } );
	assert.deepEqual( [ wrong.answers[ 1 ].passed, wrong.answers[ 2 ].passed ], [ true, false ], 'passed kept, or false without a right answer' );
} );

QUnit.test( 'progressOfModule: a completed record, else the preferred language, else the newest', ( assert ) => {
	const rec = ( language, updated, completed ) => ( {
		module: 'A', language, steps: 2, quizzes: [], step: 1, seen: [ 1 ], answers: {}, completed: completed || 0, updated
	} );
	const en = rec( 'en', 1 );
	const fr = rec( 'fr', 2 );
	const de = rec( 'de', 3 );
	assert.strictEqual( progress.progressOfModule( [ en, fr, de ], 'A', 'fr' ), fr, 'preferred language' );
	assert.strictEqual( progress.progressOfModule( [ en, fr, de ], 'A', 'ar' ), de, 'newest' );
	const done = rec( 'en', 0, 1 );
	assert.strictEqual( progress.progressOfModule( [ done, fr ], 'A', 'fr' ), done, 'completed in another language' );
	assert.strictEqual( progress.progressOfModule( [ en ], 'B', 'en' ), null, 'other module' );
} );
