/**
 * Courses in the player: completing a module of the "Partnerships" course links to the
 * module that follows it, found with one API request when the learner finishes (none on
 * page view); the last module of the course links nowhere.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, server, waitForModule } from '../lib/browser.mjs';

let browser;

before( async () => {
	browser = await launchBrowser();
} );

after( async () => {
	await browser?.close();
} );

/**
 * @param {string} url A request's address
 * @return {boolean} Whether it is the "which courses contain this module?" lookup
 */
function isCourseLookup( url ) {
	return url.includes( 'api.php' ) && url.includes( 'generator=backlinks' );
}

/**
 * Open a module, walk it to the end and finish it.
 *
 * @param {string} title Module DB key
 * @return {Promise<{page: import('playwright-core').Page, problems: string[], close: Function,
 *  lookupsBeforeFinish: number}>}
 */
async function finishModule( title ) {
	const opened = await openPage( browser );
	const { page } = opened;
	let lookups = 0;
	page.on( 'request', ( req ) => {
		if ( isCourseLookup( req.url() ) ) {
			lookups++;
		}
	} );
	await page.goto( `${ server }/wiki/Training:${ title }` );
	assert.equal( await waitForModule( page, 'ext.trainings.player' ), 'ready' );
	await page.locator( '.trainings-player-start' ).click();
	const finish = page.locator( '.trainings-player-finish' );
	for ( let i = 0; i < 30 && !( await finish.isVisible() ); i++ ) {
		await page.locator( '.trainings-player-next' ).click();
	}
	const lookupsBeforeFinish = lookups;
	const lookup = page.waitForResponse( ( res ) => isCourseLookup( res.url() ) );
	await finish.click();
	await page.locator( '.trainings-player-complete' ).waitFor();
	await lookup;
	return { ...opened, lookupsBeforeFinish };
}

test( 'finishing a module of a course links to the next module', async () => {
	const { page, problems, close, lookupsBeforeFinish } = await finishModule( 'How_to_talk_to_partners' );
	assert.equal( lookupsBeforeFinish, 0, 'no lookup before the learner finishes' );
	const link = page.locator(
		'.trainings-player-complete a[href*="Special:MyLanguage/Training:How_to_start_a_partnership_in_a_developing_country"]'
	);
	await link.waitFor();
	assert.match( await link.textContent(), /How to start a partnership in a developing country/ );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'finishing the last module of a course shows no next module', async () => {
	const { page, problems, close } = await finishModule( 'How_to_measure_your_success' );
	// The answer is in; the player says so once it has rendered whatever it leads to.
	await page.locator( '.trainings-player-complete[data-trainings-next-module="done"]' ).waitFor();
	assert.equal( await page.locator( '.trainings-player-complete a[href*="Special:MyLanguage"]' ).count(), 0 );
	assert.equal( await page.locator( '.trainings-player-complete a[href*="Special:Trainings"]' ).count(), 1 );
	assert.deepEqual( problems, [] );
	await close();
} );
