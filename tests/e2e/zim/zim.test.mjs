/**
 * The library as ZIM files for Kiwix (design record 0007): the sample library is built in English and
 * in Arabic (right to left) by maintenance/buildZim.php on the test wiki, zimcheck passes on
 * both, and kiwix-serve serves them on loopback. Chromium reads the catalog page, opens a
 * module from it, plays it to the end with a quiz, goes on to another module and back to the
 * catalog, and every request it made went to kiwix-serve.
 *
 * Environment: TRAININGS_TEST_INSTANCE (the test wiki, default "test"), TRAININGS_KIWIX_PORT
 * (default: the wiki's port + 1000).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, server } from '../lib/browser.mjs';

const root = join( dirname( fileURLToPath( import.meta.url ) ), '../../..' );
const instance = process.env.TRAININGS_TEST_INSTANCE || 'test';
const kiwixPort = process.env.TRAININGS_KIWIX_PORT ||
	String( Number( new URL( server ).port || 80 ) + 1000 );
const kiwix = `http://127.0.0.1:${ kiwixPort }`;
const LANGUAGES = [ 'en', 'ar' ];

let browser, kiwixServe;
/** @type {Object<string,Object>} Path, bytes, seconds, singleFileBytes and log by language */
const built = {};
/** @type {Object<string,{book:string,language:string,title:string}>} */
const books = {};

/**
 * Build the ZIM file of a language with the maintenance script.
 *
 * @param {string} language
 * @return {Object} Path, size, build time, single-file export size, and the script's output
 */
function build( language ) {
	const result = spawnSync( 'bash', [
		'dev/wiki.sh', 'php', instance, 'maintenance/run.php',
		join( root, 'maintenance/buildZim.php' ), '--language', language, '--force'
	], { cwd: root, encoding: 'utf8' } );
	const log = result.stdout + result.stderr;
	assert.equal( result.status, 0, log );
	const figures = /^\w+: (\S+\.zim), (\d+) bytes, .* built in ([\d.]+) s; the single-file exports of the same modules: (\d+) bytes/m
		.exec( log );
	assert.ok( figures, log );
	return {
		path: figures[ 1 ], bytes: Number( figures[ 2 ] ), seconds: Number( figures[ 3 ] ),
		singleFileBytes: Number( figures[ 4 ] ), log
	};
}

async function waitForKiwix() {
	for ( let i = 0; i < 100; i++ ) {
		try {
			const response = await fetch( `${ kiwix }/catalog/v2/entries` );
			if ( response.ok ) {
				return response.text();
			}
		} catch ( e ) {
			// Not listening yet.
		}
		await new Promise( ( resolve ) => {
			setTimeout( resolve, 100 );
		} );
	}
	throw new Error( `kiwix-serve did not answer on ${ kiwix }` );
}

before( async () => {
	for ( const language of LANGUAGES ) {
		built[ language ] = build( language );
		const { bytes, seconds, singleFileBytes } = built[ language ];
		console.log( `ZIM ${ language }: ${ bytes } bytes, built in ${ seconds } s; ` +
			`single-file exports of the same modules: ${ singleFileBytes } bytes` );
	}
	kiwixServe = spawn( 'kiwix-serve', [
		'--address=127.0.0.1', `--port=${ kiwixPort }`, ...LANGUAGES.map( ( l ) => built[ l ].path )
	], { stdio: 'ignore' } );
	const catalog = await waitForKiwix();
	for ( const entry of catalog.split( '<entry>' ).slice( 1 ) ) {
		const field = ( tag ) => ( new RegExp( `<${ tag }>([^<]*)</${ tag }>` ).exec( entry ) || [] )[ 1 ];
		const name = field( 'name' );
		books[ name ] = {
			book: /<link type="text\/html" href="([^"]+)"/.exec( entry )[ 1 ],
			language: field( 'language' ),
			title: field( 'title' ),
			illustration: /href="([^"]+)"\s+type="image\/png;width=48;height=48/.exec( entry )?.[ 1 ]
		};
	}
	browser = await launchBrowser();
} );

after( async () => {
	await browser?.close();
	kiwixServe?.kill();
} );

test( 'zimcheck passes on both files', () => {
	for ( const language of LANGUAGES ) {
		const result = spawnSync( 'zimcheck', [ '--all', built[ language ].path ], { encoding: 'utf8' } );
		assert.equal( result.status, 0, result.stdout + result.stderr );
		assert.match( result.stdout, /Overall Test Status: Pass/ );
	}
} );

