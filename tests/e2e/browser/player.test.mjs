/**
 * A learner walks a module in Chromium: the player arranges the server-rendered steps of
 * "Training:Using the Trainings catalog" (introduction, four steps, a quiz in step 2), as the
 * legacy parser renders it and as Parsoid does (`?useparsoid=1`, design record 0018).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, server, waitForModule } from '../lib/browser.mjs';
import { visibleSteps } from '../lib/learner.mjs';

const PAGE = `${ server }/wiki/Training:Using_the_Trainings_catalog`;
let browser;

before( async () => {
	browser = await launchBrowser();
} );

after( async () => {
	await browser?.close();
} );

async function currentStep( page ) {
	const steps = await visibleSteps( page );
	assert.equal( steps.length, 1, `one step visible, saw: ${ steps.join( ', ' ) }` );
	return steps[ 0 ];
}

async function progress( page ) {
	const bar = page.locator( '[role="progressbar"]' );
	return {
		now: Number( await bar.getAttribute( 'aria-valuenow' ) ),
		max: Number( await bar.getAttribute( 'aria-valuemax' ) )
	};
}

/**
 * @param {string} parser Which parser renders the page
 * @param {string} MODULE The module's address
 */
function playerTests( parser, MODULE ) {
	const walkTitle = 'a learner walks the module with mouse and keyboard, answers a quiz, ' +
		`and finishes (${ parser })`;
	test( walkTitle, async () => {
		const { page, problems, close } = await openPage( browser );
		await page.goto( MODULE );
		assert.equal( await waitForModule( page, 'ext.trainings.player' ), 'ready' );
		// Parsoid's page carries its own section wrappers: the parser asked for rendered it.
		assert.equal( await page.locator( '.mw-parser-output section[data-mw-section-id]' ).count() > 0,
			parser === 'Parsoid' );

		// The introduction comes first, with a way to start.
		await page.locator( '.trainings-player-start' ).click();
		assert.equal( await currentStep( page ), 'step-1' );
		// The address names the step by its stable id (design record 0019).
		assert.match( page.url(), /#step-open-the-catalog$/ );
		assert.deepEqual( await progress( page ), { now: 1, max: 4 } );
		// Focus moves to the step heading, so screen readers start reading there.
		assert.equal( await page.evaluate( () => document.activeElement.closest( 'section.trainings-step' )?.id ),
			'step-1' );

		await page.locator( '.trainings-player-next' ).click();
		assert.equal( await currentStep( page ), 'step-2' );
		assert.match( page.url(), /#step-search-for-a-topic$/ );

		// Answer the quiz wrongly, then rightly: feedback comes from the page, no request needed;
		// only the statistics hear of the first answer (a beacon to action=trainingevent).
		const quiz = page.locator( '#step-2 .trainings-quiz' );
		let requests = 0;
		const statsEvents = [];
		page.on( 'request', ( req ) => {
			if ( ( req.postData() || '' ).includes( 'action=trainingevent' ) ) {
				statsEvents.push( new URLSearchParams( req.postData() ).get( 'outcome' ) );
			} else if ( !req.url().includes( 'load.php' ) ) {
				requests++;
			}
		} );
		await quiz.locator( 'label', { hasText: 'Only modules whose title is exactly' } ).click();
		await quiz.locator( '.trainings-quiz-check' ).click();
		await quiz.locator( '.trainings-quiz-option--wrong' ).first().waitFor();
		// What the player shows beside the chosen option, not the page's <details> fallback
		// (which holds every option's feedback from page load).
		const shown = quiz.locator( '.trainings-quiz-result' );
		assert.equal( await shown.count(), 1, 'one verdict, beside the chosen option' );
		assert.ok( await shown.isVisible() );
		assert.match( await shown.innerText(), /the words can appear anywhere/i );
		assert.doesNotMatch( await shown.innerText(), /every word you type must appear/i );
		await quiz.locator( '.trainings-quiz-retry' ).click();
		await quiz.locator( 'label', { hasText: 'both "offline" and "event"' } ).click();
		await quiz.locator( '.trainings-quiz-check' ).click();
		await quiz.locator( '.trainings-quiz-option--right' ).first().waitFor();
		assert.equal( await shown.count(), 1, 'the retry cleared the first verdict' );
		assert.ok( await shown.isVisible() );
		assert.match( await shown.innerText(), /every word you type must appear/i );
		assert.equal( requests, 0, 'checking a quiz sent no request' );
		assert.deepEqual( statsEvents, [ 'wrong' ], 'the first answer counted, not the retry' );

		// Keyboard: the right arrow goes forward, the left arrow back (in a left-to-right page).
		await page.locator( '#step-2 h2' ).focus();
		await page.keyboard.press( 'ArrowRight' );
		assert.equal( await currentStep( page ), 'step-3' );
		await page.keyboard.press( 'ArrowLeft' );
		assert.equal( await currentStep( page ), 'step-2' );
		await page.locator( '.trainings-player-previous' ).click();
		assert.equal( await currentStep( page ), 'step-1' );

		// To the end, then finish.
		for ( let i = 0; i < 3; i++ ) {
			await page.locator( '.trainings-player-next' ).click();
		}
		assert.equal( await currentStep( page ), 'step-4' );
		assert.deepEqual( await progress( page ), { now: 4, max: 4 } );
		await page.locator( '.trainings-player-finish' ).click();
		await page.locator( '.trainings-player-complete' ).waitFor();
		assert.ok( await page.locator( '.trainings-player-complete a[href*="Special:Trainings"]' ).count() > 0 );
		assert.deepEqual( problems, [] );
		await close();
	} );

	test( `a deep link opens step 3, and a reload stays there (${ parser })`, async () => {
		const { page, problems, close } = await openPage( browser );
		await page.goto( `${ MODULE }#step-3` );
		assert.equal( await waitForModule( page, 'ext.trainings.player' ), 'ready' );
		await page.waitForFunction( () => document.querySelector( '#step-3' )?.offsetParent !== null );
		assert.equal( await currentStep( page ), 'step-3' );
		assert.deepEqual( await progress( page ), { now: 3, max: 4 } );
		await page.reload();
		assert.equal( await waitForModule( page, 'ext.trainings.player' ), 'ready' );
		await page.waitForFunction( () => document.querySelector( '#step-3' )?.offsetParent !== null );
		assert.equal( await currentStep( page ), 'step-3' );
		// The step list, behind its toggle, jumps too.
		const toggle = page.locator( '.trainings-player-steps-toggle' );
		await toggle.click();
		assert.equal( await toggle.getAttribute( 'aria-expanded' ), 'true' );
		await page.locator( '.trainings-steplist a[href="#step-1"]' ).click();
		await page.waitForFunction( () => document.querySelector( '#step-1' )?.offsetParent !== null );
		assert.equal( await currentStep( page ), 'step-1' );
		assert.deepEqual( problems, [] );
		await close();
	} );

	test( `without JavaScript the module reads as one long page with working answer reveals (${ parser })`, async () => {
		const { page, close } = await openPage( browser, { javaScriptEnabled: false } );
		await page.goto( MODULE );
		assert.deepEqual( await visibleSteps( page ), [ 'step-1', 'step-2', 'step-3', 'step-4' ] );
		assert.equal( await page.locator( '.trainings-steplist li' ).count(), 4 );
		const answers = page.locator( '#step-2 details.trainings-quiz-answers' );
		assert.equal( await answers.getAttribute( 'open' ), null );
		await answers.locator( 'summary' ).click();
		assert.notEqual( await answers.getAttribute( 'open' ), null );
		assert.match( await answers.textContent(), /every word you type must appear/i );
		// The facts of the module are in the page, not only in the player.
		assert.match( await page.locator( '.trainings-meta' ).textContent(), /10/ );
		await close();
	} );
}

playerTests( 'legacy parser', PAGE );
playerTests( 'Parsoid', `${ PAGE }?useparsoid=1` );
