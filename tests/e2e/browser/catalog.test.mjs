/**
 * Special:Trainings in Chromium: the Vue enhancement mounts on the server-rendered catalog,
 * filters as the learner types, keeps the URL shareable, and the page works without JavaScript.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, server, waitForModule } from '../lib/browser.mjs';
import { samplePages } from '../../http/lib.mjs';

let browser;

before( async () => {
	browser = await launchBrowser();
} );

after( async () => {
	await browser?.close();
} );

/** Titles of the cards a person can see. */
function visibleTitles( page ) {
	return page.$$eval( '.ext-trainings-catalog__item', ( items ) => items
		.filter( ( li ) => !li.hidden && li.offsetParent !== null )
		.map( ( li ) => li.querySelector( '.cdx-card__text__title' ).textContent ) );
}

test( 'the catalog app mounts, filters as you type, and logs no errors', async () => {
	const { page, problems, close } = await openPage( browser );
	await page.goto( `${ server }/wiki/Special:Trainings` );
	assert.equal( await waitForModule( page, 'ext.trainings.catalog' ), 'ready' );

	// The Vue app replaces the server-rendered GET form with a Codex search input.
	await page.waitForSelector( 'form.ext-trainings-catalog__search', { state: 'detached' } );
	const input = page.locator( '.ext-trainings-catalog .cdx-search-input input' );
	await input.waitFor();
	assert.deepEqual( ( await visibleTitles( page ) ).sort(), samplePages() );

	// Every word must match, case and accents aside.
	await input.fill( 'page is ORGANISÉD' );
	await page.waitForFunction( () => document.querySelectorAll( '.ext-trainings-catalog__item:not([hidden])' ).length === 1 );
	assert.deepEqual( await visibleTitles( page ), [ 'Editing a training module' ] );
	assert.match( await page.locator( '.ext-trainings-catalog__count' ).textContent(), /\b1\b/ );
	assert.match( page.url(), /search=page(\+|%20)is(\+|%20)ORGANIS(%C3%89|\u00c9)D/i );

	await input.fill( 'no such training anywhere' );
	await page.locator( '.ext-trainings-catalog__empty' ).waitFor( { state: 'visible' } );
	assert.deepEqual( await visibleTitles( page ), [] );

	await input.fill( '' );
	await page.waitForFunction(
		( n ) => document.querySelectorAll( '.ext-trainings-catalog__item:not([hidden])' ).length === n,
		samplePages().length
	);
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'a shared search URL opens with the same results', async () => {
	const { page, problems, close } = await openPage( browser );
	// Words from the summary, in another order: the server and the browser search alike.
	await page.goto( `${ server }/wiki/Special:Trainings?search=found%20SHARE%20what` );
	assert.equal( await waitForModule( page, 'ext.trainings.catalog' ), 'ready' );
	const input = page.locator( '.ext-trainings-catalog .cdx-search-input input' );
	await input.waitFor();
	assert.equal( await input.inputValue(), 'found SHARE what' );
	assert.deepEqual( await visibleTitles( page ), [ 'Using the Trainings catalog' ] );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'without JavaScript the catalog still lists and searches', async () => {
	const { page, close } = await openPage( browser, { javaScriptEnabled: false } );
	await page.goto( `${ server }/wiki/Special:Trainings` );
	assert.equal( ( await visibleTitles( page ) ).length, samplePages().length );
	await page.fill( 'form.ext-trainings-catalog__search input[name="search"]', 'editing' );
	await Promise.all( [
		page.waitForURL( /search=editing/ ),
		page.press( 'form.ext-trainings-catalog__search input[name="search"]', 'Enter' )
	] );
	assert.deepEqual( await visibleTitles( page ), [ 'Editing a training module' ] );
	await close();
} );

test( 'the sidebar links every page to the catalog', async () => {
	const { page, problems, close } = await openPage( browser );
	await page.goto( `${ server }/wiki/Main_Page` );
	// Vector 2022 keeps the sidebar in a collapsible menu: follow the link, wherever it sits.
	const href = await page.locator( '#n-trainings a' ).getAttribute( 'href' );
	await page.goto( new URL( href, server ).href );
	assert.ok( ( await visibleTitles( page ) ).length > 0 );
	assert.deepEqual( problems, [] );
	await close();
} );
