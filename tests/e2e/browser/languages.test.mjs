/**
 * Languages in Chromium: the reader's language notice, the player in a right-to-left language
 * (screenshot kept in .cache/test-artifacts/), and `uselang=qqx` showing that the player's
 * and the catalog's texts are all interface messages.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, server, waitForModule } from '../lib/browser.mjs';

const MODULE = `${ server }/wiki/Training:How_to_talk_to_partners`;
const ARTIFACTS = path.resolve( path.dirname( fileURLToPath( import.meta.url ) ), '../../../.cache/test-artifacts' );
let browser;

before( async () => {
	browser = await launchBrowser();
	await mkdir( ARTIFACTS, { recursive: true } );
} );

after( async () => {
	await browser?.close();
} );

/**
 * Text left in the elements matching `selector` once every `(message-key…)` of qqx, digits,
 * punctuation, hidden elements and the elements matching `content` (page content, language
 * names) are taken out. Whole elements, not text nodes: a message may hold a link.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} selector The UI to check
 * @param {string} content What inside it is not interface text
 * @return {Promise<string[]>} What is left, per element (none: all messages)
 */
function leftoverText( page, selector, content ) {
	return page.$$eval( selector, ( roots, contentSelector ) => roots.map( ( root ) => {
		const copy = root.cloneNode( true );
		copy.querySelectorAll( 'style, script, [hidden]' + ( contentSelector ? ', ' + contentSelector : '' ) )
			.forEach( ( el ) => el.remove() );
		// Nested keys, e.g. "(a: x, (b))", go from the inside out.
		let text = copy.textContent;
		let previous;
		do {
			previous = text;
			text = text.replace( /\([a-z0-9-]+:?[^()]*\)/g, '' );
		} while ( text !== previous );
		return text.replace( /[\s\d.,:;!?%()✓…—–-]+/gu, ' ' ).trim();
	} ).filter( Boolean ), content );
}

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
	await Promise.all( [ page.waitForURL( /\/fr.*#step-2$/ ), select.selectOption( 'fr' ) ] );
	assert.equal( await waitForModule( page, 'ext.trainings.player' ), 'ready' );
	assert.deepEqual( await page.$$eval( 'section.trainings-step', ( sections ) => sections
		.filter( ( s ) => s.offsetParent !== null ).map( ( s ) => s.id ) ), [ 'step-2' ] );
	assert.equal( await page.locator( '.trainings-language-notice' ).count(), 0, 'no notice in the reader\'s language' );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'the player is mirrored in Arabic', async () => {
	const viewport = { width: 1000, height: 900 };
	const { page, problems, close } = await openPage( browser, { viewport } );
	await page.goto( `${ MODULE }/ar?uselang=ar` );
	assert.equal( await waitForModule( page, 'ext.trainings.player' ), 'ready' );
	assert.equal( await page.locator( 'html' ).getAttribute( 'dir' ), 'rtl' );
	assert.equal( await page.locator( '.trainings-module' ).evaluate( ( el ) => window.getComputedStyle( el ).direction ), 'rtl' );

	await page.locator( '.trainings-player-start' ).click();
	await page.locator( '.trainings-player-next' ).click();
	const next = await page.locator( '.trainings-player-next' ).boundingBox();
	const previous = await page.locator( '.trainings-player-previous' ).boundingBox();
	assert.ok( next && previous );
	assert.ok( next.x + next.width <= previous.x, `Next (${ next.x }) is left of Previous (${ previous.x })` );
	// The progress bar fills from the right.
	const track = await page.locator( '.trainings-player-progress__track' ).boundingBox();
	const bar = await page.locator( '.trainings-player-progress__bar' ).boundingBox();
	assert.ok( track && bar );
	assert.ok( Math.abs( ( bar.x + bar.width ) - ( track.x + track.width ) ) < 1, 'bar starts at the right' );
	// The language menu sits at the start of the line: the right.
	const menu = await page.locator( '.trainings-player-languages select' ).boundingBox();
	const module = await page.locator( '.trainings-module' ).boundingBox();
	assert.ok( menu && module && menu.x > module.x + module.width / 2, 'language menu on the right' );

	await page.screenshot( { path: path.join( ARTIFACTS, 'player-rtl-ar.png' ), fullPage: true } );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'uselang=qqx: every text of the player is an interface message', async () => {
	const { page, problems, close } = await openPage( browser );
	await page.goto( `${ MODULE }?uselang=qqx` );
	assert.equal( await waitForModule( page, 'ext.trainings.player' ), 'ready' );
	assert.match( await page.locator( '.trainings-language-notice' ).innerText(), /^\(trainings-language-fallback: / );
	// Language names are data (autonyms), not messages.
	const names = '.trainings-player-languages option:not(:first-child)';
	assert.deepEqual( await leftoverText( page, '.trainings-player, .trainings-language-notice', names ), [] );
	await page.locator( '.trainings-player-start' ).click();
	assert.deepEqual( await leftoverText( page, '.trainings-player', names ), [] );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'uselang=qqx: every text of the catalog\'s interface is an interface message', async () => {
	const { page, problems, close } = await openPage( browser );
	await page.goto( `${ server }/wiki/Special:Trainings?uselang=qqx` );
	assert.equal( await waitForModule( page, 'ext.trainings.catalog' ), 'ready' );
	// Module titles and summaries are content; language names are data.
	const content = '.cdx-card__text__title, .cdx-card__text__description, .ext-trainings-card__chip--languages, ' +
		'#ext-trainings-catalog-language option:not(:first-child), .ext-trainings-course__title, ' +
		'.ext-trainings-course__summary, .ext-trainings-course__module-title';
	assert.deepEqual( await leftoverText( page, '.mw-specialpage-summary, #ext-trainings-catalog', content ), [] );
	assert.deepEqual( problems, [] );
	await close();
} );
