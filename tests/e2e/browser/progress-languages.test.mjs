/**
 * Progress belongs to the module, not to a language version: a learner who switches language
 * in the player carries on where they were, anonymous (the browser store) and logged in (the
 * progress API), with one record per module whose language is the version followed last.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, logInAsAdmin, openPage, server } from '../lib/browser.mjs';
import { openModule, visibleSteps } from '../lib/learner.mjs';
import { pollUntil } from '../lib/poll.mjs';

const MODULE_KEY = 'How_to_talk_to_partners';
const MODULE = `${ server }/wiki/Training:${ MODULE_KEY }`;
const TITLE = 'Training:How to talk to partners';
/** What the browser store holds, evaluated in the page. */
const STORED = 'window.localStorage.getItem( "mw-trainings-progress" )';
let browser;

before( async () => {
	browser = await launchBrowser();
} );

after( async () => {
	await browser?.close();
} );

/**
 * @param {import('playwright-core').Page} page
 * @return {Promise<Object[]>} The user's progress as meta=trainingprogress gives it
 */
async function serverProgress( page ) {
	const response = await page.request.get( `${ server }/api.php?action=query&meta=trainingprogress&format=json&formatversion=2` );
	return ( await response.json() ).query.trainingprogress.modules;
}

/**
 * @param {import('playwright-core').Page} page
 * @param {Function} check ( module ) => boolean
 * @return {Promise<Object>} The module's progress on the server, once the check holds
 */
async function waitForServer( page, check ) {
	return pollUntil(
		async () => ( await serverProgress( page ) ).find( ( m ) => m.module === TITLE ),
		( last ) => !!last && check( last ), 'the expected progress on the server' );
}

/**
 * Steps 1 and 2 in English, then the French version: it offers to continue at step 2, and
 * step 3 is recorded in the same record.
 *
 * @param {import('playwright-core').Page} page
 * @param {Function} saved ( page ) => Promise that settles once step 2 is stored
 */
async function startInEnglishContinueInFrench( page, saved ) {
	await openModule( page, `${ MODULE }#step-1` );
	await page.locator( '.trainings-player-next' ).click();
	assert.deepEqual( await visibleSteps( page ), [ 'step-2' ] );
	// The store has written step 2 (the API store coalesces writes for half a second).
	await saved( page );

	await openModule( page, `${ MODULE }/fr` );
	assert.equal( await page.evaluate( () => window.mw.config.get( 'wgPageContentLanguage' ) ), 'fr' );
	const resume = page.locator( '.trainings-player-resume' );
	await resume.waitFor();
	assert.match( await resume.textContent(), /You stopped at step 2 of 6/, 'the French version knows the English progress' );
	await page.locator( '.trainings-player-continue' ).click();
	assert.deepEqual( await visibleSteps( page ), [ 'step-2' ] );
	await page.locator( '.trainings-player-next' ).click();
	assert.deepEqual( await visibleSteps( page ), [ 'step-3' ] );
}

