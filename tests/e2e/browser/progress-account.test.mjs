/**
 * Progress of a logged-in learner, kept on the server: the player records it through the
 * progress API and resumes from it (not from the browser), Special:MyTrainings lists it and
 * resets it; and what a learner did while logged out is carried over to their account on
 * the next Training page they open after logging in.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, logInAsAdmin, openPage, server } from '../lib/browser.mjs';
import { openModule, visibleSteps } from '../lib/learner.mjs';
import { pollUntil } from '../lib/poll.mjs';

const MODULE_KEY = 'Using_the_Trainings_catalog';
const MODULE = `${ server }/wiki/Training:${ MODULE_KEY }`;
const OTHER_KEY = 'How_to_talk_to_partners';
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
 * POST to the API from the page, with the user's CSRF token.
 *
 * @param {import('playwright-core').Page} page
 * @param {Object} params
 * @return {Promise<Object>}
 */
function apiPost( page, params ) {
	return page.evaluate( async ( p ) => {
		await window.mw.loader.using( 'mediawiki.api' );
		return new window.mw.Api().postWithToken( 'csrf', Object.assign( { formatversion: 2 }, p ) );
	}, params );
}

/**
 * @param {import('playwright-core').Page} page
 * @return {Promise<Object[]>} The user's progress as meta=trainingprogress gives it
 */
async function serverProgress( page ) {
	const response = await page.request.get( `${ server }/api.php?action=query&meta=trainingprogress&format=json&formatversion=2` );
	const data = await response.json();
	return data.query.trainingprogress.modules;
}

/**
 * Wait until the server has progress in a module that satisfies a check.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} title Prefixed title of the module
 * @param {Function} check ( module ) => boolean
 * @return {Promise<Object>} The module's progress
 */
async function waitForServer( page, title, check ) {
	return pollUntil(
		async () => ( await serverProgress( page ) ).find( ( m ) => m.module === title ),
		( last ) => !!last && check( last ), `the expected progress in ${ title } on the server` );
}

