/**
 * Languages in Chromium: the reader's language notice and the player's language menu.
 * Right to left is languages-rtl.test.mjs, `uselang=qqx` languages-qqx.test.mjs, and progress
 * across languages progress-languages.test.mjs.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, server, waitForModule } from '../lib/browser.mjs';

const MODULE = `${ server }/wiki/Training:How_to_talk_to_partners`;
let browser;

before( async () => {
	browser = await launchBrowser();
} );

after( async () => {
	await browser?.close();
} );

test( 'a French reader of the English module is told of the French version', async () => {
	const { page, problems, close } = await openPage( browser );
	await page.goto( `${ MODULE }?uselang=fr` );
	const link = page.locator( '.trainings-language-notice a' );
	assert.equal( await link.count(), 1 );
	assert.match( decodeURIComponent( await link.getAttribute( 'href' ) ), /How_to_talk_to_partners\/fr/ );
	assert.equal( await link.getAttribute( 'lang' ), 'fr' );

	// The player offers the versions, the one shown selected.
	assert.equal( await waitForModule( page, 'ext.trainings.player' ), 'ready' );
	const select = page.locator( '.trainings-player-languages select' );
	assert.equal( await select.inputValue(), 'en' );
	assert.deepEqual( await select.locator( 'option' ).evaluateAll( ( options ) => options.map( ( o ) => o.value ) ),
		[ 'en', 'ar', 'fr' ] );

	// Switching keeps the step.
	await page.locator( '.trainings-player-start' ).click();
	await page.locator( '.trainings-player-next' ).click();
	// Step 2 by its id, the same in every version (design record 0019).
	await Promise.all( [ page.waitForURL( /\/fr.*#step-ask-for-a-meeting$/ ), select.selectOption( 'fr' ) ] );
	assert.equal( await waitForModule( page, 'ext.trainings.player' ), 'ready' );
	assert.deepEqual( await page.$$eval( 'section.trainings-step', ( sections ) => sections
		.filter( ( s ) => s.offsetParent !== null ).map( ( s ) => s.id ) ), [ 'step-2' ] );
	assert.equal( await page.locator( '.trainings-language-notice' ).count(), 0, 'no notice in the reader\'s language' );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'a French reader\'s catalog cards, server-rendered and enhanced, open the French version', async () => {
	const { page, problems, close } = await openPage( browser );
	await page.goto( `${ server }/wiki/Special:Trainings?uselang=fr` );
	assert.equal( await waitForModule( page, 'ext.trainings.catalog' ), 'ready' );
	const card = '.ext-trainings-catalog__item[data-key="How_to_talk_to_partners"] a.cdx-card';
	assert.match( decodeURIComponent( await page.locator( card ).getAttribute( 'href' ) ),
		/Training:How_to_talk_to_partners\/fr&uselang=fr$/, 'the French version, in the reader\'s interface' );
	// The enhancement's cards (after a filter) are the server's (design record 0024).
	await page.locator( '#ext-trainings-catalog-level' ).selectOption( 'beginner' );
	const enhanced = page.locator( `.ext-trainings-catalog__app ${ card }` );
	await enhanced.waitFor();
	assert.match( decodeURIComponent( await enhanced.getAttribute( 'href' ) ),
		/Training:How_to_talk_to_partners\/fr&uselang=fr$/ );
	await Promise.all( [ page.waitForURL( /How_to_talk_to_partners\/fr&uselang=fr$/ ), enhanced.click() ] );
	assert.equal( await page.evaluate( () => window.mw.config.get( 'wgPageContentLanguage' ) ), 'fr' );
	assert.deepEqual( problems, [] );
	await close();
} );