test( 'anonymous: switching language keeps the progress in the browser, one record per module', async () => {
	const { page, problems, close } = await openPage( browser );
	await page.goto( `${ server }/wiki/Special:BlankPage` );
	await page.evaluate( 'window.localStorage.clear()' );

	await startInEnglishContinueInFrench( page, () => page.waitForFunction(
		`( ( data ) => data && data.records.length === 1 && data.records[ 0 ].step === 2 )(
		JSON.parse( ${ STORED } || 'null' ) )` ) );
	const stored = JSON.parse( await page.evaluate( STORED ) );
	assert.equal( stored.version, 2 );
	assert.deepEqual( stored.records.map( ( r ) => [ r.module, r.language, r.seen, r.step ] ),
		[ [ MODULE_KEY, 'fr', [ 1, 2, 3 ], 3 ] ], 'one record, in the language followed last' );

	// The language menu back to English, at the same step: the step list shows steps 1 to 3 seen.
	await Promise.all( [ page.waitForURL( /Training:How_to_talk_to_partners#step-prepare-the-meeting$/ ),
		page.locator( '.trainings-player-languages select' ).selectOption( 'en' ) ] );
	await openModule( page, page.url() );
	assert.deepEqual( await visibleSteps( page ), [ 'step-3' ] );
	await page.locator( '.trainings-player-next' ).click();
	await page.waitForFunction( `( ( data ) => data && data.records.length === 1 &&
		data.records[ 0 ].language === 'en' && data.records[ 0 ].seen.join() === '1,2,3,4' )(
		JSON.parse( ${ STORED } || 'null' ) )` );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'anonymous: progress stored per language by an earlier version is merged when read', async () => {
	const { page, problems, close } = await openPage( browser );
	await page.goto( `${ server }/wiki/Special:BlankPage` );
	const record = ( language, seen, step, updated ) => ( { module: MODULE_KEY, language, steps: 6,
		quizzes: [ 1, 2, 3 ], step, seen, answers: {}, completed: 0, updated } );
	const stored = { version: 1, records: [ record( 'en', [ 1, 2 ], 2, 1000 ), record( 'fr', [ 4 ], 4, 2000 ) ] };
	await page.evaluate( `window.localStorage.setItem( 'mw-trainings-progress', ${ JSON.stringify( JSON.stringify( stored ) ) } )` );
	await openModule( page, `${ MODULE }/ar` );
	await page.locator( '.trainings-player-resume' ).waitFor();
	// The latest record's step, and the steps seen in both.
	assert.match( await page.locator( '.trainings-player-resume' ).textContent(), /You stopped at step 4 of 6/ );
	await page.locator( '.trainings-player-continue' ).click();
	assert.deepEqual( await visibleSteps( page ), [ 'step-4' ] );
	await page.waitForFunction( `( ( data ) => data && data.version === 2 && data.records.length === 1 &&
		data.records[ 0 ].language === 'ar' && data.records[ 0 ].seen.join() === '1,2,4' )(
		JSON.parse( ${ STORED } || 'null' ) )` );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'logged in: switching language keeps the progress on the server, one record per module', async () => {
	const { page, problems, close } = await openPage( browser );
	await logInAsAdmin( page );
	await page.evaluate( async () => {
		await window.mw.loader.using( 'mediawiki.api' );
		await new window.mw.Api().postWithToken( 'csrf', { action: 'trainingprogressreset', all: 1 } );
	} );
	// Step 2 is stored once the page has the answer to its write (not only once the server has
	// it: a write the page has not seen confirmed leaves again as a beacon when it goes).
	const isProgressWrite = ( response ) => response.request().method() === 'POST' &&
		/(^|&)action=trainingprogress(&|$)/.test( response.request().postData() || '' );
	await startInEnglishContinueInFrench( page, () => page.waitForResponse( isProgressWrite ) );
	const recorded = await waitForServer( page, ( m ) => m.step === 3 );
	assert.equal( recorded.language, 'fr', 'the language followed last' );
	assert.equal( recorded.title, `${ TITLE }/fr` );
	assert.deepEqual( recorded.stepsdone, [ 1, 2, 3 ], 'steps seen in English count' );
	assert.equal( ( await serverProgress( page ) ).filter( ( m ) => m.module === TITLE ).length, 1, 'one record' );
	assert.equal( await page.evaluate( STORED ), null, 'nothing in the browser' );

	// Special:MyTrainings shows one row for the module, in French, at step 3.
	await page.goto( `${ server }/wiki/Special:MyTrainings` );
	const row = page.locator( `tr[data-trainings-module="${ MODULE_KEY }"]` );
	assert.equal( await row.count(), 1 );
	assert.equal( await row.getAttribute( 'data-trainings-language' ), 'fr' );
	assert.match( await row.textContent(), /Step 3 of 6/ );
	await page.evaluate( async () => {
		await new window.mw.Api().postWithToken( 'csrf', { action: 'trainingprogressreset', all: 1 } );
	} );
	assert.deepEqual( problems.filter( ( p ) => !/load\.php\?modules=skins\.[^ ]*&image=.* net::ERR_ABORTED$/.test( p ) ), [] );
	await close();
} );