test( 'a logged-in learner\'s progress lives on the server; My trainings lists and resets it', async () => {
	const { page, problems, close } = await openPage( browser );
	await logInAsAdmin( page );
	await apiPost( page, { action: 'trainingprogressreset', all: 1 } );

	// Steps 1 to 3, answering the quiz of step 2.
	await openModule( page, `${ MODULE }#step-1` );
	await page.locator( '.trainings-player-next' ).click();
	const quiz = page.locator( 'section.trainings-step:visible .trainings-quiz' ).first();
	await quiz.locator( '.trainings-quiz-options input' ).first().check();
	await quiz.locator( '.trainings-quiz-check' ).click();
	await quiz.locator( '.trainings-quiz-status:not(:empty)' ).waitFor();
	await page.locator( '.trainings-player-next' ).click();
	assert.deepEqual( await visibleSteps( page ), [ 'step-3' ] );
	const recorded = await waitForServer( page, 'Training:Using the Trainings catalog', ( m ) => m.step === 3 );
	assert.deepEqual( recorded.stepsdone, [ 1, 2, 3 ] );
	assert.equal( recorded.quizzes.length, 1, 'the quiz answer' );
	assert.equal( recorded.language, 'en' );
	assert.equal( await page.evaluate( STORED ), null,
		'nothing in the browser' );

	// A reload resumes from the server.
	await openModule( page, MODULE );
	const resume = page.locator( '.trainings-player-resume' );
	await resume.waitFor();
	assert.match( await resume.textContent(), /You stopped at step 3 of 4/ );
	await page.locator( '.trainings-player-continue' ).click();
	assert.deepEqual( await visibleSteps( page ), [ 'step-3' ] );

	// Special:MyTrainings lists it, with a link to continue at step 3.
	await page.goto( `${ server }/wiki/Special:MyTrainings` );
	const row = page.locator( `tr[data-trainings-module="${ MODULE_KEY }"]` );
	assert.equal( await row.count(), 1 );
	assert.match( await row.textContent(), /Step 3 of 4/ );
	assert.match( await row.locator( 'a.ext-trainings-mytrainings-continue' ).getAttribute( 'href' ), /#step-3$/ );

	// Reset it.
	await Promise.all( [ page.waitForNavigation(), row.locator( 'button' ).click() ] );
	assert.match( await page.locator( '.cdx-message--success' ).textContent(), /reset/ );
	assert.equal( await page.locator( `tr[data-trainings-module="${ MODULE_KEY }"]` ).count(), 0 );
	assert.equal( ( await serverProgress( page ) ).length, 0, 'gone from the server' );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'reset everything asks for confirmation first', async () => {
	const { page, problems, close } = await openPage( browser );
	await logInAsAdmin( page );
	await apiPost( page, { action: 'trainingprogress', module: `Training:${ OTHER_KEY }`, step: 1 } );
	await apiPost( page, { action: 'trainingprogress', module: `Training:${ MODULE_KEY }`, step: 2 } );
	await page.goto( `${ server }/wiki/Special:MyTrainings` );
	assert.equal( await page.locator( 'tbody tr' ).count(), 2 );
	await Promise.all( [ page.waitForNavigation(), page.click( '#ext-trainings-mytrainings-resetall button' ) ] );
	assert.equal( ( await serverProgress( page ) ).length, 2, 'not before confirming' );
	await Promise.all( [ page.waitForNavigation(), page.click( '#ext-trainings-mytrainings-confirm button' ) ] );
	assert.equal( ( await serverProgress( page ) ).length, 0 );
	assert.equal( await page.locator( '.ext-trainings-mytrainings-empty' ).count(), 1 );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'progress made while logged out is carried over to the account at login', async () => {
	const { page, problems, close } = await openPage( browser );
	await logInAsAdmin( page );
	await apiPost( page, { action: 'trainingprogressreset', all: 1 } );
	await page.goto( `${ server }/index.php?title=Special:UserLogout` );
	await Promise.all( [ page.waitForNavigation(), page.locator( 'form button[type=submit], form input[type=submit]' ).first().click() ] );
	assert.equal( await page.evaluate( () => window.mw.config.get( 'wgUserName' ) ), null );

	// Anonymous: steps 1 and 2, kept in the browser.
	await openModule( page, `${ MODULE }#step-1` );
	await page.locator( '.trainings-player-next' ).click();
	assert.deepEqual( await visibleSteps( page ), [ 'step-2' ] );
	const stored = JSON.parse( await page.evaluate( STORED ) );
	assert.deepEqual( stored.records.map( ( r ) => [ r.module, r.seen ] ),
		[ [ MODULE_KEY, [ 1, 2 ] ] ] );

	// Logging in alone carries nothing over (no Training page yet).
	await logInAsAdmin( page );
	assert.equal( ( await serverProgress( page ) ).length, 0 );

	// The first Training page view does, and the browser forgets what the server took.
	await openModule( page, `${ server }/wiki/Training:${ OTHER_KEY }` );
	const carried = await waitForServer( page, 'Training:Using the Trainings catalog', ( m ) => m.stepsdone.length === 2 );
	assert.deepEqual( carried.stepsdone, [ 1, 2 ] );
	assert.equal( carried.step, 2 );
	await page.waitForFunction( `${ STORED } === null || JSON.parse( ${ STORED } ).records.length === 0` );

	// And the module resumes from the server.
	await openModule( page, MODULE );
	await page.locator( '.trainings-player-resume' ).waitFor();
	assert.match( await page.locator( '.trainings-player-resume' ).textContent(), /You stopped at step 2 of 4/ );
	await apiPost( page, { action: 'trainingprogressreset', all: 1 } );
	assert.deepEqual( problems, [] );
	await close();
} );
