/**
 * A deep link by a step's id (design record 0019) after a step is inserted: another page links
 * to the module's "Follow up" step with the stable fragment; the maintainer inserts a step in
 * the middle; the same link still opens "Follow up", now step 4, and the player's address names
 * the step by its id. A numbered link names today's step.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, server } from '../lib/browser.mjs';
import { visibleSteps, openModule } from '../lib/learner.mjs';

// Pages of their own per run.
const NAME = `Moving steps ${ Date.now() }`;
const TITLE = `Training:${ NAME }`;
const LINKING = `Reading list ${ Date.now() }`;
const BEFORE = '{{#training:\n| summary = Steps that move\n}}\nWhy this matters.\n\n' +
	'== Prepare ==\nRead first.\n\n== Meet ==\nTalk.\n\n== Follow up ==\nWrite to them.\n';
const AFTER = BEFORE.replace( '== Meet ==', '== Plan ==\nA new step.\n\n== Meet ==' );
let browser;

before( async () => {
	browser = await launchBrowser();
} );

after( async () => {
	await browser?.close();
} );

/**
 * @param {import('playwright-core').Page} page
 */
async function logIn( page ) {
	await page.goto( `${ server }/index.php?title=Special:UserLogin` );
	await page.fill( '#wpName1', 'Admin' );
	await page.fill( '#wpPassword1', 'trainings-dev-password' );
	await Promise.all( [ page.waitForNavigation(), page.click( '#wpLoginAttempt' ) ] );
}

/**
 * @param {import('playwright-core').Page} page Logged in
 * @param {string} title
 * @param {string} text
 */
async function edit( page, title, text ) {
	const result = await page.evaluate( async ( [ t, x ] ) => {
		await window.mw.loader.using( 'mediawiki.api' );
		return new window.mw.Api().postWithToken( 'csrf', { action: 'edit', title: t, text: x, formatversion: 2 } );
	}, [ title, text ] );
	assert.equal( result.edit.result, 'Success' );
}

/**
 * Waits until readers get the module with this many steps (page properties are written after
 * the response; a replica may lag).
 *
 * @param {number} steps
 */
async function waitForSteps( steps ) {
	const props = `${ server }/api.php?action=query&prop=pageprops&format=json&formatversion=2&titles=` +
		encodeURIComponent( TITLE );
	const end = Date.now() + 20000;
	let ids = '';
	do {
		ids = ( await ( await fetch( props ) ).json() ).query.pages[ 0 ].pageprops?.[ 'trainings-step-ids' ] || '';
	} while ( ids.split( '|' ).length !== steps && Date.now() < end );
	return ids;
}

/**
 * @param {import('playwright-core').Page} page
 * @return {Promise<string>} The heading of the step the player shows (without its edit link)
 */
async function shownHeading( page ) {
	await page.waitForFunction( () => document.querySelectorAll( 'section.trainings-step:not([hidden])' ).length === 1 );
	return page.locator( 'section.trainings-step:visible h2' ).first().evaluate(
		( h2 ) => Array.from( h2.childNodes ).filter( ( node ) => node.nodeType === 3 ||
			!node.classList.contains( 'mw-editsection' ) ).map( ( node ) => node.textContent ).join( '' ).trim() );
}

test( 'a link by step id follows its step when a step is inserted before it', async () => {
	const admin = await openPage( browser );
	const reader = await openPage( browser );
	try {
		await logIn( admin.page );
		await edit( admin.page, TITLE, BEFORE );
		await edit( admin.page, LINKING, `Then [[${ TITLE }#step-follow-up|write to them]].` );
		assert.equal( await waitForSteps( 3 ), 'prepare|meet|follow-up', 'the steps got their ids on save' );

		await reader.page.goto( `${ server }/wiki/${ encodeURIComponent( LINKING.replace( / /g, '_' ) ) }` );
		await reader.page.locator( 'a', { hasText: 'write to them' } ).click();
		await reader.page.waitForFunction( () => window.mw && window.mw.loader.getState( 'ext.trainings.player' ) === 'ready' );
		assert.equal( await shownHeading( reader.page ), 'Follow up' );
		assert.deepEqual( await visibleSteps( reader.page ), [ 'step-3' ] );

		await edit( admin.page, TITLE, AFTER );
		assert.equal( await waitForSteps( 4 ), 'prepare|plan|meet|follow-up', 'the new step got its id' );

		await reader.page.goto( `${ server }/wiki/${ encodeURIComponent( LINKING.replace( / /g, '_' ) ) }` );
		await reader.page.locator( 'a', { hasText: 'write to them' } ).click();
		await reader.page.waitForFunction( () => window.mw && window.mw.loader.getState( 'ext.trainings.player' ) === 'ready' );
		assert.equal( await shownHeading( reader.page ), 'Follow up', 'the same step' );
		assert.deepEqual( await visibleSteps( reader.page ), [ 'step-4' ], 'now the fourth' );

		// Moving on and back: the address names the step by its id.
		await reader.page.locator( '.trainings-player-previous' ).click();
		await reader.page.waitForFunction( () => window.location.hash === '#step-meet' );
		assert.equal( await shownHeading( reader.page ), 'Meet' );

		// A numbered link names today's step.
		const url = `${ server }/wiki/${ encodeURIComponent( TITLE.replace( / /g, '_' ) ) }`;
		await openModule( reader.page, `${ url }#step-2` );
		assert.equal( await shownHeading( reader.page ), 'Plan' );
		assert.deepEqual( reader.problems, [] );
	} finally {
		await admin.close();
		await reader.close();
	}
} );
