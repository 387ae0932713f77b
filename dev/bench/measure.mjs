/**
 * What the scenarios of dev/bench.mjs share: the command line, the bench wiki, and timing a
 * page view with the database queries it made (the wiki logs every query, see dev/bench.mjs).
 */
import { spawnSync } from 'node:child_process';
import { statSync, existsSync, openSync, readSync, closeSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

export const root = join( dirname( fileURLToPath( import.meta.url ) ), '../..' );
export const port = process.env.TRAININGS_BENCH_PORT || '8095';
export const server = `http://localhost:${ port }`;
export const instance = process.env.TRAININGS_BENCH_INSTANCE || 'bench';
export const instanceDir = join( root, '.wiki/instances', instance );
export const queryLog = join( instanceDir, 'logs/queries.log' );
const runsArg = process.argv.indexOf( '--runs' );
export const runs = runsArg > -1 ? Number( process.argv[ runsArg + 1 ] ) : 40;
const browserRunsArg = process.argv.indexOf( '--browser-runs' );
/** Page loads per page in the throttled browser (each a few seconds). */
export const browserRuns = browserRunsArg > -1 ? Number( process.argv[ browserRunsArg + 1 ] ) : 5;
const onlyArg = process.argv.indexOf( '--only' );
/** Sections to run: modules, bytes, downloads, throttled, catalog (comma-separated); all by default. */
const only = onlyArg > -1 ? process.argv[ onlyArg + 1 ].split( ',' ) : null;
export const wants = ( section ) => only === null || only.includes( section );
const sizesArg = process.argv.indexOf( '--sizes' );
/** Numbers of generated modules the catalog is measured at. */
export const SIZES = sizesArg > -1 ? process.argv[ sizesArg + 1 ].split( ',' ).map( Number ) : [ 10, 1000, 5000 ];

/** The sample modules measured, each against a plain copy of its wikitext. */
export const MODULES = [ 'Editing a training module', 'Using the Trainings catalog' ];
/** A course of the sample library, for what its readers download. */
export const COURSE = 'Partnerships';

export function sh( cmd, args, input ) {
	const res = spawnSync( cmd, args, { cwd: root, input, encoding: 'utf8', stdio: [ input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe' ] } );
	if ( res.status !== 0 ) {
		process.stderr.write( res.stdout + res.stderr );
		throw new Error( `${ cmd } ${ args.join( ' ' ) } failed` );
	}
	return res.stdout;
}

export function median( values ) {
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	const mid = Math.floor( sorted.length / 2 );
	return sorted.length % 2 ? sorted[ mid ] : ( sorted[ mid - 1 ] + sorted[ mid ] ) / 2;
}

export function logSize() {
	return existsSync( queryLog ) ? statSync( queryLog ).size : 0;
}

/** Queries logged since byte offset `from`: rdbms logs "<date> <host> <wiki>: <method> [<ms>ms] <server>: <sql>". */
export function queriesSince( from ) {
	const size = logSize();
	if ( size <= from ) {
		return 0;
	}
	const buffer = Buffer.alloc( size - from );
	const fd = openSync( queryLog, 'r' );
	readSync( fd, buffer, 0, buffer.length, from );
	closeSync( fd );
	return ( buffer.toString( 'utf8' ).match( /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \S+ \S+: .* \[[\d.]+ms\] \S+: /gm ) || [] ).length;
}

export async function timedGet( path, headers = {} ) {
	const began = performance.now();
	const res = await fetch( server + path, { headers } );
	await res.arrayBuffer();
	if ( res.status !== 200 ) {
		throw new Error( `${ path } answered ${ res.status }` );
	}
	return performance.now() - began;
}

export async function purge( title ) {
	const body = new URLSearchParams( { action: 'purge', titles: title, format: 'json' } );
	const res = await fetch( `${ server }/api.php`, { method: 'POST', body } );
	await res.arrayBuffer();
}

export function pathOf( title ) {
	return '/wiki/' + encodeURIComponent( title.replace( / /g, '_' ) ).replace( /%3A/g, ':' );
}

/**
 * Median time (ms) and queries of viewing each of two pages, requests interleaved so that
 * drift of the machine affects both alike.
 */
export async function compare( pageA, pageB, { cold } ) {
	return comparePaths( pathOf( pageA ), pathOf( pageB ), cold ? [ pageA, pageB ] : null );
}

/**
 * Median time (ms) and queries of two paths, interleaved.
 *
 * @param {string} pathA
 * @param {string} pathB
 * @param {string[]|null} purgeTitles Titles of A and B to purge before each request, or null
 */
export async function comparePaths( pathA, pathB, purgeTitles = null, headers = {} ) {
	const times = { a: [], b: [] };
	const queries = { a: [], b: [] };
	for ( let i = 0; i < runs; i++ ) {
		for ( const [ key, path, index ] of [ [ 'a', pathA, 0 ], [ 'b', pathB, 1 ] ] ) {
			if ( purgeTitles ) {
				await purge( purgeTitles[ index ] );
			}
			const before = logSize();
			times[ key ].push( await timedGet( path, headers ) );
			queries[ key ].push( queriesSince( before ) );
		}
	}
	return {
		timeA: median( times.a ), timeB: median( times.b ),
		queriesA: median( queries.a ), queriesB: median( queries.b )
	};
}

/** Whether a path answers 200 (a special page that does not exist answers 404). */
export async function pageExists( path ) {
	const res = await fetch( server + path );
	await res.arrayBuffer();
	return res.status === 200;
}