test( 'kiwix-serve lists both files with their metadata', async () => {
	assert.equal( books.trainings_en_all?.language, 'eng' );
	assert.equal( books.trainings_ar_all?.language, 'ara' );
	assert.equal( books.trainings_en_all.title, 'Wikimedia trainings' );
	const response = await fetch( kiwix + books.trainings_ar_all.illustration );
	assert.equal( response.status, 200 );
	const png = Buffer.from( await response.arrayBuffer() );
	assert.equal( png.subarray( 1, 4 ).toString(), 'PNG' );
	assert.deepEqual( [ png.readUInt32BE( 16 ), png.readUInt32BE( 20 ) ], [ 48, 48 ], '48×48' );
} );

/**
 * Open a page of a book through kiwix-serve, recording every request the browser makes.
 *
 * @param {string} name Book name (trainings_en_all)
 * @param {string} path Page inside the book
 * @return {Promise<Object>}
 */
async function openBook( name, path ) {
	const opened = await openPage( browser );
	const requests = [];
	opened.page.on( 'request', ( request ) => requests.push( request.url() ) );
	// Every page, image, script and style of the file is found.
	opened.page.on( 'response', ( response ) => {
		if ( response.status() >= 400 ) {
			opened.problems.push( `HTTP ${ response.status() }: ${ response.url() }` );
		}
	} );
	await opened.page.goto( `${ kiwix }${ books[ name ].book }/${ path }` );
	return { ...opened, requests };
}

/**
 * Play the module shown to its end, checking the first quiz met on the way.
 *
 * @param {import('playwright-core').Page} page
 * @return {Promise<number>} Steps played
 */
async function playToTheEnd( page ) {
	const sections = page.locator( '.trainings-step' );
	const steps = await sections.count();
	assert.ok( steps >= 2, 'a module with steps' );
	assert.equal( await sections.first().isVisible(), false, 'one part at a time' );
	const nextButton = page.locator( '.trainings-offline-next' );
	let checkedQuiz = false;
	for ( let i = 1; i <= steps; i++ ) {
		await nextButton.click();
		const section = sections.nth( i - 1 );
		assert.equal( await section.isVisible(), true, `step ${ i } shown` );
		const quiz = section.locator( '.trainings-quiz' ).first();
		if ( !checkedQuiz && await quiz.count() ) {
			await quiz.locator( '.trainings-quiz-options input' ).first().check();
			await quiz.locator( '.trainings-quiz-check' ).click();
			assert.ok( ( await quiz.locator( '.trainings-quiz-status' ).textContent() ).trim().length > 0, 'quiz feedback' );
			assert.equal( await quiz.locator( '.trainings-quiz-result' ).count(), 1 );
			checkedQuiz = true;
		}
	}
	assert.ok( checkedQuiz, 'a quiz was checked' );
	// The step counter, in the file's language, is not empty.
	assert.match( await page.locator( '.trainings-offline-status' ).textContent(), /\S/ );
	// After the last step, Finish opens the completion screen.
	await nextButton.click();
	await page.locator( '.trainings-offline-complete h2' ).waitFor();
	assert.equal( await nextButton.isDisabled(), true, 'the end' );
	return steps;
}

/**
 * Chromium asks for /favicon.ico on its own (not a request of the page: the page's own
 * responses are checked in openBook()), and kiwix-serve has none.
 *
 * @param {string} problem
 * @return {boolean}
 */
function notFavicon( problem ) {
	return problem !== 'console error: Failed to load resource: the server responded with a status of 404 (Not Found)';
}

/**
 * @param {string[]} requests
 */
function assertAllFromKiwix( requests ) {
	assert.ok( requests.length > 0 );
	const elsewhere = requests.filter( ( url ) => new URL( url ).origin !== kiwix );
	assert.deepEqual( elsewhere, [], 'every request went to kiwix-serve' );
}

