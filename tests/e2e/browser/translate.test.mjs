/**
 * Browser tests with the real Translate extension (design record 0005): what a translator and
 * a reader on Meta-Wiki meet. Pages are marked and units translated through the action API,
 * as a translation administrator and translators do, then the job queue runs.
 *
 * They run in the Translate half of `npm test` (suite e2e-translate, which sets
 * TRAININGS_TRANSLATE_HALF); in the other half they are skipped with that reason.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, server } from '../lib/browser.mjs';
import { readFileSync } from 'node:fs';
import { TranslateWiki } from '../../../dev/translate-sample.mjs';

const FRENCH_MESSAGES = JSON.parse( readFileSync( new URL( '../../../i18n/fr.json', import.meta.url ), 'utf8' ) );

const half = process.env.TRAININGS_TRANSLATE_HALF === '1';
const skip = half ? false : 'needs Translate: runs in the Translate half of npm test (e2e-translate)';

// Unique per run, so a kept wiki (TRAININGS_KEEP_WIKI) can run them again.
const run = Date.now().toString( 36 );
const PARTIAL = `Training:Translated module ${ run }`;
const OUTDATED = `Training:Outdated module ${ run }`;

/**
 * A module with five translation units: title, summary, intro and two steps.
 *
 * @param {string} [stepTwo] Text of the second step
 * @return {string} Wikitext
 */
function source( stepTwo = 'Check the result and share it with others.' ) {
	return `<languages/>
{{#training:
 | title   = <translate>Sharing photos</translate>
 | summary = <translate>Upload your photos and use them in articles.</translate>
 | level   = beginner
 | status  = published
}}
<translate>
Photos make articles easier to understand.
</translate>
<translate>
== Upload ==
Use the upload wizard to add your photo.
</translate>
<translate>
== Share ==
${ stepTwo }
</translate>`;
}

const FRENCH = [
	'Partager des photos',
	'Téléversez vos photos et utilisez-les dans les articles.',
	'Les photos rendent les articles plus faciles à comprendre.',
	'== Téléverser ==\nUtilisez l’assistant de téléversement pour ajouter votre photo.',
	'== Partager ==\nVérifiez le résultat et partagez-le.'
];
const GERMAN = [
	'Fotos teilen',
	'Lade deine Fotos hoch und verwende sie in Artikeln.',
	'Fotos machen Artikel verständlicher.'
];

/**
 * @param {string} title
 * @param {string} [query]
 * @return {string} The short-URL path of a page
 */
function path( title, query = '' ) {
	return `/wiki/${ encodeURIComponent( title.replace( / /g, '_' ) ).replace( /%2F/g, '/' ).replace( /%3A/g, ':' ) }${ query }`;
}

let browser;
let wiki;

before( async () => {
	if ( !half ) {
		return;
	}
	wiki = await new TranslateWiki( server, process.env.TRAININGS_TEST_INSTANCE ).login();
	// 3 of 5 units in German, all in French; the jobs run once at the end (they take seconds).
	await wiki.publish( PARTIAL, source(), { fr: FRENCH, de: GERMAN }, { jobs: false } );
	await wiki.publish( OUTDATED, source(), { fr: FRENCH }, { jobs: false } );
	// The source changes and is marked again: the French unit of that step is outdated.
	await wiki.edit( OUTDATED, ( await wiki.request( {
		action: 'query', prop: 'revisions', titles: OUTDATED, rvprop: 'content', rvslots: 'main'
	} ) ).query.pages[ 0 ].revisions[ 0 ].slots.main.content.replace(
		'Check the result and share it with others.', 'Check the licence, then share the photo with others.' ) );
	await wiki.mark( OUTDATED );
	// A reviewer approves the change (design record 0017): readers get the new source.
	await wiki.approve( OUTDATED );
	wiki.runJobs();
	// Translate's statistics are computed lazily: ask for them until they are all there. A
	// request that computes them may leave their storing to a job: run the jobs once more.
	await wiki.stats( PARTIAL );
	await wiki.stats( OUTDATED );
	// ... until the catalog reads the German figure from Translate's statistics cache.
	for ( let i = 0; i < 20; i++ ) {
		wiki.runJobs();
		const data = await wiki.request( { action: 'query', list: 'trainings', trsearch: 'Sharing photos',
			trlimit: 50, uselang: 'de' } );
		const entry = data.query.trainings.find( ( m ) => m.title === PARTIAL );
		if ( entry?.translation?.percent === 60 ) {
			break;
		}
	}
	browser = await launchBrowser();
} );

after( async () => {
	if ( browser ) {
		await browser.close();
	}
} );

/**
 * @param {import('playwright-core').Page} page
 * @return {Promise<Object<string,string>>} The entries of the player's language menu, by code
 */
