/**
 * Special:Trainings in Chromium: with JavaScript, the enhancement fetches `list=trainings` as
 * the learner types or changes a filter, keeps the URL shareable and loads more modules in
 * place; without JavaScript, the same form, filters and "More modules" link work by GET.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, server, waitForModule } from '../lib/browser.mjs';
import { sampleModules } from '../../http/lib.mjs';

const contentDir = join( dirname( fileURLToPath( import.meta.url ) ), '../../../content/Training' );

/**
 * @param {string} title A sample page
 * @param {string} name A metadata parameter
 * @return {string} Its value in the page's wikitext, or ''
 */
function meta( title, name ) {
	const text = readFileSync( join( contentDir, `${ title }.wikitext` ), 'utf8' );
	return ( ( text.match( new RegExp( `\\|\\s*${ name }\\s*=\\s*([^|\\n}]*)` ) ) || [] )[ 1 ] || '' ).trim();
}

/** Sample modules listed without the drafts option, by title. */
const LISTED = sampleModules().filter( ( title ) => meta( title, 'status' ) !== 'draft' );

let browser;

before( async () => {
	browser = await launchBrowser();
} );

after( async () => {
	await browser?.close();
} );

/**
 * @param {import('playwright-core').Page} page
 * @return {Promise<string[]>} Titles of the module cards a person can see, in order
 */
function visibleTitles( page ) {
	return page.$$eval( '.ext-trainings-catalog__item', ( items ) => items
		.filter( ( li ) => !li.hidden && li.offsetParent !== null )
		.map( ( li ) => li.querySelector( '.cdx-card__text__title' ).textContent ) );
}

/**
 * Wait until the visible cards are these.
 *
 * @param {import('playwright-core').Page} page
 * @param {string[]} titles
 */
async function waitForTitles( page, titles ) {
	await page.waitForFunction( ( expected ) => JSON.stringify( Array.from(
		document.querySelectorAll( '.ext-trainings-catalog__item' )
	).filter( ( li ) => li.offsetParent !== null ).map(
		( li ) => li.querySelector( '.cdx-card__text__title' ).textContent
	) ) === JSON.stringify( expected ), titles, { timeout: 10000 } );
}

/**
 * @param {import('playwright-core').Page} page
 * @return {Promise<boolean>} Whether the courses section is shown
 */
function coursesShown( page ) {
	return page.locator( '.ext-trainings-catalog__courses' ).isVisible();
}

test( 'with JavaScript, typing searches through the API, keeps the URL and logs no errors', async () => {
	const { page, problems, close } = await openPage( browser );
	await page.goto( `${ server }/wiki/Special:Trainings` );
	assert.equal( await waitForModule( page, 'ext.trainings.catalog' ), 'ready' );
	assert.deepEqual( await visibleTitles( page ), LISTED );
	assert.ok( await coursesShown( page ), 'courses shown without filters' );
	assert.ok( !( await page.locator( '.ext-trainings-catalog__apply' ).isVisible() ), 'filters apply on change' );

	const requests = [];
	page.on( 'request', ( request ) => {
		if ( request.url().includes( 'list=trainings' ) ) {
			requests.push( request.url() );
		}
	} );
	const input = page.locator( 'form.ext-trainings-catalog__search input[name="search"]' );
	// Every word must match, case and accents aside; typed key by key, debounced.
	await input.pressSequentially( 'page is ORGANISÉD', { delay: 20 } );
	await waitForTitles( page, [ 'Editing a training module' ] );
	assert.ok( requests.length >= 1 && requests.length < 'page is ORGANISÉD'.length, `debounced: ${ requests.length } requests` );
	assert.equal( ( await page.locator( '.ext-trainings-catalog__count' ).textContent() ).trim(), '1 training module' );
	assert.match( page.url(), /search=page(\+|%20)is(\+|%20)ORGANIS(%C3%89|\u00c9)D/i );
	// Courses follow the search (design record 0023): none of their modules matches.
	await page.locator( '.ext-trainings-catalog__courses' ).waitFor( { state: 'hidden' } );
	// The card as the server renders it.
	const chips = await page.locator( '.ext-trainings-catalog__item .cdx-info-chip--text' ).allTextContents();
	assert.deepEqual( chips.slice( 0, 2 ), [ 'Intermediate', '15 min' ] );

	await input.fill( 'no such training anywhere' );
	await page.locator( '.ext-trainings-catalog__empty' ).waitFor( { state: 'visible' } );
	assert.deepEqual( await visibleTitles( page ), [] );
	assert.ok( await page.locator( '.ext-trainings-catalog__empty a.ext-trainings-catalog__clear' ).isVisible(), 'a way back' );

	await input.fill( '' );
	await waitForTitles( page, LISTED );
	assert.ok( await coursesShown( page ), 'courses back' );
	assert.doesNotMatch( page.url(), /search=/ );
	// A request still running when the learner types on is aborted, by design.
	assert.deepEqual( problems.filter( ( p ) => !/list=trainings.*ERR_ABORTED/.test( p ) ), [] );
	await close();
} );

