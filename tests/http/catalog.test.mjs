/**
 * Special:Trainings and the Training namespace as an HTTP client sees them: server-rendered
 * HTML that works without JavaScript, GET search, and the sample content imported by the setup.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { api, get, loadModules, samplePages } from './lib.mjs';

/** Titles of the cards rendered on a catalog page. */
function cardTitles( html ) {
	return Array.from( html.matchAll( /<span class="cdx-card__text__title">([^<]*)<\/span>/g ), ( m ) => m[ 1 ] );
}

test( 'the wiki registers the Training namespace as content namespace 1640', async () => {
	const data = await api( { action: 'query', meta: 'siteinfo', siprop: 'namespaces' } );
	const ns = data.query.namespaces[ '1640' ];
	assert.equal( ns.name, 'Training' );
	assert.equal( ns.content, true );
	assert.equal( ns.subpages, true );
	assert.equal( data.query.namespaces[ '1641' ].name, 'Training talk' );
} );

test( 'Special:Trainings lists the sample modules as server-rendered cards', async () => {
	const { status, text } = await get( '/wiki/Special:Trainings' );
	assert.equal( status, 200 );
	const titles = cardTitles( text );
	assert.ok( titles.includes( 'Using the Trainings catalog' ), `cards: ${ titles.join( ', ' ) }` );
	assert.ok( titles.includes( 'Editing a training module' ), `cards: ${ titles.join( ', ' ) }` );
	assert.match( text, /href="\/wiki\/Training:Using_the_Trainings_catalog"/ );
	// One card per base module of the sample library (language versions are subpages).
	assert.equal( titles.length, samplePages().length );
	assert.match( text, new RegExp( `ext-trainings-catalog__count[^>]*>[^<]*\\b${ samplePages().length }\\b` ) );
} );

test( 'a GET search narrows the list without JavaScript, and the URL can be shared', async () => {
	const { status, text } = await get( '/wiki/Special:Trainings?search=editing' );
	assert.equal( status, 200 );
	assert.deepEqual( cardTitles( text ), [ 'Editing a training module' ] );
	assert.match( text, /name="search"[^>]*value="editing"|value="editing"[^>]*name="search"/ );
} );

test( 'a GET search finds every word in the title or the summary, in any order, case and accents aside', async () => {
	const { text } = await get( '/wiki/Special:Trainings?search=' + encodeURIComponent( 'FOUND share WHÄT' ) );
	assert.deepEqual( cardTitles( text ), [ 'Using the Trainings catalog' ] );
} );

test( 'a search that matches nothing says so', async () => {
	const { text } = await get( '/wiki/Special:Trainings?search=zzzz-no-such-training' );
	assert.deepEqual( cardTitles( text ), [] );
	assert.match( text, /class="ext-trainings-catalog__empty"(?![^>]*hidden)/ );
} );

test( 'hostile search input is escaped, not executed', async () => {
	const { status, text } = await get( '/wiki/Special:Trainings?search=' + encodeURIComponent( '"><script>alert(1)</script>' ) );
	assert.equal( status, 200 );
	assert.doesNotMatch( text, /<script>alert\(1\)<\/script>/ );
} );

test( 'a module page shows the imported wikitext', async () => {
	const { status, text } = await get( '/wiki/Training:Editing_a_training_module' );
	assert.equal( status, 200 );
	assert.match( text, /id="How_a_module_page_is_built"/ );
} );

test( 'ResourceLoader serves the catalog modules without errors', async () => {
	const script = await loadModules( 'ext.trainings.catalog' );
	assert.doesNotMatch( script, /"ext\.trainings\.catalog":"error"/ );
	assert.ok( !script.startsWith( '/*' ), 'load.php prepended an error comment' );
	assert.match( script, /mw\.loader\.impl/ );
	const styles = await loadModules( 'ext.trainings.catalog.styles', 'styles' );
	assert.match( styles, /cdx-card/ );
	assert.ok( !styles.startsWith( '/*' ), 'load.php prepended an error comment' );
} );

test( 'the wiki\'s own search finds training modules by default', async () => {
	// Special:Search uses the wiki's default namespaces (the API's list=search only NS_MAIN).
	const { status, text } = await get( '/index.php?title=Special:Search&fulltext=1&search=catalog' );
	assert.equal( status, 200 );
	assert.match( text, /class="mw-search-result-heading"><a href="\/wiki\/Training:Using_the_Trainings_catalog"/ );
} );
