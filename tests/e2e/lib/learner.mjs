/**
 * What a learner does in the player, shared by the browser tests: open a module, see which
 * steps show, and walk a module to its end.
 */
import assert from 'node:assert/strict';
import { waitForModule } from './browser.mjs';
import { answerQuiz } from './quiz.mjs';

/**
 * Open a module page and wait for the player; when the player module fails, the assertion
 * message carries ResourceLoader's error.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} url
 */
export async function openModule( page, url ) {
	await page.goto( url );
	const state = await waitForModule( page, 'ext.trainings.player' );
	assert.equal( state, 'ready', state === 'error' ?
		await page.evaluate( 'JSON.stringify( window.mw.loader.moduleRegistry[ "ext.trainings.player" ] && ' +
			'String( window.mw.loader.moduleRegistry[ "ext.trainings.player" ].error || "" ) )' ) : '' );
}

/**
 * @param {import('playwright-core').Page} page
 * @return {Promise<string[]>} Ids of the step sections a person can see
 */
export function visibleSteps( page ) {
	return page.$$eval( 'section.trainings-step', ( sections ) => sections
		.filter( ( s ) => s.offsetParent !== null )
		.map( ( s ) => s.id ) );
}

/**
 * From the introduction, go through every step, answering each quiz (first try with its first
 * option, or as `firstTry` says; then right, since completing needs every quiz right once),
 * and finish.
 *
 * @param {import('playwright-core').Page} page A module page with the player ready
 * @param {function(number):('right'|'wrong'|'first')} [firstTry] By quiz number
 * @return {Promise<Object<number,string>>} The outcome of the first try, by quiz number
 */
export async function walkAndAnswer( page, firstTry = () => 'first' ) {
	const firsts = {};
	await page.locator( '.trainings-player-start' ).click();
	for ( let i = 0; i < 30; i++ ) {
		const quizzes = page.locator( 'section.trainings-step:visible .trainings-quiz' );
		for ( let q = 0; q < await quizzes.count(); q++ ) {
			const quiz = quizzes.nth( q );
			const number = Number( await quiz.getAttribute( 'data-trainings-quiz' ) );
			firsts[ number ] = await answerQuiz( quiz, firstTry( number ) );
		}
		if ( await page.locator( '.trainings-player-finish' ).isVisible() ) {
			break;
		}
		await page.locator( '.trainings-player-next' ).click();
	}
	await page.locator( '.trainings-player-finish' ).click();
	await page.locator( '.trainings-player-complete' ).waitFor();
	// Let what finishing sends (progress, the next-module lookup) complete: leaving aborts it.
	await page.waitForLoadState( 'networkidle' );
	return firsts;
}
