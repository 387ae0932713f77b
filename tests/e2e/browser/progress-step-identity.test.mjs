/**
 * An anonymous learner's progress (in the browser) follows the step ids (design record 0019):
 * the learner reads steps 1 and 2 of a module; the maintainer inserts a step before step 2;
 * when the learner comes back, the player offers to continue at the same step, and the same
 * steps are marked done, now steps 1 and 3. Progress carried over to an account at login
 * reaches the server moved the same way.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, logInAsAdmin, openPage, server } from '../lib/browser.mjs';
import { openModule, visibleSteps } from '../lib/learner.mjs';
import { WikiSession } from '../../http/session.mjs';

// Pages of their own per run.
const TITLE = `Training:Anonymous steps ${ Date.now() }`;
const URL = `${ server }/wiki/${ encodeURIComponent( TITLE.replace( / /g, '_' ) ) }`;
const CARRIED = `Training:Carried steps ${ Date.now() }`;
const BEFORE = '{{#training:\n| summary = Steps that move under an anonymous learner\n}}\nWhy this matters.\n\n' +
	'== Prepare ==\nRead first.\n\n== Meet ==\nTalk.\n\n== Follow up ==\nWrite to them.\n';
const AFTER = BEFORE.replace( '== Meet ==', '== Plan ==\nA new step.\n\n== Meet ==' );
let browser;
let admin;

before( async () => {
	browser = await launchBrowser();
	admin = await new WikiSession().login();
} );

after( async () => {
	await browser?.close();
} );

/**
 * Saves the module as the maintainer, and waits until readers get it with these step ids
 * (page properties are written after the response).
 *
 * @param {string} text
 * @param {string} ids The step ids expected, `|`-joined
 * @param {string} [title]
 */
async function save( text, ids, title = TITLE ) {
	const result = await admin.post( { action: 'edit', title, text, token: await admin.csrf() } );
	assert.equal( result.edit?.result, 'Success', JSON.stringify( result ) );
	const end = Date.now() + 20000;
	let now = '';
	do {
		const props = await admin.get( { action: 'query', prop: 'pageprops', titles: title } );
		now = props.query.pages[ 0 ].pageprops?.[ 'trainings-step-ids' ] || '';
	} while ( now !== ids && Date.now() < end );
	assert.equal( now, ids );
}

/**
 * @param {import('playwright-core').Page} page
 * @return {Promise<string[]>} Titles of the steps marked done in the step list
 */
async function doneSteps( page ) {
	await page.locator( '.trainings-steplist li.trainings-steplist-item--done' ).first().waitFor();
	return page.$$eval( '.trainings-steplist li.trainings-steplist-item--done a', ( links ) => links
		.map( ( a ) => a.textContent.trim() ) );
}

/**
 * @param {import('playwright-core').Page} page
 * @return {Promise<string>} The "welcome back" text
 */
async function resumeText( page ) {
	const resume = page.locator( '.trainings-player-resume p' );
	await resume.waitFor();
	return ( await resume.textContent() ).trim();
}

test( 'an anonymous learner\'s seen steps and resume point follow a step inserted before them', async () => {
	await save( BEFORE, 'prepare|meet|follow-up' );
	const { page, problems, close } = await openPage( browser );
	try {
		await openModule( page, `${ URL }#step-1` );
		await page.locator( '.trainings-player-next' ).click();
		assert.deepEqual( await visibleSteps( page ), [ 'step-2' ] );
		await openModule( page, URL );
		assert.match( await resumeText( page ), /You stopped at step 2 of 3: Meet\./ );
		assert.deepEqual( await doneSteps( page ), [ 'Prepare', 'Meet' ] );

		await save( AFTER, 'prepare|plan|meet|follow-up' );
		await openModule( page, URL );
		assert.match( await resumeText( page ), /You stopped at step 3 of 4: Meet\./, 'the same step, now the third' );
		assert.deepEqual( await doneSteps( page ), [ 'Prepare', 'Meet' ], 'the same steps done; the new one not' );
		await page.locator( '.trainings-player-continue' ).click();
		assert.deepEqual( await visibleSteps( page ), [ 'step-3' ] );

		// The browser's record is now in the new layout.
		const stored = await page.evaluate( 'JSON.parse( window.localStorage.getItem( "mw-trainings-progress" ) )' );
		const record = stored.records.find( ( r ) => r.module === TITLE.slice( 'Training:'.length ).replace( / /g, '_' ) );
		assert.deepEqual( [ record.layout, record.step, record.seen ], [ 'prepare|plan|meet|follow-up;', 3, [ 1, 3 ] ] );
		assert.deepEqual( problems, [] );
	} finally {
		await close();
	}
} );

test( 'browser progress carried over at login reaches the server moved to the layout now', async () => {
	const url = `${ server }/wiki/${ encodeURIComponent( CARRIED.replace( / /g, '_' ) ) }`;
	await save( BEFORE, 'prepare|meet|follow-up', CARRIED );
	const { page, problems, close } = await openPage( browser );
	try {
		await openModule( page, `${ url }#step-1` );
		await page.locator( '.trainings-player-next' ).click();
		assert.deepEqual( await visibleSteps( page ), [ 'step-2' ] );
		await save( AFTER, 'prepare|plan|meet|follow-up', CARRIED );

		// Logged in, the next Training page view carries the browser's progress over.
		await logInAsAdmin( page );
		await openModule( page, `${ server }/wiki/Training:Using_the_Trainings_catalog` );
		const end = Date.now() + 20000;
		let carried;
		do {
			carried = await page.evaluate( async ( title ) => {
				await window.mw.loader.using( 'mediawiki.api' );
				const response = await new window.mw.Api().get( { action: 'query', meta: 'trainingprogress', tpmodules: title, formatversion: 2 } );
				return response.query.trainingprogress.modules[ 0 ];
			}, CARRIED );
		} while ( !carried && Date.now() < end );
		assert.deepEqual( [ carried?.step, carried?.stepsdone ], [ 3, [ 1, 3 ] ], 'Meet, and Prepare and Meet seen' );
		assert.deepEqual( problems, [] );
	} finally {
		await close();
	}
} );
