/**
 * Search inside modules and courses that follow the catalog's search and filters (design record
 * 0023), as an HTTP client sees them: Special:Trainings without JavaScript and list=trainings.
 *
 * The words: "digitise" is only in a step of "How to talk to partners" (English), "numériser"
 * only in a step of its hand-made French version; neither is in a title, summary or topic.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { api, get } from './lib.mjs';

const MODULE = 'How_to_talk_to_partners';

/**
 * @param {string} query Query string after "Special:Trainings?"
 * @return {Promise<string>} The page's HTML
 */
async function catalog( query ) {
	const { status, text } = await get( `/wiki/Special:Trainings?${ query }` );
	assert.equal( status, 200 );
	return text;
}

/**
 * @param {string} html A catalog page
 * @return {string[]} The DB keys of its module cards
 */
function cardKeys( html ) {
	return Array.from( html.matchAll( /<li class="ext-trainings-catalog__item" data-key="([^"]*)"/g ), ( m ) => m[ 1 ] );
}

/**
 * @param {string} html A catalog page
 * @return {string} Its courses section, '' when none
 */
function coursesOf( html ) {
	const start = html.indexOf( '<section class="ext-trainings-catalog__courses"' );
	return start < 0 ? '' : html.slice( start, html.indexOf( '</section>', start ) );
}

/**
 * @param {string} html A courses section
 * @return {string[]} The DB keys of the courses shown (not hidden)
 */
function shownCourses( html ) {
	return Array.from( html.matchAll( /<li class="ext-trainings-course" data-key="([^"]*)"( hidden)?/g ) )
		.filter( ( m ) => !m[ 2 ] ).map( ( m ) => m[ 1 ] );
}

/**
 * Wait until the wiki's own search engine has indexed a word in a page: the setup saves the
 * sample pages, and their search index is written by deferred updates and jobs.
 *
 * @param {string} word
 * @param {string} title Prefixed page title expected among the results
 */
async function waitUntilIndexed( word, title ) {
	const deadline = Date.now() + 30000;
	for ( ;; ) {
		const data = await api( { action: 'query', list: 'search', srwhat: 'text', srsearch: word, srnamespace: '1640', srlimit: '50' } );
		if ( data.query.search.some( ( r ) => r.title === title ) ) {
			return;
		}
		assert.ok( Date.now() < deadline, `the search engine never indexed "${ word }" in ${ title }` );
		// Ask the wiki to run its queued jobs (search index updates among them) with the next request.
		await get( '/api.php?action=query&meta=siteinfo&format=json' );
	}
}

before( async () => {
	await waitUntilIndexed( 'digitise', 'Training:How to talk to partners' );
	await waitUntilIndexed( 'numériser', 'Training:How to talk to partners/fr' );
} );

test( 'a word only in a step is not found by the catalog search, which offers to search inside modules', async () => {
	const text = await catalog( 'search=digitise' );
	assert.deepEqual( cardKeys( text ), [], 'titles, summaries and topics only' );
	const link = text.match( /<p class="ext-trainings-catalog__fulltext"><a class="ext-trainings-catalog__fulltext-link" href="([^"]*)">([^<]*)<\/a>/ );
	assert.ok( link, 'the next step, as a plain link' );
	assert.equal( link[ 1 ], '/index.php?title=Special:Trainings&amp;fulltext=1&amp;search=digitise' );
	assert.equal( link[ 2 ], 'Search inside modules for “digitise”' );
	assert.match( await catalog( '' ), /<p class="ext-trainings-catalog__fulltext" hidden=""/, 'no search, no link shown' );
} );

test( 'search inside modules finds an English word of a step, without JavaScript', async () => {
	const text = await catalog( 'search=digitise&fulltext=1' );
	assert.deepEqual( cardKeys( text ), [ MODULE ] );
	assert.match( text, /Modules whose text contains your search\. <a class="ext-trainings-catalog__fulltext-link" href="\/index\.php\?title=Special:Trainings&amp;search=digitise">Search titles and summaries only<\/a>/ );
	const card = text.slice( text.indexOf( `data-key="${ MODULE }"` ) );
	assert.match( card, /^[^]*?href="\/wiki\/Training:How_to_talk_to_partners"/, 'the English version, where the word is' );
} );

test( 'search inside modules finds a word of a translation and links its card to that version', async () => {
	const text = await catalog( 'search=' + encodeURIComponent( 'numériser' ) + '&fulltext=1' );
	assert.deepEqual( cardKeys( text ), [ MODULE ] );
	const card = text.slice( text.indexOf( `data-key="${ MODULE }"` ) );
	assert.match( card, /^[^]*?href="\/wiki\/Training:How_to_talk_to_partners\/fr"/, 'the French version, where the word is' );
	const moduleCard = text.slice( text.indexOf( `class="ext-trainings-catalog__item" data-key="${ MODULE }"` ) );
	assert.match( moduleCard.slice( 0, moduleCard.indexOf( '</li>' ) ), /lang="fr"[^>]*>Comment parler aux partenaires</,
		'in the words of that version, marked with its language' );
	assert.deepEqual( cardKeys( await catalog( 'search=' + encodeURIComponent( 'numériser' ) ) ), [],
		'not a word of a title or summary' );
} );

