/**
 * Special:Trainings and the Training namespace as an HTTP client sees them: server-rendered
 * HTML that works without JavaScript, GET search and filters, courses, paging, and the sample
 * content imported by the setup.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { api, get, loadModules, sampleModules, sampleTranslations } from './lib.mjs';

const contentDir = join( dirname( fileURLToPath( import.meta.url ) ), '../../content/Training' );

/**
 * The metadata of a sample page, read from its wikitext.
 *
 * @param {string} title
 * @return {{level: string, duration: number|null, status: string, topics: string[]}}
 */
function metadata( title ) {
	const text = readFileSync( join( contentDir, `${ title }.wikitext` ), 'utf8' );
	const value = ( name ) => ( text.match( new RegExp( `\\|\\s*${ name }\\s*=\\s*([^|\\n}]*)` ) ) || [] )[ 1 ]?.trim() || '';
	return {
		level: value( 'level' ),
		duration: value( 'duration' ) ? Number( value( 'duration' ) ) : null,
		status: value( 'status' ) || 'published',
		topics: value( 'topics' ).split( ',' ).map( ( t ) => t.trim() ).filter( Boolean )
	};
}

/** @return {string[]} Sample modules the catalog lists by default (not drafts), by title */
function listedModules() {
	return sampleModules().filter( ( title ) => metadata( title ).status !== 'draft' );
}

/**
 * @param {string} html
 * @return {string[]} Titles of the module cards on a catalog page
 */
function cardTitles( html ) {
	return Array.from( html.matchAll( /<span class="cdx-card__text__title">(?:<bdi[^>]*>)?([^<]*)(?:<\/bdi>)?<\/span>/g ), ( m ) => m[ 1 ] );
}

/**
 * @param {string} query Query string after "Special:Trainings?"
 * @return {Promise<string>} The page's HTML
 */
async function catalog( query = '' ) {
	const { status, text } = await get( `/wiki/Special:Trainings${ query ? '?' + query : '' }` );
	assert.equal( status, 200 );
	return text;
}

test( 'the wiki registers the Training namespace as content namespace 1640', async () => {
	const data = await api( { action: 'query', meta: 'siteinfo', siprop: 'namespaces' } );
	const ns = data.query.namespaces[ '1640' ];
	assert.equal( ns.name, 'Training' );
	assert.equal( ns.content, true );
	assert.equal( ns.subpages, true );
	assert.equal( data.query.namespaces[ '1641' ].name, 'Training talk' );
} );

test( 'Special:Trainings lists the published and outdated sample modules as server-rendered cards', async () => {
	const text = await catalog();
	const titles = cardTitles( text );
	assert.deepEqual( titles, listedModules(), 'one card per module, by title; no draft, course or language version' );
	assert.match( text, /href="\/wiki\/Training:Using_the_Trainings_catalog"/ );
	assert.match( text, new RegExp( `ext-trainings-catalog__count[^>]*>${ listedModules().length } training modules<` ) );
	// Facts as chips, in words.
	const card = ( key ) => text.match( new RegExp( `<li class="ext-trainings-catalog__item" data-key="${ key }">.*?</li>`, 's' ) )[ 0 ];
	const chips = ( key ) => Array.from( card( key ).matchAll( /<span class="cdx-info-chip--text">([^<]*)</g ), ( m ) => m[ 1 ] );
	assert.deepEqual( chips( 'How_to_talk_to_partners' ),
		[ 'Beginner', '25 min', 'Quiz', 'Partnerships, Communication', 'English, العربية, français' ] );
	assert.equal( chips( 'Running_a_Wikipedia_edit-a-thon_in_2015' )[ 0 ], 'Outdated', 'outdated in words, first' );
	assert.match( card( 'Running_a_Wikipedia_edit-a-thon_in_2015' ), /ext-trainings-card__chip--outdated/ );
} );

test( 'list=trainings&trprop=card gives each module the very card Special:Trainings shows, in the reader\'s language', async () => {
	// One owner of the card's markup (design record 0024): the enhancement inserts these.
	for ( const uselang of [ 'fr', 'ar' ] ) {
		const page = await catalog( `uselang=${ uselang }` );
		const data = await api( { action: 'query', list: 'trainings', trprop: 'card', trlimit: '50', uselang } );
		const modules = data.query.trainings;
		assert.deepEqual( modules.map( ( t ) => t.title.replace( /^Training:/, '' ) ), listedModules(), uselang );
		for ( const module of modules ) {
			assert.ok( page.includes( module.card ), `${ uselang }: the card of ${ module.key } is the special page's` );
		}
		const french = modules.find( ( t ) => t.key === 'How_to_talk_to_partners' ).card;
		assert.match( french, new RegExp( `href="[^"]*uselang=${ uselang }"` ), 'its links keep the reader\'s uselang' );
	}
	const plain = await api( { action: 'query', list: 'trainings', trlimit: '1' } );
	assert.equal( plain.query.trainings[ 0 ].card, undefined, 'no card unless asked for' );
	const courses = await api( { action: 'query', list: 'trainings', trkind: 'course', trprop: 'card' } );
	assert.ok( courses.query.trainings.length > 0 && courses.query.trainings.every( ( t ) => t.card === undefined ),
		'courses have none' );
	const bad = await api( { action: 'query', list: 'trainings', trlimit: '1', trprop: 'other' } );
	assert.ok( bad.warnings, 'an unknown value is named in a warning' );
} );

