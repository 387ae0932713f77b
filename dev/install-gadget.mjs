#!/usr/bin/env node
/**
 * Installs the Trainings gadget (resources/dist/gadget/, built by `npm run build`) into a wiki
 * through its action API: the pages MediaWiki:Gadget-trainings.js, -trainings-app.js,
 * -trainings-app.css, the settings page -trainings-config.json, and the gadget's two lines in
 * MediaWiki:Gadgets-definition (replacing earlier ones, keeping every other gadget). Needs an
 * account that may edit site JavaScript and the gadget definition (an interface
 * administrator; the installer's admin account is one).
 *
 *   node dev/install-gadget.mjs --api http://localhost:8082/api.php --user Admin --password PW
 *     [--central-api https://meta.wikimedia.org/w/api.php]
 *
 * The settings page is written when --central-api is given, or when it does not exist yet
 * (then with Meta-Wiki, the default): a wiki's own setting is never overwritten silently.
 * Prints one line per page: "created", "updated" or "unchanged".
 */
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join( dirname( fileURLToPath( import.meta.url ) ), '..' );
const dist = join( root, 'resources/dist/gadget' );
const SUMMARY = 'Trainings gadget (dev/install-gadget.mjs)';

function args() {
	const out = {};
	const argv = process.argv.slice( 2 );
	for ( let i = 0; i < argv.length; i++ ) {
		const m = /^--([a-z-]+)$/.exec( argv[ i ] );
		if ( !m || argv[ i + 1 ] === undefined ) {
			throw new Error( `Unexpected argument: ${ argv[ i ] }` );
		}
		out[ m[ 1 ] ] = argv[ ++i ];
	}
	for ( const name of [ 'api', 'user', 'password' ] ) {
		if ( !out[ name ] ) {
			throw new Error( `Missing --${ name }. Usage: node dev/install-gadget.mjs --api URL --user NAME --password PW [--central-api URL]` );
		}
	}
	if ( out[ 'central-api' ] && !/^https?:\/\/[^/\s]+\/\S*api\.php$/.test( out[ 'central-api' ] ) ) {
		throw new Error( `--central-api must be the address of an api.php: ${ out[ 'central-api' ] }` );
	}
	return out;
}

/**
 * An action API client that keeps its session cookies.
 *
 * @param {string} api The wiki's api.php
 * @return {{get: Function, post: Function}}
 */
function client( api ) {
	const cookies = new Map();
	async function request( params, post = false ) {
		const body = new URLSearchParams( { format: 'json', formatversion: '2', ...params } );
		const headers = { Cookie: [ ...cookies ].map( ( [ k, v ] ) => `${ k }=${ v }` ).join( '; ' ) };
		const res = await fetch( post ? api : `${ api }?${ body }`, post ?
			{ method: 'POST', body, headers } : { headers } );
		for ( const line of res.headers.getSetCookie() ) {
			const [ pair ] = line.split( ';' );
			const eq = pair.indexOf( '=' );
			cookies.set( pair.slice( 0, eq ).trim(), pair.slice( eq + 1 ).trim() );
		}
		if ( !res.ok ) {
			throw new Error( `${ api } answered HTTP ${ res.status }` );
		}
		const data = await res.json();
		if ( data.error ) {
			throw new Error( `API error ${ data.error.code }: ${ data.error.info }` );
		}
		return data;
	}
	return {
		get: ( params ) => request( params ),
		post: ( params ) => request( params, true )
	};
}

async function main() {
	const opts = args();
	const api = client( opts.api );
	const loginToken = ( await api.get( { action: 'query', meta: 'tokens', type: 'login' } ) ).query.tokens.logintoken;
	const login = await api.post( {
		action: 'clientlogin', username: opts.user, password: opts.password,
		logintoken: loginToken, loginreturnurl: opts.api
	} );
	if ( login.clientlogin.status !== 'PASS' ) {
		throw new Error( `Login as ${ opts.user } failed: ${ login.clientlogin.message || login.clientlogin.status }` );
	}
	const csrf = ( await api.get( { action: 'query', meta: 'tokens' } ) ).query.tokens.csrftoken;

	async function current( title ) {
		const data = await api.get( { action: 'query', prop: 'revisions', titles: title, rvprop: 'content', rvslots: 'main' } );
		const page = data.query.pages[ 0 ];
		return page.missing ? null : page.revisions[ 0 ].slots.main.content;
	}
	async function save( title, text ) {
		const before = await current( title );
		if ( before !== null && before.trim() === text.trim() ) {
			console.log( `${ title }: unchanged` );
			return;
		}
		await api.post( { action: 'edit', title, text, summary: SUMMARY, token: csrf } );
		console.log( `${ title }: ${ before === null ? 'created' : 'updated' }` );
	}

	const file = ( name ) => readFileSync( join( dist, name ), 'utf8' );
	const definition = file( 'Gadgets-definition.txt' ).trim().split( '\n' );
	for ( const line of definition ) {
		for ( const name of /\|(.*)$/.exec( line.slice( line.indexOf( ']' ) ) )[ 1 ].split( '|' ) ) {
			if ( name.endsWith( '.json' ) ) {
				continue;
			}
			await save( `MediaWiki:Gadget-${ name }`, file( name ) );
		}
	}
	const configTitle = 'MediaWiki:Gadget-trainings-config.json';
	if ( opts[ 'central-api' ] ) {
		await save( configTitle, JSON.stringify( { centralApi: opts[ 'central-api' ] }, null, '\t' ) + '\n' );
	} else if ( await current( configTitle ) === null ) {
		await save( configTitle, file( 'trainings-config.json' ) );
	} else {
		console.log( `${ configTitle }: kept (pass --central-api to change it)` );
	}
	// Our lines replace earlier versions of them; every other line stays.
	const ours = ( line ) => /^\*\s*trainings(-app)?\s*\[/.test( line );
	const existing = ( await current( 'MediaWiki:Gadgets-definition' ) ) || '';
	const kept = existing.split( '\n' ).filter( ( line ) => !ours( line ) ).join( '\n' ).trimEnd();
	await save( 'MediaWiki:Gadgets-definition', ( kept ? kept + '\n' : '' ) + definition.join( '\n' ) + '\n' );
}

main().catch( ( error ) => {
	console.error( `[install-gadget] ${ error.message }` );
	process.exit( 1 );
} );
