#!/usr/bin/env node
/**
 * `npm run bench`: measures what a module page costs the server, as ratios against a baseline
 * measured in the same run: the same wikitext saved as a plain page in the main namespace.
 *
 * It installs a wiki of its own ("bench", port 8095 or TRAININGS_BENCH_PORT), logs every
 * database query there, and prints a table of medians. Figures are ratios, never pass/fail
 * timings: the test suites check behaviour, this command reports cost.
 *
 *   npm run bench
 *   npm run bench -- --runs 60
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, statSync, existsSync, openSync, readSync, closeSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join( dirname( fileURLToPath( import.meta.url ) ), '..' );
const port = process.env.TRAININGS_BENCH_PORT || '8095';
const server = `http://localhost:${ port }`;
const instance = 'bench';
const instanceDir = join( root, '.wiki/instances', instance );
const queryLog = join( instanceDir, 'logs/queries.log' );
const runsArg = process.argv.indexOf( '--runs' );
const runs = runsArg > -1 ? Number( process.argv[ runsArg + 1 ] ) : 40;

/** The sample modules measured, each against a plain copy of its wikitext. */
const MODULES = [ 'Editing a training module', 'Using the Trainings catalog' ];

function sh( cmd, args, input ) {
	const res = spawnSync( cmd, args, { cwd: root, input, encoding: 'utf8', stdio: [ input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe' ] } );
	if ( res.status !== 0 ) {
		process.stderr.write( res.stdout + res.stderr );
		throw new Error( `${ cmd } ${ args.join( ' ' ) } failed` );
	}
	return res.stdout;
}

function median( values ) {
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	const mid = Math.floor( sorted.length / 2 );
	return sorted.length % 2 ? sorted[ mid ] : ( sorted[ mid - 1 ] + sorted[ mid ] ) / 2;
}

function logSize() {
	return existsSync( queryLog ) ? statSync( queryLog ).size : 0;
}

/** Queries logged since byte offset `from`: rdbms logs "<date> <host> <wiki>: <method> [<ms>ms] <server>: <sql>". */
function queriesSince( from ) {
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

async function timedGet( path ) {
	const began = performance.now();
	const res = await fetch( server + path );
	await res.arrayBuffer();
	if ( res.status !== 200 ) {
		throw new Error( `${ path } answered ${ res.status }` );
	}
	return performance.now() - began;
}

async function purge( title ) {
	const body = new URLSearchParams( { action: 'purge', titles: title, format: 'json' } );
	const res = await fetch( `${ server }/api.php`, { method: 'POST', body } );
	await res.arrayBuffer();
}

function pathOf( title ) {
	return '/wiki/' + encodeURIComponent( title.replace( / /g, '_' ) ).replace( /%3A/g, ':' );
}

/**
 * Median time (ms) and queries of viewing each of two pages, requests interleaved so that
 * drift of the machine affects both alike.
 */
async function compare( pageA, pageB, { cold } ) {
	const times = { a: [], b: [] };
	const queries = { a: [], b: [] };
	for ( let i = 0; i < runs; i++ ) {
		for ( const [ key, title ] of [ [ 'a', pageA ], [ 'b', pageB ] ] ) {
			if ( cold ) {
				await purge( title );
			}
			const before = logSize();
			times[ key ].push( await timedGet( pathOf( title ) ) );
			queries[ key ].push( queriesSince( before ) );
		}
	}
	return {
		timeA: median( times.a ), timeB: median( times.b ),
		queriesA: median( queries.a ), queriesB: median( queries.b )
	};
}

async function main() {
	console.log( '[bench] Setting up a wiki of its own on port ' + port + '…' );
	sh( 'bash', [ 'dev/setup.sh' ] );
	sh( 'bash', [ 'dev/wiki.sh', 'install', instance, port ] );
	// Log every query of this instance (benchmark only), and let anonymous purges through.
	writeFileSync( join( instanceDir, 'LocalSettings.local.php' ), `<?php
$wgDebugDumpSql = true;
$wgDebugLogGroups['rdbms'] = ${ JSON.stringify( queryLog ) };
$wgGroupPermissions['*']['noratelimit'] = true;
$wgGroupPermissions['*']['purge'] = true;
` );
	for ( const title of MODULES ) {
		const text = readFileSync( join( root, 'content/Training', `${ title }.wikitext` ), 'utf8' );
		sh( 'bash', [ 'dev/wiki.sh', 'php', instance, 'maintenance/run.php', 'edit', '--user', 'Admin',
			'--summary', 'Benchmark baseline', `Plain copy of ${ title }` ], text );
	}
	sh( 'bash', [ 'dev/wiki.sh', 'start', instance, port ] );

	const rows = [];
	try {
		for ( const title of MODULES ) {
			const module = `Training:${ title }`;
			const plain = `Plain copy of ${ title }`;
			// Warm up the parser cache, ResourceLoader and PHP's opcode cache.
			for ( let i = 0; i < 5; i++ ) {
				await timedGet( pathOf( module ) );
				await timedGet( pathOf( plain ) );
			}
			for ( const cold of [ false, true ] ) {
				const r = await compare( module, plain, { cold } );
				rows.push( { title, cold, ...r } );
			}
		}
	} finally {
		sh( 'bash', [ 'dev/wiki.sh', 'stop', instance ] );
	}

	console.log( `\nModule page view against the same wikitext as a plain page (median of ${ runs } interleaved requests)\n` );
	console.log( '| page | parser cache | module ms | plain ms | time ratio | module queries | plain queries |' );
	console.log( '| --- | --- | ---: | ---: | ---: | ---: | ---: |' );
	for ( const r of rows ) {
		console.log( `| ${ r.title } | ${ r.cold ? 'cold (purged)' : 'warm' } | ${ r.timeA.toFixed( 1 ) } | ${ r.timeB.toFixed( 1 ) } | ${ ( r.timeA / r.timeB ).toFixed( 2 ) }× | ${ r.queriesA } | ${ r.queriesB } |` );
	}
}

main().catch( ( err ) => {
	console.error( err );
	process.exit( 1 );
} );