test( 'courses come first, as numbered learning paths', async () => {
	const text = await catalog();
	const courses = text.slice( text.indexOf( 'class="ext-trainings-catalog__courses"' ), text.indexOf( 'class="ext-trainings-catalog__modules"' ) );
	assert.ok( courses.length > 0, 'a courses section before the modules' );
	assert.match( courses, /<h3 class="ext-trainings-course__title"[^>]*><a href="\/wiki\/Training:Partnerships"><bdi lang="en" dir="ltr">Partnerships<\/bdi><\/a>/ );
	const wikitext = readFileSync( join( contentDir, 'Partnerships.wikitext' ), 'utf8' );
	const expected = wikitext.slice( wikitext.indexOf( '{{#trainingcourse:' ) ).split( '\n' )
		.filter( ( line ) => line.startsWith( ' |' ) ).map( ( line ) => line.slice( 2 ).trim() );
	const listed = Array.from( courses.matchAll( /<li class="ext-trainings-course__module"[^>]*><a class="ext-trainings-course__module-title" href="[^"]*"><bdi lang="en" dir="ltr">([^<]*)<\/bdi><\/a>/g ), ( m ) => m[ 1 ] );
	assert.deepEqual( listed, expected, 'the course\'s modules in its order' );
	assert.match( courses, /<ol class="ext-trainings-course__modules"/ );
} );

test( 'a GET search narrows the list without JavaScript, and the URL can be shared', async () => {
	const text = await catalog( 'search=editing' );
	assert.deepEqual( cardTitles( text ), [ 'Editing a training module' ] );
	assert.match( text, /name="search"[^>]*value="editing"|value="editing"[^>]*name="search"/ );
	assert.match( text, /class="ext-trainings-catalog__courses"[^>]*hidden/, 'courses hidden while searching' );
} );

test( 'a GET search finds every word in the title or the summary, in any order, case and accents aside', async () => {
	const text = await catalog( 'search=' + encodeURIComponent( 'FOUND share WHÄT' ) );
	assert.deepEqual( cardTitles( text ), [ 'Using the Trainings catalog' ] );
} );

test( 'GET filters: level, topic, duration, language and sort', async () => {
	const by = ( predicate ) => listedModules().filter( ( title ) => predicate( metadata( title ) ) );
	assert.deepEqual( cardTitles( await catalog( 'level=beginner' ) ), by( ( m ) => m.level === 'beginner' ) );
	assert.deepEqual( cardTitles( await catalog( 'topic=offline' ) ), by( ( m ) => m.topics.includes( 'offline' ) ) );
	assert.deepEqual( cardTitles( await catalog( 'maxduration=15' ) ), by( ( m ) => m.duration !== null && m.duration <= 15 ) );
	assert.deepEqual(
		cardTitles( await catalog( 'level=intermediate&maxduration=25' ) ),
		by( ( m ) => m.level === 'intermediate' && m.duration <= 25 ),
		'filters combine'
	);
	const french = sampleTranslations( { courses: false } ).filter( ( t ) => t.endsWith( '/fr' ) ).map( ( t ) => t.slice( 0, -3 ) );
	assert.deepEqual( cardTitles( await catalog( 'language=fr' ) ), french.filter( ( t ) => listedModules().includes( t ) ) );
	const byDuration = listedModules().slice().sort( ( a, b ) => ( metadata( a ).duration - metadata( b ).duration ) || ( a < b ? -1 : 1 ) );
	assert.deepEqual( cardTitles( await catalog( 'sort=duration' ) ), byDuration, 'shortest first, then by title' );
} );

test( 'drafts are listed on request, and say so', async () => {
	const drafts = sampleModules().filter( ( title ) => metadata( title ).status === 'draft' );
	assert.ok( drafts.length > 0, 'the sample library has a draft' );
	const text = await catalog( 'drafts=1' );
	assert.deepEqual( cardTitles( text ), sampleModules() );
	assert.match( text, /ext-trainings-card__chip--draft"><span class="cdx-info-chip--text">Draft</ );
	assert.match( text, /name="drafts"[^>]*checked/ );
} );

test( 'unknown filter values are ignored with a notice that names them', async () => {
	const text = await catalog( 'level=expert&maxduration=forever&sort=random&topic=cooking&language=zz-not' );
	assert.match( text, /class="cdx-message cdx-message--block cdx-message--warning ext-trainings-catalog__notice"/ );
	for ( const named of [ 'level = "expert"', 'maxduration = "forever"', 'sort = "random"', 'topic = "cooking"', 'language = "zz-not"' ] ) {
		assert.ok( text.includes( named.replace( /"/g, '&quot;' ) ) || text.includes( named ), `names ${ named }` );
	}
	assert.deepEqual( cardTitles( text ), listedModules(), 'the list as without them' );
} );

test( '"More modules" carries continue and the filters', async () => {
	const first = await catalog( 'limit=3&sort=level' );
	assert.equal( cardTitles( first ).length, 3 );
	assert.match( first, /3 training modules shown; there are more\./ );
	const href = first.match( /<p class="ext-trainings-catalog__more"><a [^>]*href="([^"]*)"/ )[ 1 ].replace( /&amp;/g, '&' );
	assert.match( href, /sort=level/ );
	assert.match( href, /limit=3/ );
	assert.match( href, /continue=/ );
	const seen = new Set( cardTitles( first ) );
	let next = href;
	for ( let pages = 0; next && pages < 10; pages++ ) {
		const { text } = await get( next );
		cardTitles( text ).forEach( ( title ) => {
			assert.ok( !seen.has( title ), `${ title } once only` );
			seen.add( title );
		} );
		assert.doesNotMatch( text, /class="ext-trainings-catalog__courses"/, 'courses on the first page only' );
		const more = text.match( /<p class="ext-trainings-catalog__more"><a [^>]*href="([^"]*)"/ );
		next = more && more[ 1 ].replace( /&amp;/g, '&' );
	}
	assert.deepEqual( [ ...seen ].sort(), listedModules(), 'every module, once, over the pages' );
} );

test( 'a search that matches nothing says so and links to the whole catalog', async () => {
	const text = await catalog( 'search=zzzz-no-such-training' );
	assert.deepEqual( cardTitles( text ), [] );
	assert.match( text, /<p class="ext-trainings-catalog__empty">No training module matches your search\. <a class="ext-trainings-catalog__clear" href="\/wiki\/Special:Trainings">/ );
} );

test( 'hostile search input is escaped, not executed', async () => {
	const text = await catalog( 'search=' + encodeURIComponent( '"><script>alert(1)</script>' ) + '&level=' + encodeURIComponent( '<script>alert(2)</script>' ) );
	assert.doesNotMatch( text, /<script>alert\([12]\)<\/script>/ );
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
	// The stylesheet the catalog's page links in its head: the extension's styles and core's
	// Codex form styles (Specials/FormStyles), which together style every component it shows.
	const { text: page } = await get( '/wiki/Special:Trainings' );
	const link = /<link rel="stylesheet" href="[^"]*[?;]modules=([^&"]+)/.exec( page );
	assert.ok( link, 'the page links a stylesheet' );
	const modules = decodeURIComponent( link[ 1 ].replace( /&amp;/g, '&' ) );
	assert.match( modules, /ext\.trainings\.styles/ );
	assert.match( modules, /mediawiki\.htmlform\.codex\.styles/ );
	const styles = await loadModules( 'ext.trainings.styles|mediawiki.htmlform.codex.styles', 'styles' );
	for ( const component of [ 'cdx-card', 'cdx-select', 'cdx-checkbox', 'cdx-info-chip', 'cdx-message',
		'cdx-text-input', 'cdx-button' ] ) {
		assert.match( styles, new RegExp( `\\.${ component }\\b` ), `styles for ${ component }` );
	}
	assert.ok( !styles.startsWith( '/*' ), 'load.php prepended an error comment' );
	// Module pages load the same style module: without the forms' Codex CSS.
	const own = await loadModules( 'ext.trainings.styles', 'styles' );
	assert.doesNotMatch( own, /\.cdx-checkbox__icon\b/ );
} );

test( 'the wiki\'s own search finds training modules by default', async () => {
	// Special:Search uses the wiki's default namespaces (the API's list=search only NS_MAIN).
	const { status, text } = await get( '/index.php?title=Special:Search&fulltext=1&search=catalog' );
	assert.equal( status, 200 );
	assert.match( text, /class="mw-search-result-heading"><a href="\/wiki\/Training:Using_the_Trainings_catalog"/ );
} );