test( 'English: from the catalog, a module plays to the end with its quiz, all from kiwix-serve', async () => {
	const { page, problems, close, requests } = await openBook( 'trainings_en_all', 'index.html' );
	assert.equal( await page.locator( 'html' ).getAttribute( 'dir' ), 'ltr' );
	assert.equal( await page.locator( 'h1' ).first().textContent(), 'Wikimedia trainings' );
	// Grouped as Special:Trainings: the courses with their modules in order, then the modules
	// by topic.
	const headings = await page.locator( 'main h2' ).allTextContents();
	assert.deepEqual( headings, [ 'Courses', 'Modules' ] );
	const course = page.locator( '.trainings-zim-courses > li' ).first();
	assert.equal( await course.locator( 'h3' ).textContent(), 'Partnerships' );
	assert.equal( await course.locator( 'ol > li' ).count(), 4 );
	assert.ok( ( await page.locator( 'main h3' ).allTextContents() ).includes( 'Communication' ), 'a topic heading' );
	// Drafts stay out of the file.
	assert.equal( await page.locator( 'a', { hasText: 'Organising an online photo contest' } ).count(), 0 );

	await course.locator( 'ol a', { hasText: 'How to talk to partners' } ).click();
	await page.waitForURL( /How_to_talk_to_partners\.html$/ );
	const image = page.locator( '.trainings-module img' ).first();
	assert.match( await image.getAttribute( 'src' ), /^images\// );
	await playToTheEnd( page );
	assert.ok( await image.evaluate( ( img ) => img.complete && img.naturalWidth > 0 ), 'the image from the ZIM' );

	// A module links to another one inside the file, and every page back to the catalog.
	await page.locator( '.trainings-zim-nav a' ).click();
	await page.waitForURL( /index\.html$/ );
	await page.locator( '.trainings-zim-list a', { hasText: 'How to measure your success' } ).first().click();
	await page.waitForURL( /How_to_measure_your_success\.html$/ );
	assert.equal( await page.locator( '.trainings-offline-next' ).count(), 1, 'the offline player' );

	assertAllFromKiwix( requests );
	assert.deepEqual( problems.filter( notFavicon ), [] );
	await close();
} );

test( 'Arabic: right to left, translated versions, a module played to the end, all from kiwix-serve', async () => {
	const { page, problems, close, requests } = await openBook( 'trainings_ar_all', 'index.html' );
	assert.equal( await page.locator( 'html' ).getAttribute( 'dir' ), 'rtl' );
	assert.equal( await page.locator( 'html' ).getAttribute( 'lang' ), 'ar' );
	// A module without an Arabic version is there in its source language, marked as such.
	assert.ok( await page.locator( '.trainings-zim-list li[lang="en"]' ).count() > 0, 'fallbacks marked' );
	await page.locator( '.trainings-zim-courses ol a' ).first().click();
	await page.waitForURL( /How_to_talk_to_partners\.html$/ );
	assert.equal( await page.locator( 'html' ).getAttribute( 'lang' ), 'ar', 'the Arabic version' );
	assert.equal( await page.locator( 'html' ).getAttribute( 'dir' ), 'rtl' );
	// The step counter in Arabic digits or words, not empty (checked on the last step).
	await playToTheEnd( page );
	assertAllFromKiwix( requests );
	assert.deepEqual( problems.filter( notFavicon ), [] );
	await close();
} );

test( 'on the wiki: the size and date before downloading, "being prepared" before the first build', async () => {
	const text = async ( title ) => ( await fetch( `${ server }/index.php?title=${ title }&uselang=en` ) ).text();
	assert.match( await text( 'Special:Trainings' ),
		/>Download for Kiwix<\/a> <span class="ext-trainings-zim-download__details">\([\d.]+ KB, \d+ \w+ \d{4}\)</ );
	const href = /class="ext-trainings-zim-file" href="([^"]+)"/.exec( await text( 'Special:TrainingsKiwix/ar' ) )[ 1 ];
	const file = Buffer.from( await ( await fetch( server + href ) ).arrayBuffer() );
	assert.equal( file.length, built.ar.bytes, 'the file just built' );
	assert.equal( file.subarray( 0, 3 ).toString(), 'ZIM' );
	// French is never built by this suite: a reader is told, and a build is queued.
	assert.match( await text( 'Special:TrainingsKiwix/fr' ), /The file in .+ is being prepared/ );
} );

test( 'the ZIM is smaller than the single-file exports of the same modules', () => {
	for ( const language of LANGUAGES ) {
		assert.ok( built[ language ].bytes < built[ language ].singleFileBytes,
			`${ language }: ${ built[ language ].bytes } < ${ built[ language ].singleFileBytes }` );
	}
} );
