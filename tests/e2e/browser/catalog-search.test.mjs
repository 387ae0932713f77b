/**
 * Search inside modules and courses that follow the filters, in Chromium (design record 0023):
 * the instant list stays on titles and summaries and offers the server's search inside modules
 * as the next step; courses show when one of their modules matches, that module marked. With
 * and without JavaScript.
 *
 * "digitise" is only in a step of "How to talk to partners", "numériser" only in a step of its
 * French version (tests/http/catalog-search.test.mjs waits for the search index the same way).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, server, waitForModule } from '../lib/browser.mjs';

let browser;

/**
 * Wait until the wiki's search engine has indexed a word in a page (deferred updates, jobs).
 *
 * @param {string} word
 * @param {string} title
 */
async function waitUntilIndexed( word, title ) {
	const deadline = Date.now() + 30000;
	for ( ;; ) {
		const query = new URLSearchParams( { action: 'query', list: 'search', srwhat: 'text', srsearch: word,
			srnamespace: '1640', srlimit: '50', format: 'json', formatversion: '2' } );
		const data = await ( await fetch( `${ server }/api.php?${ query }` ) ).json();
		if ( data.query.search.some( ( r ) => r.title === title ) ) {
			return;
		}
		assert.ok( Date.now() < deadline, `the search engine never indexed "${ word }" in ${ title }` );
	}
}

before( async () => {
	browser = await launchBrowser();
	await waitUntilIndexed( 'digitise', 'Training:How to talk to partners' );
	await waitUntilIndexed( 'numériser', 'Training:How to talk to partners/fr' );
} );

after( async () => {
	await browser?.close();
} );

/**
 * @param {import('playwright-core').Page} page
 * @return {Promise<string[]>} DB keys of the module cards a person can see
 */
function visibleCards( page ) {
	return page.$$eval( '.ext-trainings-catalog__item', ( items ) => items
		.filter( ( li ) => li.offsetParent !== null ).map( ( li ) => li.getAttribute( 'data-key' ) ) );
}

/**
 * @param {import('playwright-core').Page} page
 * @return {Promise<string[]>} "course: module" for each marked module of each visible course
 */
function markedModules( page ) {
	return page.$$eval( '.ext-trainings-course', ( courses ) => courses.filter( ( c ) => c.offsetParent !== null )
		.flatMap( ( c ) => Array.from( c.querySelectorAll( '.ext-trainings-course__module--match' ) ).map(
			( m ) => `${ c.getAttribute( 'data-key' ) }: ${ m.querySelector( 'a' ).textContent } (${ m.querySelector( '.ext-trainings-course__match' ).textContent })` ) ) );
}

test( 'with JavaScript, the instant list offers to search inside modules, which finds a word of a step', async () => {
	const { page, problems, close } = await openPage( browser );
	await page.goto( `${ server }/wiki/Special:Trainings` );
	assert.equal( await waitForModule( page, 'ext.trainings.catalog' ), 'ready' );
	const link = page.locator( '.ext-trainings-catalog__fulltext-link' );
	assert.ok( !( await link.isVisible() ), 'no search, no offer' );

	await page.fill( 'form.ext-trainings-catalog__search input[name="search"]', 'digitise' );
	await page.locator( '.ext-trainings-catalog__empty' ).waitFor( { state: 'visible' } );
	assert.deepEqual( await visibleCards( page ), [], 'the instant list: titles and summaries only' );
	await link.waitFor( { state: 'visible' } );
	assert.equal( await link.textContent(), 'Search inside modules for “digitise”' );

	await Promise.all( [ page.waitForURL( /fulltext=1/ ), link.click() ] );
	assert.deepEqual( await visibleCards( page ), [ 'How_to_talk_to_partners' ] );
	assert.equal( await page.locator( '.ext-trainings-catalog__item a.cdx-card' ).getAttribute( 'href' ),
		'/wiki/Training:How_to_talk_to_partners' );
	assert.match( await page.locator( '.ext-trainings-catalog__fulltext' ).textContent(), /^Modules whose text contains your search\. Search titles and summaries only$/ );
	assert.deepEqual( await markedModules( page ), [ 'Partnerships: How to talk to partners (matches)' ],
		'the course of that module, the module marked' );
	assert.deepEqual( problems.filter( ( p ) => !/list=trainings.*ERR_ABORTED/.test( p ) ), [] );
	await close();
} );