test( 'search inside modules keeps the catalog\'s filters', async () => {
	assert.deepEqual( cardKeys( await catalog( 'search=digitise&fulltext=1&level=beginner' ) ), [ MODULE ] );
	assert.deepEqual( cardKeys( await catalog( 'search=digitise&fulltext=1&level=advanced' ) ), [] );
	assert.deepEqual( cardKeys( await catalog( 'search=digitise&fulltext=1&language=ar' ) ), [ MODULE ] );
	assert.deepEqual( cardKeys( await catalog( 'search=digitise&fulltext=1&format=video' ) ), [] );
} );

test( 'list=trainings searches inside modules with trfulltext and names the versions found', async () => {
	const english = await api( { action: 'query', list: 'trainings', trsearch: 'digitise', trfulltext: '1' } );
	assert.deepEqual( english.query.trainings.map( ( t ) => [ t.key, t.foundin ] ), [ [ MODULE, [ 'en' ] ] ] );
	const french = await api( { action: 'query', list: 'trainings', trsearch: 'numériser', trfulltext: '1' } );
	assert.deepEqual( french.query.trainings.map( ( t ) => [ t.key, t.foundin ] ), [ [ MODULE, [ 'fr' ] ] ] );
	const plain = await api( { action: 'query', list: 'trainings', trsearch: 'digitise' } );
	assert.deepEqual( plain.query.trainings, [] );
	assert.equal( plain.query.trainings.foundin, undefined );
	const filtered = await api( { action: 'query', list: 'trainings', trsearch: 'digitise', trfulltext: '1', trlevel: 'advanced' } );
	assert.deepEqual( filtered.query.trainings, [] );
} );

test( 'list=trainings shows the version a search inside modules found, in its words, as Special:Trainings does', async () => {
	const word = 'numériser';
	const { query } = await api( { action: 'query', list: 'trainings', trsearch: word, trfulltext: '1', trprop: 'card' } );
	const [ module ] = query.trainings;
	assert.deepEqual( [ module.key, module.version, module.displaytitle, module.displaytitlelang ],
		[ MODULE, 'fr', 'Comment parler aux partenaires', 'fr' ], 'the French version, where the word is' );
	const page = await catalog( 'search=' + encodeURIComponent( word ) + '&fulltext=1' );
	assert.ok( page.includes( module.card ), 'the same card as the special page' );
} );

test( 'courses follow the search: listed when one of their modules matches, that module marked', async () => {
	const courses = coursesOf( await catalog( 'search=digitise&fulltext=1' ) );
	assert.doesNotMatch( courses.slice( 0, 80 ), /hidden/, 'the section is shown' );
	assert.deepEqual( shownCourses( courses ), [ 'Partnerships' ] );
	const marked = Array.from( courses.matchAll( /<li class="ext-trainings-course__module ext-trainings-course__module--match" data-key="([^"]*)">.*?<span class="ext-trainings-course__match">matches<\/span>/g ), ( m ) => m[ 1 ] );
	assert.deepEqual( marked, [ MODULE ], 'only the module that matches' );
	assert.equal( ( courses.match( /ext-trainings-course__module--match/g ) || [] ).length, 1 );
} );

test( 'courses follow the filters: no course when nothing in it matches', async () => {
	for ( const query of [ 'search=zzzzqqq', 'format=video', 'search=digitise&fulltext=1&level=advanced' ] ) {
		const courses = coursesOf( await catalog( query ) );
		assert.match( courses, /^<section class="ext-trainings-catalog__courses"[^>]*hidden/, `${ query }: the section is hidden` );
		assert.deepEqual( shownCourses( courses ), [], `${ query }: no course shown` );
	}
	const all = coursesOf( await catalog( '' ) );
	assert.ok( shownCourses( all ).includes( 'Partnerships' ), 'without filters every course' );
	assert.doesNotMatch( all, /--match/, 'and nothing marked' );
} );

test( 'list=trainings lists the courses that match or have a module that matches', async () => {
	const none = await api( { action: 'query', list: 'trainings', trkind: 'course', trsearch: 'zzzzqqq' } );
	assert.deepEqual( none.query.trainings, [] );
	const found = await api( { action: 'query', list: 'trainings', trkind: 'course', trsearch: 'digitise', trfulltext: '1' } );
	assert.deepEqual( found.query.trainings.map( ( t ) => t.key ), [ 'Partnerships' ] );
	assert.deepEqual( found.query.trainings[ 0 ].modules.filter( ( m ) => m.matches ).map( ( m ) => m.key ), [ MODULE ] );
	const all = await api( { action: 'query', list: 'trainings', trkind: 'course' } );
	assert.ok( all.query.trainings[ 0 ].modules.every( ( m ) => m.matches === undefined ), 'nothing marked without filters' );
} );
