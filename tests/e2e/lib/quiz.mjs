/**
 * Answering a quiz the way a scripted learner does: a first try chosen by the test (right,
 * wrong, or simply the first option), then, when that was not right, "Try again" and the right
 * answers, so that the module can be completed (every quiz answered right once, design record 0012).
 */
import assert from 'node:assert/strict';

/**
 * @param {import('playwright-core').Locator} quiz A `.trainings-quiz`, enhanced
 * @param {string} outcome The outcome the attribute must show
 */
async function check( quiz, outcome ) {
	await quiz.locator( '.trainings-quiz-check' ).click();
	await quiz.locator( '.trainings-quiz-status:not(:empty)' ).waitFor();
	if ( outcome ) {
		assert.equal( await quiz.getAttribute( 'data-trainings-quiz-outcome' ), outcome );
	}
}

/**
 * @param {import('playwright-core').Locator} quiz
 * @param {boolean} correct The right options, or the wrong ones
 * @return {Promise<string[]>} Their values
 */
function optionValues( quiz, correct ) {
	return quiz.locator( `details.trainings-quiz-answers [data-trainings-correct="${ correct ? 1 : 0 }"]` )
		.evaluateAll( ( items ) => items.map( ( li ) => li.getAttribute( 'data-trainings-option' ) ) );
}

/**
 * @param {import('playwright-core').Locator} quiz
 * @param {'right'|'wrong'|'first'} firstTry Right answers, one wrong option, or the first option
 * @return {Promise<string>} The outcome of the first try
 */
export async function answerQuiz( quiz, firstTry = 'first' ) {
	const right = await optionValues( quiz, true );
	const wrong = await optionValues( quiz, false );
	let choice;
	if ( firstTry === 'right' ) {
		choice = right;
	} else if ( firstTry === 'wrong' && wrong.length ) {
		choice = [ wrong[ 0 ] ];
	} else {
		choice = [ ( await quiz.locator( '.trainings-quiz-options input' ).first().getAttribute( 'value' ) ) ];
	}
	for ( const value of choice ) {
		await quiz.locator( `.trainings-quiz-options input[value="${ value }"]` ).check();
	}
	await check( quiz );
	const first = await quiz.getAttribute( 'data-trainings-quiz-outcome' );
	if ( first !== 'right' ) {
		await quiz.locator( '.trainings-quiz-retry' ).click();
		for ( const value of right ) {
			await quiz.locator( `.trainings-quiz-options input[value="${ value }"]` ).check();
		}
		await check( quiz, 'right' );
	}
	return first;
}
