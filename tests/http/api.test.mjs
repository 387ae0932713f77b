/**
 * `list=trainings` as another wiki (the gadget) reaches it: anonymous cross-origin requests with
 * `origin=*`, continuation over real HTTP, and bad input answered with the documented codes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { server, sampleModules } from './lib.mjs';

const contentDir = join( dirname( fileURLToPath( import.meta.url ) ), '../../content/Training' );

/**
 * @return {string[]} DB keys of the sample modules listed by default: all but drafts
 */
function listedSampleKeys() {
	return sampleModules()
		.filter( ( title ) => !/\|\s*status\s*=\s*draft\b/.test(
			readFileSync( join( contentDir, `${ title }.wikitext` ), 'utf8' ) ) )
		.map( ( title ) => title.replace( / /g, '_' ) );
}

/**
 * GET the API as a page on another wiki would: with an Origin header.
 *
 * @param {Object<string, string>} params
 * @return {Promise<{status: number, headers: Headers, body: Object}>}
 */
async function crossOrigin( params ) {
	const query = new URLSearchParams( { action: 'query', format: 'json', formatversion: '2', origin: '*', ...params } );
	const res = await fetch( `${ server }/api.php?${ query }`, {
		headers: { Origin: 'https://other-wiki.example' }
	} );
	return { status: res.status, headers: res.headers, body: await res.json() };
}

test( 'another wiki can read list=trainings anonymously with origin=*', async () => {
	const { status, headers, body } = await crossOrigin( { list: 'trainings', trlimit: '50' } );
	assert.equal( status, 200 );
	assert.equal( headers.get( 'access-control-allow-origin' ), '*' );
	assert.equal( body.error, undefined, JSON.stringify( body.error ) );
	const titles = body.query.trainings.map( ( entry ) => entry.displaytitle );
	assert.ok( titles.includes( 'Using the Trainings catalog' ), titles.join( ', ' ) );
	const module = body.query.trainings.find( ( m ) => m.key === 'How_to_talk_to_partners' );
	assert.ok( module, 'the module with translations is listed' );
	assert.deepEqual( [ ...module.languages ].sort(), [ 'ar', 'en', 'fr' ] );
	assert.match( module.url, /^https?:\/\/[^/]+\/.*How_to_talk_to_partners/ );
} );

test( 'continuation walks every listed module once', async () => {
	const seen = [];
	let cont = {};
	for ( let page = 0; page < 20; page++ ) {
		const { body } = await crossOrigin( { list: 'trainings', trlimit: '2', ...cont } );
		seen.push( ...body.query.trainings.map( ( m ) => m.key ) );
		if ( !body.continue ) {
			break;
		}
		cont = body.continue;
	}
	assert.equal( new Set( seen ).size, seen.length, `no duplicates: ${ seen.join( ', ' ) }` );
	const all = await crossOrigin( { list: 'trainings', trlimit: '500' } );
	assert.deepEqual( seen, all.body.query.trainings.map( ( m ) => m.key ) );
	assert.deepEqual( [ ...seen ].sort(), listedSampleKeys().sort(), 'every published and outdated sample module' );
} );

test( 'bad parameters get the documented error codes, never a server error', async () => {
	const badLanguage = await crossOrigin( { list: 'trainings', trlanguage: 'not a language' } );
	assert.equal( badLanguage.status, 200 );
	assert.equal( badLanguage.body.error.code, 'badlanguage' );

	const badContinue = await crossOrigin( { list: 'trainings', trcontinue: '%%%' } );
	assert.equal( badContinue.body.error.code, 'badcontinue' );

	const unknownTopic = await crossOrigin( { list: 'trainings', trtopic: 'no-such-topic' } );
	assert.equal( unknownTopic.body.error, undefined );
	assert.match( JSON.stringify( unknownTopic.body.warnings ), /no-such-topic/ );
} );