test( 'with JavaScript, filters apply as they change', async () => {
	const { page, problems, close } = await openPage( browser );
	await page.goto( `${ server }/wiki/Special:Trainings` );
	assert.equal( await waitForModule( page, 'ext.trainings.catalog' ), 'ready' );

	await page.selectOption( 'select[name="level"]', 'intermediate' );
	const intermediate = LISTED.filter( ( t ) => meta( t, 'level' ) === 'intermediate' );
	await waitForTitles( page, intermediate );
	assert.match( page.url(), /level=intermediate/ );

	await page.selectOption( 'select[name="maxduration"]', '15' );
	await waitForTitles( page, intermediate.filter( ( t ) => Number( meta( t, 'duration' ) ) <= 15 ) );
	assert.match( page.url(), /level=intermediate&maxduration=15|maxduration=15.*level=intermediate|level=intermediate.*maxduration=15/ );

	await page.selectOption( 'select[name="maxduration"]', '' );
	await page.selectOption( 'select[name="level"]', '' );
	await page.check( 'input[name="drafts"]' );
	await waitForTitles( page, sampleModules() );
	assert.match( page.url(), /drafts=1/ );
	assert.ok( await page.locator( '.ext-trainings-card__chip--draft' ).first().isVisible(), 'draft said in words' );
	// Quick changes abort the request of the previous one, by design.
	assert.deepEqual( problems.filter( ( p ) => !/list=trainings.*ERR_ABORTED/.test( p ) ), [] );
	await close();
} );

