/**
 * Small HTTP helpers for tests that talk to the test wiki like any client would.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const contentDir = join( dirname( fileURLToPath( import.meta.url ) ), '../../content' );
// Modules with a video are imported only into wikis with TimedMediaHandler (dev/timedmedia.sh).
const hasVideo = existsSync( join( contentDir, '../.wiki/instances',
	process.env.TRAININGS_TEST_INSTANCE || 'test', 'LocalSettings.timedmedia.php' ) );

/** Whether the test wiki has this page of the sample library (a module with a video may not). */
function imported( path ) {
	return hasVideo || !readFileSync( path, 'utf8' ).includes( '{{#trainingvideo:' );
}

/** Whether a page of the sample library is a course (a list of modules), not a module. */
function isCourse( title ) {
	return readFileSync( join( contentDir, 'Training', `${ title }.wikitext` ), 'utf8' ).includes( '{{#trainingcourse:' );
}

/**
 * Titles of the sample library's base pages (not language versions), modules and courses,
 * read from the folder the test wiki imports: one catalog card each.
 *
 * @return {string[]}
 */
export function samplePages() {
	return readdirSync( join( contentDir, 'Training' ), { withFileTypes: true } )
		.filter( ( entry ) => entry.isFile() && entry.name.endsWith( '.wikitext' ) )
		.filter( ( entry ) => imported( join( contentDir, 'Training', entry.name ) ) )
		.map( ( entry ) => entry.name.slice( 0, -'.wikitext'.length ) )
		.sort();
}

/**
 * @return {string[]} Titles of the sample library's modules (base pages that are not courses)
 */
export function sampleModules() {
	return samplePages().filter( ( title ) => !isCourse( title ) );
}

/**
 * Titles of the language versions in the sample library, e.g. "How to talk to partners/fr".
 *
 * @param {Object} [options]
 * @param {boolean} [options.courses=true] Include language versions of courses
 * @return {string[]}
 */
export function sampleTranslations( { courses = true } = {} ) {
	return readdirSync( join( contentDir, 'Training' ), { withFileTypes: true } )
		.filter( ( entry ) => entry.isDirectory() )
		.flatMap( ( dir ) => readdirSync( join( contentDir, 'Training', dir.name ) )
			.filter( ( file ) => file.endsWith( '.wikitext' ) &&
				imported( join( contentDir, 'Training', dir.name, file ) ) )
			.map( ( file ) => `${ dir.name }/${ file.slice( 0, -'.wikitext'.length ) }` ) )
		.filter( ( title ) => courses || !isCourse( title ) )
		.sort();
}

/**
 * @param {string} title A title in the Training namespace, without prefix ("X/fr" allowed)
 * @return {string} Its short-URL path, e.g. "/wiki/Training:How_to_talk_to_partners/fr"
 */
export function trainingPath( title ) {
	return `/wiki/Training:${ encodeURIComponent( title.replace( / /g, '_' ) ).replace( /%2F/g, '/' ) }`;
}

export const server = process.env.TRAININGS_TEST_SERVER || 'http://localhost:8081';

/**
 * @param {string} path Path and query, e.g. "/wiki/Special:Trainings"
 * @return {Promise<{status: number, text: string, headers: Headers}>}
 */
export async function get( path ) {
	const res = await fetch( server + path, { redirect: 'follow' } );
	return { status: res.status, text: await res.text(), headers: res.headers };
}

/**
 * Call the action API with GET and return the decoded JSON.
 *
 * @param {Object<string, string>} params
 * @return {Promise<Object>}
 */
export async function api( params ) {
	const query = new URLSearchParams( { format: 'json', formatversion: '2', ...params } );
	const res = await fetch( `${ server }/api.php?${ query }` );
	if ( !res.ok ) {
		throw new Error( `api.php answered ${ res.status }` );
	}
	return res.json();
}

/**
 * Fetch a ResourceLoader module the way a production page does (minified, no debug).
 *
 * @param {string} modules Pipe-separated module names
 * @param {string} [only] "scripts" or "styles"
 * @return {Promise<string>}
 */
export async function loadModules( modules, only ) {
	const query = new URLSearchParams( { modules, lang: 'en', skin: 'vector-2022' } );
	if ( only ) {
		query.set( 'only', only );
	}
	const res = await fetch( `${ server }/load.php?${ query }` );
	return res.text();
}
