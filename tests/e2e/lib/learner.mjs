/**
 * What a learner does in the player, shared by the browser tests: open a module, see which
 * steps show, and walk a module to its end.
 */
import assert from 'node:assert/strict';
import { waitForModule } from './browser.mjs';

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
 * From the introduction, go through every step, answering each quiz with its first option
 * (any answer counts towards completion), and finish.
 *
 * @param {import('playwright-core').Page} page A module page with the player ready
 */
export async function walkAndAnswer( page ) {
	await page.locator( '.trainings-player-start' ).click();
	for ( let i = 0; i < 30; i++ ) {
		const quizzes = page.locator( 'section.trainings-step:visible .trainings-quiz' );
		for ( let q = 0; q < await quizzes.count(); q++ ) {
			const quiz = quizzes.nth( q );
			await quiz.locator( '.trainings-quiz-options input' ).first().check();
			await quiz.locator( '.trainings-quiz-check' ).click();
			await quiz.locator( '.trainings-quiz-status:not(:empty)' ).waitFor();
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
}