test( 'a word of the French version finds the module and its card opens that version', async () => {
	const { page, problems, close } = await openPage( browser );
	await page.goto( `${ server }/wiki/Special:Trainings` );
	assert.equal( await waitForModule( page, 'ext.trainings.catalog' ), 'ready' );
	await page.fill( 'form.ext-trainings-catalog__search input[name="search"]', 'numériser' );
	const link = page.locator( '.ext-trainings-catalog__fulltext-link' );
	await link.waitFor( { state: 'visible' } );
	await Promise.all( [ page.waitForURL( /fulltext=1/ ), link.click() ] );
	assert.deepEqual( await visibleCards( page ), [ 'How_to_talk_to_partners' ] );
	await Promise.all( [
		page.waitForURL( /Training:How_to_talk_to_partners\/fr$/ ),
		page.locator( '.ext-trainings-catalog__item a.cdx-card' ).click()
	] );
	assert.deepEqual( problems.filter( ( p ) => !/list=trainings.*ERR_ABORTED/.test( p ) ), [] );
	await close();
} );

test( 'without JavaScript, a search offers the same search inside modules as a link', async () => {
	const { page, close } = await openPage( browser, { javaScriptEnabled: false } );
	await page.goto( `${ server }/wiki/Special:Trainings` );
	await page.fill( 'form.ext-trainings-catalog__search input[name="search"]', 'digitise' );
	await Promise.all( [
		page.waitForURL( /search=digitise/ ),
		page.press( 'form.ext-trainings-catalog__search input[name="search"]', 'Enter' )
	] );
	assert.deepEqual( await visibleCards( page ), [] );
	await Promise.all( [ page.waitForURL( /fulltext=1/ ), page.click( '.ext-trainings-catalog__fulltext-link' ) ] );
	assert.deepEqual( await visibleCards( page ), [ 'How_to_talk_to_partners' ] );
	assert.deepEqual( await markedModules( page ), [ 'Partnerships: How to talk to partners (matches)' ] );
	await close();
} );

test( 'with JavaScript, courses follow the search and filters as they change', async () => {
	const { page, problems, close } = await openPage( browser );
	await page.goto( `${ server }/wiki/Special:Trainings` );
	assert.equal( await waitForModule( page, 'ext.trainings.catalog' ), 'ready' );
	const course = page.locator( '.ext-trainings-course[data-key="Partnerships"]' );
	const input = page.locator( 'form.ext-trainings-catalog__search input[name="search"]' );
	assert.ok( await course.isVisible() );

	await input.fill( 'zzzzqqq' );
	await page.locator( '.ext-trainings-catalog__courses' ).waitFor( { state: 'hidden' } );

	await input.fill( 'developing' );
	await page.waitForFunction( () => document.querySelectorAll( '.ext-trainings-course__module--match' ).length === 1 );
	assert.ok( await course.isVisible(), 'a module of the course matches' );
	assert.deepEqual( await markedModules( page ),
		[ 'Partnerships: How to start a partnership in a developing country (matches)' ] );

	await input.fill( '' );
	await page.waitForFunction( () => document.querySelectorAll( '.ext-trainings-course__module--match' ).length === 0 );
	assert.ok( await course.isVisible(), 'no filter: every course, nothing marked' );

	await page.selectOption( 'select[name="format"]', 'video' );
	await page.locator( '.ext-trainings-catalog__courses' ).waitFor( { state: 'hidden' } );
	assert.deepEqual( problems.filter( ( p ) => !/list=trainings.*ERR_ABORTED/.test( p ) ), [] );
	await close();
} );