async function menu( page ) {
	const select = page.locator( '.trainings-player-languages__select' );
	await select.waitFor();
	return Object.fromEntries( await select.locator( 'option' ).evaluateAll(
		( options ) => options.map( ( o ) => [ o.value, o.textContent.trim() ] ) ) );
}

test( 'Translate counts 3 of 5 units as 60 %, and the player\'s language menu says so', { skip }, async () => {
	const stats = await wiki.stats( PARTIAL );
	assert.deepEqual( [ stats.de.translated, stats.de.total ], [ 3, 5 ] );
	assert.deepEqual( [ stats.fr.translated, stats.fr.total ], [ 5, 5 ] );

	const { page, problems, close } = await openPage( browser );
	// Translate writes the statistics it just computed for the API after its response (a
	// deferred update): until they are stored, the menu rightly shows no figure.
	let entries = {};
	for ( let i = 0; i < 40 && !/%/.test( entries.de || '' ); i++ ) {
		await page.goto( server + path( PARTIAL, '?uselang=en' ) );
		entries = await menu( page );
	}
	assert.deepEqual( Object.keys( entries ).sort(), [ 'de', 'en', 'fr' ] );
	assert.match( entries.de, /60\s?%/ );
	assert.match( entries.fr, /100\s?%/ );
	assert.match( entries.en, /original/ );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'a version Translate generated with untranslated units shows them in the source language, and the player says so', { skip }, async () => {
	const { page, problems, close } = await openPage( browser );
	await page.goto( server + path( `${ PARTIAL }/de`, '?uselang=de' ) );
	await page.locator( '.trainings-player-languages__select' ).waitFor();
	// Translate wraps the units not translated yet (the two steps) in elements in the source language.
	assert.equal( await page.locator( '.mw-parser-output [lang="en"].mw-content-ltr' ).count(), 2 );
	assert.equal( await page.locator( '.mw-parser-output' ).getAttribute( 'lang' ), 'de' );
	// The step list marks both steps, the notice gives the figure.
	const notes = await page.locator( '.trainings-steplist-translation' ).allTextContents();
	assert.equal( notes.length, 2, `step notes: ${ notes }` );
	assert.match( await page.locator( '.trainings-language-notice' ).innerText(), /60\s?%/ );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'a unit made outdated by a change of the source and a re-mark: the player says "outdated"', { skip }, async () => {
	const stats = await wiki.stats( OUTDATED );
	assert.deepEqual( [ stats.fr.translated, stats.fr.fuzzy, stats.fr.total ], [ 4, 1, 5 ] );

	const { page, problems, close } = await openPage( browser );
	await page.goto( server + path( `${ OUTDATED }/fr`, '?uselang=fr' ) );
	await page.locator( '.trainings-player-languages__select' ).waitFor();
	// Translate keeps the outdated translation, marked (beside its legend of the same class).
	assert.equal( await page.locator( '.mw-translate-fuzzy', { hasText: 'partagez-le' } ).count(), 1 );
	const notes = await page.locator( '.trainings-steplist-translation' ).allTextContents();
	assert.ok( notes.includes( FRENCH_MESSAGES[ 'trainings-player-step-outdated' ] ), `step notes: ${ notes }` );
	// "Cette traduction est complète à 80 %, avec 1 partie obsolète"
	assert.match( await page.locator( '.trainings-language-notice' ).innerText(), /80\s?%.*\b1\b/ );
	assert.match( ( await menu( page ) ).fr, /80\s?%/ );
	assert.deepEqual( problems, [] );
	await close();
} );

/**
 * @param {import('playwright-core').Page} page
 * @param {string} title A module
 * @return {Promise<string[]>} The texts of its card's translation chips
 */
async function translationChips( page, title ) {
	const key = title.replace( /^Training:/, '' ).replace( / /g, '_' );
	return page.locator( `.ext-trainings-catalog__item[data-key="${ key }"] .ext-trainings-card__chip--translation` )
		.allTextContents();
}

test( 'catalog cards say how complete and current the reader\'s translation is, server-rendered and from the API', { skip }, async () => {
	const { page, problems, close } = await openPage( browser );
	const search = encodeURIComponent( 'Sharing photos' );
	await page.goto( `${ server }/wiki/Special:Trainings?uselang=de&search=${ search }` );
	assert.deepEqual( ( await translationChips( page, PARTIAL ) ).map( ( t ) => t.trim() ), [ 'Deutsch: 60% translated' ] );
	assert.deepEqual( await translationChips( page, OUTDATED ), [], 'no German version: the English source, no figures' );

	await page.goto( `${ server }/wiki/Special:Trainings?uselang=fr&search=${ search }` );
	assert.deepEqual( await translationChips( page, PARTIAL ), [], 'complete in French: nothing to say' );
	const outdated = await translationChips( page, OUTDATED );
	assert.equal( outdated.length, 1 );
	assert.match( outdated[ 0 ], /80\s?%.*une partie/ );

	// The enhancement renders the same chip from list=trainings (uselang passed along).
	// Mark the server's cards, to tell them from the enhancement's.
	await page.locator( '.ext-trainings-catalog__item' ).first().waitFor();
	await page.evaluate( () => document.querySelectorAll( '.ext-trainings-catalog__item' )
		.forEach( ( item ) => item.setAttribute( 'data-test-server', '' ) ) );
	const input = page.locator( 'form.ext-trainings-catalog__search input[name="search"]' );
	const [ response ] = await Promise.all( [
		// The modules' request (courses have one of their own: trkind=course).
		page.waitForResponse( ( r ) => r.url().includes( 'list=trainings' ) && r.url().includes( 'articles' ) &&
			!r.url().includes( 'trkind=course' ) ),
		input.fill( 'Sharing photos articles' )
	] );
	assert.match( response.url(), /[?&]uselang=fr(&|$)/, 'the API is asked in the reader\'s language' );
	await page.locator( '.ext-trainings-catalog__count' ).waitFor();
	await page.waitForFunction( ( key ) => !!document.querySelector(
		`.ext-trainings-catalog__item[data-key="${ key }"]:not([data-test-server])` ),
	OUTDATED.replace( /^Training:/, '' ).replace( / /g, '_' ) );
	assert.match( ( await translationChips( page, OUTDATED ) )[ 0 ], /80\s?%.*une partie/ );
	assert.deepEqual( await translationChips( page, PARTIAL ), [] );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'X/en, which Translate creates for the source language, is not a module of its own', { skip }, async () => {
	const sourcePage = await wiki.request( { action: 'query', titles: `${ PARTIAL }/en`, prop: 'info' } );
	assert.ok( !sourcePage.query.pages[ 0 ].missing, 'Translate created the /en page' );

	const data = await wiki.request( { action: 'query', list: 'trainings', trlimit: 'max' } );
	const titles = data.query.trainings.map( ( m ) => m.title );
	assert.ok( titles.includes( PARTIAL ) );
	assert.deepEqual( titles.filter( ( t ) => t.startsWith( PARTIAL ) ), [ PARTIAL ] );
	const entry = data.query.trainings.find( ( m ) => m.title === PARTIAL );
	assert.deepEqual( [ ...entry.languages ].sort(), [ 'de', 'en', 'fr' ] );

	const { page, problems, close } = await openPage( browser );
	await page.goto( `${ server }/wiki/Special:Trainings?uselang=en&search=${ encodeURIComponent( 'Sharing photos' ) }` );
	const links = await page.locator( 'a[href*="Translated_module"]' ).evaluateAll(
		( as ) => as.map( ( a ) => decodeURIComponent( a.getAttribute( 'href' ) ) ) );
	assert.ok( links.length > 0, 'the catalog lists the module' );
	assert.deepEqual( links.filter( ( href ) => /\/en(\?|#|$)/.test( href ) ), [] );
	assert.deepEqual( problems, [] );
	await close();
} );

test( 'the <languages/> bar and the player\'s language menu list the same versions', { skip }, async () => {
	// Translate's bar is part of the source page's cached rendering, which the creation of a
	// new X/<code> does not refresh; the player's menu is computed on each view. Once the
	// source is rendered again, both list the same versions.
	await wiki.request( { action: 'purge', titles: PARTIAL }, true );
	const { page, problems, close } = await openPage( browser );
	await page.goto( server + path( PARTIAL, '?uselang=en' ) );
	const entries = await menu( page );
	const bar = await page.locator( '.mw-pt-languages a[lang], .mw-pt-languages [lang]' ).evaluateAll(
		( els ) => [ ...new Set( els.map( ( el ) => el.getAttribute( 'lang' ) ) ) ] );
	assert.deepEqual( bar.sort(), Object.keys( entries ).sort() );
	assert.deepEqual( problems, [] );
	await close();
} );

test( '"help translate" opens Special:Translate for that module and language', { skip }, async () => {
	const { page, problems, close } = await openPage( browser );
	await page.goto( server + path( PARTIAL, '?uselang=es' ) );
	const link = page.locator( '.trainings-player-languages__translate' );
	await link.waitFor();
	const href = new URL( await link.getAttribute( 'href' ), server );
	assert.equal( href.searchParams.get( 'title' ), 'Special:Translate' );
	assert.equal( href.searchParams.get( 'group' ), `page-${ PARTIAL }` );
	assert.equal( href.searchParams.get( 'language' ), 'es' );
	const notice = page.locator( '.trainings-language-notice-translate' );
	assert.equal( await notice.getAttribute( 'href' ), await link.getAttribute( 'href' ) );

	await Promise.all( [ page.waitForURL( /Special:Translate/ ), link.click() ] );
	assert.equal( await page.evaluate( () => window.mw.config.get( 'wgCanonicalSpecialPageName' ) ), 'Translate' );
	assert.deepEqual( problems, [] );
	await close();
} );
