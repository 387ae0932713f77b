/**
 * The learner's progress on Special:Trainings (anonymous learner, localStorage): the cards of
 * the modules they finished or started say so in words, also after filtering, and "Continue
 * where you left off" links to the step where they stopped, in the language version they
 * followed. Without JavaScript, nothing of it.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, server, waitForModule } from '../lib/browser.mjs';
import { openModule, walkAndAnswer } from '../lib/learner.mjs';

const CATALOG = `${ server }/wiki/Special:Trainings`;
const FINISHED = 'Using_the_Trainings_catalog';
const HALFWAY = 'Editing_a_training_module';
const FRENCH = 'How_to_talk_to_partners';
let browser;

before( async () => {
	browser = await launchBrowser();
} );

after( async () => {
	await browser?.close();
} );

/**
 * @param {import('playwright-core').Page} page
 * @param {string} key A module's DB key
 * @return {Promise<string[]>} The texts of its card's chips
 */
function chips( page, key ) {
	return page.locator( `.ext-trainings-catalog__item[data-key="${ key }"] .cdx-info-chip--text` ).allTextContents();
}

/**
 * @param {import('playwright-core').Page} page
 * @return {Promise<number>} How many cards carry a progress badge
 */
function badgeCount( page ) {
	return page.locator( '.ext-trainings-catalog__item .ext-trainings-card__chip--progress' ).count();
}

test( 'the catalog shows what the learner finished and where to continue', async () => {
	const { page, problems, close } = await openPage( browser );
	// Nothing done yet: nothing added.
	await page.goto( CATALOG );
	assert.equal( await waitForModule( page, 'ext.trainings.catalog' ), 'ready' );
	await page.waitForLoadState( 'networkidle' );
	assert.equal( await badgeCount( page ), 0 );
	assert.equal( await page.locator( '.ext-trainings-catalog__continue' ).count(), 0 );

	// Finish one module; stop at step 2 of another, and of the French version of a third.
	await openModule( page, `${ server }/wiki/Training:${ FINISHED }` );
	await walkAndAnswer( page );
	await openModule( page, `${ server }/wiki/Training:${ HALFWAY }#step-1` );
	await page.locator( '.trainings-player-next' ).click();
	await page.waitForFunction( () => document.querySelector( '#step-2' )?.offsetParent !== null );
	await openModule( page, `${ server }/wiki/Training:${ FRENCH }/fr#step-1` );
	await page.locator( '.trainings-player-next' ).click();
	await page.waitForFunction( () => document.querySelector( '#step-2' )?.offsetParent !== null );

	await page.goto( CATALOG );
	assert.equal( await waitForModule( page, 'ext.trainings.catalog' ), 'ready' );
	const section = page.locator( '.ext-trainings-catalog__continue' );
	await section.waitFor();

	// Badges, first among each card's chips, in words.
	assert.equal( ( await chips( page, FINISHED ) )[ 0 ], '✓ Completed' );
	assert.equal( await page.locator( `[data-key="${ FINISHED }"] .ext-trainings-card__chip--completed [aria-hidden="true"]` ).textContent(), '✓ ' );
	assert.equal( ( await chips( page, HALFWAY ) )[ 0 ], 'In progress: step 2 of 4' );
	assert.equal( ( await chips( page, FRENCH ) )[ 0 ], 'In progress: step 2 of 6' );
	assert.equal( await badgeCount( page ), 3 );
	// The card's link names its state too.
	assert.match( await page.locator( `[data-key="${ FINISHED }"] a` ).textContent(), /Completed/ );

	// "Continue where you left off": above the courses, latest first, the version followed.
	assert.equal( ( await section.locator( 'h2' ).textContent() ).trim(), 'Continue where you left off' );
	assert.ok( await page.evaluate( () => document.querySelector( '.ext-trainings-catalog__continue' ).nextElementSibling
		.classList.contains( 'ext-trainings-catalog__courses' ) ), 'above the courses' );
	const links = await section.locator( 'li' ).evaluateAll( ( items ) => items.map( ( li ) => [
		li.querySelector( 'a' ).textContent, li.querySelector( 'a' ).getAttribute( 'href' ), li.textContent
	] ) );
	assert.deepEqual( links, [
		[ 'How to talk to partners', `/wiki/Training:${ FRENCH }/fr#step-2`, 'How to talk to partners (français) In progress: step 2 of 6' ],
		[ 'Editing a training module', `/wiki/Training:${ HALFWAY }#step-2`, 'Editing a training module In progress: step 2 of 4' ]
	] );

	// Filtering re-renders the cards: the badges stay.
	await page.locator( 'form.ext-trainings-catalog__search input[name="search"]' ).fill( 'training' );
	// The app's list (inside its mount point) replaced the server's, and is not loading.
	await page.waitForFunction( () => !document.querySelector( '.ext-trainings-catalog__results[aria-busy]' ) &&
		!!document.querySelector( '.ext-trainings-catalog__app .ext-trainings-catalog__item' ) &&
		document.querySelectorAll( '.ext-trainings-catalog__results' ).length === 1, null, { timeout: 10000 } );
	assert.match( page.url(), /search=training/ );
	assert.equal( ( await chips( page, FINISHED ) )[ 0 ], '✓ Completed' );
	assert.equal( ( await chips( page, HALFWAY ) )[ 0 ], 'In progress: step 2 of 4' );
	const shown = await page.locator( '.ext-trainings-catalog__item' ).evaluateAll( ( items ) => items.map( ( li ) => li.getAttribute( 'data-key' ) ) );
	const started = shown.filter( ( key ) => [ FINISHED, HALFWAY, FRENCH ].includes( key ) );
	assert.equal( await badgeCount( page ), started.length );
	assert.equal( await page.locator( '.ext-trainings-card__chip--completed [aria-hidden="true"]' ).count(), 1, 'one check mark: nothing doubled' );
	assert.ok( await section.isVisible(), 'the section stays while filtering' );

	// The link opens the module at the step where the learner stopped.
	await section.locator( 'a' ).nth( 1 ).click();
	assert.equal( await waitForModule( page, 'ext.trainings.player' ), 'ready' );
	await page.waitForFunction( () => document.querySelector( '#step-2' )?.offsetParent !== null );
	assert.match( page.url(), new RegExp( `/wiki/Training:${ HALFWAY }#step-2$` ) );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'without JavaScript the catalog adds nothing', async () => {
	const { page, close } = await openPage( browser, { javaScriptEnabled: false } );
	await page.goto( CATALOG );
	assert.ok( await page.locator( '.ext-trainings-catalog__item' ).count() > 0 );
	assert.equal( await page.locator( '.ext-trainings-catalog__continue, .ext-trainings-card__chip--progress' ).count(), 0 );
	await close();
} );
