'use strict';

const { quiz } = require( 'ext.trainings.player' );

const single = [ { value: '1', correct: false }, { value: '2', correct: true } ];
const multiple = [ { value: '1', correct: true }, { value: '2', correct: false }, { value: '3', correct: true } ];

function chosenValues( result ) {
	return result.chosen.map( ( option ) => option.value );
}

QUnit.module( 'ext.trainings.player: quiz checkAnswers', QUnit.newMwEnvironment() );

QUnit.test( 'single answer: right, wrong, nothing chosen', ( assert ) => {
	assert.strictEqual( quiz.checkAnswers( single, [ '2' ] ).outcome, 'right', 'the right option' );
	assert.strictEqual( quiz.checkAnswers( single, [ '1' ] ).outcome, 'wrong', 'the wrong option' );
	assert.strictEqual( quiz.checkAnswers( single, [] ).outcome, 'empty', 'nothing chosen' );
	assert.strictEqual( quiz.checkAnswers( single, [ '9' ] ).outcome, 'empty', 'unknown values are ignored' );
	assert.deepEqual( chosenValues( quiz.checkAnswers( single, [ '1' ] ) ), [ '1' ], 'chosen options reported' );
} );

QUnit.test( 'multiple answers: all right ones and no wrong one', ( assert ) => {
	assert.strictEqual( quiz.checkAnswers( multiple, [ '1', '3' ] ).outcome, 'right', 'all right ones' );
	assert.strictEqual( quiz.checkAnswers( multiple, [ '3', '1' ] ).outcome, 'right', 'order does not matter' );
	assert.strictEqual( quiz.checkAnswers( multiple, [ '1' ] ).outcome, 'partial', 'one right one missing' );
	assert.strictEqual( quiz.checkAnswers( multiple, [ '1', '2', '3' ] ).outcome, 'wrong', 'all right ones plus a wrong one' );
	assert.strictEqual( quiz.checkAnswers( multiple, [ '2' ] ).outcome, 'wrong', 'only the wrong one' );
	assert.strictEqual( quiz.checkAnswers( multiple, [] ).outcome, 'empty', 'nothing chosen' );
	const result = quiz.checkAnswers( multiple, [ '3', '2' ] );
	assert.deepEqual(
		result.chosen.map( ( option ) => [ option.value, option.correct ] ),
		[ [ '2', false ], [ '3', true ] ],
		'verdict per chosen option, in option order'
	);
} );