test( 'a shared URL opens with the same results and filters', async () => {
	const { page, problems, close } = await openPage( browser );
	// Words from the summary, in another order: the server and the API search alike.
	await page.goto( `${ server }/wiki/Special:Trainings?search=found%20SHARE%20what&level=beginner` );
	assert.equal( await waitForModule( page, 'ext.trainings.catalog' ), 'ready' );
	assert.equal( await page.inputValue( 'form.ext-trainings-catalog__search input[name="search"]' ), 'found SHARE what' );
	assert.equal( await page.inputValue( 'select[name="level"]' ), 'beginner' );
	assert.deepEqual( await visibleTitles( page ), [ 'Using the Trainings catalog' ] );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'with JavaScript, "More modules" loads the next page in place', async () => {
	const { page, problems, close } = await openPage( browser );
	await page.goto( `${ server }/wiki/Special:Trainings?limit=3` );
	assert.equal( await waitForModule( page, 'ext.trainings.catalog' ), 'ready' );
	assert.deepEqual( await visibleTitles( page ), LISTED.slice( 0, 3 ) );
	const url = page.url();

	await page.click( '.ext-trainings-catalog__more a' );
	await waitForTitles( page, LISTED.slice( 0, 6 ) );
	assert.equal( page.url(), url, 'no navigation' );
	assert.equal(
		await page.evaluate( () => document.activeElement.closest( '.ext-trainings-catalog__item' )?.querySelector( '.cdx-card__text__title' ).textContent ),
		LISTED[ 3 ],
		'focus on the first new card'
	);
	while ( await page.locator( '.ext-trainings-catalog__more button' ).count() > 0 ) {
		const shown = ( await visibleTitles( page ) ).length;
		await page.click( '.ext-trainings-catalog__more button' );
		await page.waitForFunction( ( n ) => document.querySelectorAll( '.ext-trainings-catalog__item' ).length > n, shown );
	}
	assert.deepEqual( await visibleTitles( page ), LISTED, 'every module once, in order' );
	assert.equal( ( await page.locator( '.ext-trainings-catalog__count' ).textContent() ).trim(), `${ LISTED.length } training modules` );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'when the API fails, an error shows and the list stays', async () => {
	const { page, close } = await openPage( browser );
	await page.route( /api\.php.*list=trainings/, ( route ) => route.fulfill( { status: 500, body: 'broken' } ) );
	await page.goto( `${ server }/wiki/Special:Trainings` );
	assert.equal( await waitForModule( page, 'ext.trainings.catalog' ), 'ready' );
	await page.selectOption( 'select[name="level"]', 'advanced' );
	await page.locator( '.ext-trainings-catalog__error.cdx-message--error' ).waitFor( { state: 'visible' } );
	assert.deepEqual( await visibleTitles( page ), LISTED, 'the server list stays' );
	await close();
} );

test( 'without JavaScript the catalog still searches, filters and pages', async () => {
	const { page, close } = await openPage( browser, { javaScriptEnabled: false } );
	await page.goto( `${ server }/wiki/Special:Trainings` );
	assert.deepEqual( await visibleTitles( page ), LISTED );

	await page.fill( 'form.ext-trainings-catalog__search input[name="search"]', 'editing' );
	await Promise.all( [
		page.waitForURL( /search=editing/ ),
		page.press( 'form.ext-trainings-catalog__search input[name="search"]', 'Enter' )
	] );
	assert.deepEqual( await visibleTitles( page ), [ 'Editing a training module' ] );
	assert.ok( !( await coursesShown( page ) ), 'no course has a module that matches' );

	await page.fill( 'form.ext-trainings-catalog__search input[name="search"]', '' );
	await page.selectOption( 'select[name="topic"]', 'partnerships' );
	await page.selectOption( 'select[name="sort"]', 'duration' );
	await Promise.all( [
		page.waitForURL( /topic=partnerships/ ),
		page.click( '.ext-trainings-catalog__apply' )
	] );
	const partnerships = LISTED.filter( ( t ) => meta( t, 'topics' ).split( /,\s*/ ).includes( 'partnerships' ) )
		.sort( ( a, b ) => ( Number( meta( a, 'duration' ) ) - Number( meta( b, 'duration' ) ) ) || ( a < b ? -1 : 1 ) );
	assert.deepEqual( await visibleTitles( page ), partnerships );
	assert.equal( await page.inputValue( 'select[name="topic"]' ), 'partnerships', 'the form keeps its values' );

	await page.goto( `${ server }/wiki/Special:Trainings?limit=4&level=expert` );
	assert.match( await page.locator( '.ext-trainings-catalog__notice' ).textContent(), /level = "expert"/ );
	const seen = await visibleTitles( page );
	while ( await page.locator( '.ext-trainings-catalog__more a' ).count() > 0 ) {
		await Promise.all( [ page.waitForURL( /continue=/ ), page.click( '.ext-trainings-catalog__more a' ) ] );
		seen.push( ...await visibleTitles( page ) );
	}
	assert.deepEqual( seen, LISTED, 'the "More modules" links walk through every module once' );
	await close();
} );

test( 'courses show as numbered learning paths, with and without JavaScript', async () => {
	for ( const javaScriptEnabled of [ true, false ] ) {
		const { page, problems, close } = await openPage( browser, { javaScriptEnabled } );
		await page.goto( `${ server }/wiki/Special:Trainings` );
		const course = page.locator( '.ext-trainings-course[data-key="Partnerships"]' );
		await course.waitFor();
		assert.equal( await course.locator( 'h3' ).textContent(), 'Partnerships' );
		const modules = await course.locator( 'ol.ext-trainings-course__modules > li > a' ).allTextContents();
		assert.deepEqual( modules, [
			'How to talk to partners',
			'How to start a partnership in a developing country',
			'How to cultivate a partnership without internet access',
			'How to measure your success'
		] );
		assert.equal( await course.locator( 'ol' ).evaluate( ( ol ) => window.getComputedStyle( ol ).listStyleType ), 'decimal', 'numbered' );
		await Promise.all( [
			page.waitForURL( /Training:How_to_start_a_partnership_in_a_developing_country/ ),
			course.locator( 'ol > li:nth-child(2) > a' ).click()
		] );
		assert.deepEqual( problems, [] );
		await close();
	}
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
