/**
 * Progress in the browser (anonymous learner, localStorage): a learner finishes a module,
 * comes back and sees it completed; stops halfway, comes back and continues; and the course
 * page shows each module's state, the count and a link to continue.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, server, waitForModule } from '../lib/browser.mjs';
import { openModule, visibleSteps, walkAndAnswer } from '../lib/learner.mjs';

const CATALOG_MODULE = `${ server }/wiki/Training:Using_the_Trainings_catalog`;
const COURSE = `${ server }/wiki/Training:Partnerships`;
let browser;

before( async () => {
	browser = await launchBrowser();
} );

after( async () => {
	await browser?.close();
} );

/**
 * @param {import('playwright-core').Page} page
 * @return {Promise<string[]>} Links of the steps marked done in the step list
 */
function doneSteps( page ) {
	return page.$$eval( '.trainings-steplist li.trainings-steplist-item--done a', ( links ) => links
		.map( ( a ) => a.getAttribute( 'href' ) ) );
}

test( 'a finished module shows as completed when the learner comes back', async () => {
	const { page, problems, close } = await openPage( browser );
	await openModule( page, CATALOG_MODULE );
	await walkAndAnswer( page );
	assert.equal( ( await page.locator( '.trainings-player-complete h2' ).textContent() ).trim(), 'Module completed' );
	assert.deepEqual( await doneSteps( page ), [ '#step-1', '#step-2', '#step-3', '#step-4' ] );

	// A reload keeps the last step (the address says #step-4), with the steps marked.
	await page.reload();
	assert.equal( await waitForModule( page, 'ext.trainings.player' ), 'ready' );
	await page.waitForFunction( () => document.querySelector( '#step-4' )?.offsetParent !== null );
	assert.deepEqual( await visibleSteps( page ), [ 'step-4' ] );

	// Opening the module again: the introduction says it is completed.
	await openModule( page, CATALOG_MODULE );
	const resume = page.locator( '.trainings-player-resume--done' );
	await resume.waitFor();
	assert.match( await resume.textContent(), /You have completed this module/ );
	assert.equal( await page.locator( '.trainings-player-continue' ).count(), 0 );
	assert.deepEqual( await doneSteps( page ), [ '#step-1', '#step-2', '#step-3', '#step-4' ] );
	assert.match( await page.locator( '.trainings-steplist li' ).first().textContent(), /✓ done/ );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'skipping the quiz: the end of the module says what is left', async () => {
	const { page, problems, close } = await openPage( browser );
	await openModule( page, CATALOG_MODULE );
	await page.locator( '.trainings-player-start' ).click();
	for ( let i = 0; i < 3; i++ ) {
		await page.locator( '.trainings-player-next' ).click();
	}
	await page.locator( '.trainings-player-finish' ).click();
	await page.locator( '.trainings-player-complete' ).waitFor();
	assert.equal( ( await page.locator( '.trainings-player-complete h2' ).textContent() ).trim(), 'You reached the end of the module' );
	const todo = page.locator( '.trainings-player-todo li' );
	assert.equal( await todo.count(), 1 );
	assert.match( await todo.textContent(), /\(a quiz to answer right\)/ );
	await todo.locator( 'a' ).click();
	await page.waitForFunction( () => document.querySelector( '#step-2' )?.offsetParent !== null );
	assert.deepEqual( await visibleSteps( page ), [ 'step-2' ] );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'a learner who stopped halfway continues where they left off', async () => {
	const { page, problems, close } = await openPage( browser );
	await openModule( page, `${ CATALOG_MODULE }#step-1` );
	await page.locator( '.trainings-player-next' ).click();
	assert.deepEqual( await visibleSteps( page ), [ 'step-2' ] );

	await openModule( page, CATALOG_MODULE );
	const resume = page.locator( '.trainings-player-resume' );
	await resume.waitFor();
	assert.match( await resume.textContent(), /You stopped at step 2 of 4/ );
	assert.deepEqual( await visibleSteps( page ), [], 'the introduction first, no jump' );
	await page.locator( '.trainings-player-continue' ).click();
	assert.deepEqual( await visibleSteps( page ), [ 'step-2' ] );
	assert.match( page.url(), /#step-search-for-a-topic$/, 'the address names the step by its id' );

	await openModule( page, CATALOG_MODULE );
	await page.locator( '.trainings-player-restart' ).click();
	assert.deepEqual( await visibleSteps( page ), [ 'step-1' ] );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'the course page shows the learner\'s progress through its modules', async () => {
	const { page, problems, close } = await openPage( browser );
	await page.goto( COURSE );
	assert.equal( await waitForModule( page, 'ext.trainings.player' ), 'ready' );
	const summary = page.locator( '.trainings-course-summary' );
	await summary.waitFor();
	assert.equal( await summary.textContent(), '0 of 4 modules completed' );
	// Styled by the stylesheet in the page's head (ext.trainings.styles), there before the script.
	assert.equal( await page.locator( 'head link[rel="stylesheet"][href*="ext.trainings.styles"]' ).count(), 1 );
	assert.equal( await summary.evaluate( ( el ) => window.getComputedStyle( el ).fontWeight ), '700' );
	assert.equal( await page.locator( '.trainings-course-status--not-started' ).count(), 4 );
	assert.match( await page.locator( '.trainings-course-continue' ).textContent(), /^Start: How to talk to partners/ );

	// Finish the first module, and stop at step 2 of the second.
	await openModule( page, `${ server }/wiki/Training:How_to_talk_to_partners` );
	await walkAndAnswer( page );
	assert.equal( ( await page.locator( '.trainings-player-complete h2' ).textContent() ).trim(), 'Module completed' );
	await openModule( page, `${ server }/wiki/Training:How_to_start_a_partnership_in_a_developing_country#step-2` );
	const steps = await page.locator( 'section.trainings-step' ).count();

	await page.goto( COURSE );
	assert.equal( await waitForModule( page, 'ext.trainings.player' ), 'ready' );
	await summary.waitFor();
	assert.equal( await summary.textContent(), '1 of 4 modules completed' );
	const status = ( key ) => page.locator( `li[data-trainings-module="${ key }"] .trainings-course-status` ).textContent();
	assert.equal( ( await status( 'How_to_talk_to_partners' ) ).trim(), '✓ Completed' );
	assert.equal( ( await status( 'How_to_start_a_partnership_in_a_developing_country' ) ).trim(), `In progress: step 2 of ${ steps }` );
	assert.equal( ( await status( 'How_to_measure_your_success' ) ).trim(), 'Not started' );
	const next = page.locator( '.trainings-course-continue' );
	assert.match( await next.textContent(), /^Continue: How to start a partnership in a developing country/ );
	assert.match( await next.getAttribute( 'href' ), /Special:MyLanguage\/Training:How_to_start_a_partnership_in_a_developing_country#step-2$/ );

	// "Continue" opens the module at the step where the learner stopped.
	await next.click();
	assert.equal( await waitForModule( page, 'ext.trainings.player' ), 'ready' );
	await page.waitForFunction( () => document.querySelector( '#step-2' )?.offsetParent !== null );
	assert.deepEqual( await visibleSteps( page ), [ 'step-2' ] );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'without JavaScript the course page is its plain list of modules', async () => {
	const { page, close } = await openPage( browser, { javaScriptEnabled: false } );
	await page.goto( COURSE );
	assert.equal( await page.locator( 'ol.trainings-course > li a' ).count(), 4 );
	assert.equal( await page.locator( '.trainings-course-status, .trainings-course-summary' ).count(), 0 );
	await close();
} );
