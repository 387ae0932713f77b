#!/usr/bin/env node
/**
 * `npm run bench:translate`: database queries of a catalog page of 50 modules in 5 languages,
 * on a wiki without Translate (hand-made `/xx` subpages) and on one with the real Translate
 * (pages marked, units translated through the action API, jobs run) (design record 0005).
 *
 * Two instances of its own: TRAININGS_BENCH_INSTANCE (default bench-tr) on
 * TRAININGS_BENCH_PORT (default 8096), and `<instance>-translate` on the next port. Every
 * query is logged (as dev/bench.mjs does); the figures are medians over --runs views
 * (default 15) after two warm-up views. `--measure-only` measures the instances of an earlier
 * run again.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync, existsSync, statSync, openSync, readSync, closeSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TranslateWiki } from './translate-sample.mjs';

const root = join( dirname( fileURLToPath( import.meta.url ) ), '..' );
const base = process.env.TRAININGS_BENCH_INSTANCE || 'bench-tr';
const basePort = Number( process.env.TRAININGS_BENCH_PORT || '8096' );
const runsArg = process.argv.indexOf( '--runs' );
const runs = runsArg > -1 ? Number( process.argv[ runsArg + 1 ] ) : 15;
/** --measure-only: reuse the two instances of an earlier run (no install, no content). */
const measureOnly = process.argv.includes( '--measure-only' );
const MODULES = 50;
const TRANSLATIONS = [ 'ar', 'de', 'es', 'fr' ];

function sh( cmd, args ) {
	const result = spawnSync( cmd, args, { cwd: root, encoding: 'utf8' } );
	if ( result.status !== 0 ) {
		throw new Error( `${ cmd } ${ args.join( ' ' ) } failed:\n${ result.stdout }${ result.stderr }` );
	}
	return result.stdout;
}

/**
 * @param {string} name An instance
 * @return {{mark: Function, since: Function}} Counts the queries it logs since an offset of its log
 */
function queryCounter( name ) {
	const log = join( root, '.wiki/instances', name, 'logs/queries.log' );
	const size = () => ( existsSync( log ) ? statSync( log ).size : 0 );
	return {
		mark: size,
		since( from ) {
			const to = size();
			if ( to <= from ) {
				return 0;
			}
			const buffer = Buffer.alloc( to - from );
			const fd = openSync( log, 'r' );
			readSync( fd, buffer, 0, buffer.length, from );
			closeSync( fd );
			return ( buffer.toString( 'utf8' ).match( /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \S+ \S+: .* \[[\d.]+ms\] \S+: /gm ) || [] ).length;
		}
	};
}

function moduleText( i, translate ) {
	const t = ( text ) => ( translate ? `<translate>${ text }</translate>` : text );
	return `${ translate ? '<languages/>\n' : '' }{{#training:
 | title   = ${ t( `Benchmark module ${ i }` ) }
 | summary = ${ t( `What module ${ i } teaches.` ) }
 | level   = beginner
 | status  = published
}}
${ translate ? '<translate>\n' : '' }Introduction of module ${ i }.
${ translate ? '</translate>\n<translate>\n' : '\n' }== Step ==
The one step of module ${ i }.${ translate ? '\n</translate>' : '' }`;
}

async function setUp( name, port, translate ) {
	console.log( `[bench] ${ name }: ${ MODULES } modules in ${ TRANSLATIONS.length + 1 } languages, ${ translate ? 'with' : 'without' } Translate…` );
	sh( 'bash', [ 'dev/wiki.sh', 'install', name, String( port ), translate ? '--translate' : '--no-translate' ] );
	writeFileSync( join( root, '.wiki/instances', name, 'LocalSettings.local.php' ), `<?php
$wgDebugDumpSql = true;
$wgDebugLogGroups['rdbms'] = ${ JSON.stringify( join( root, '.wiki/instances', name, 'logs/queries.log' ) ) };
$wgGroupPermissions['*']['noratelimit'] = true;
$wgGroupPermissions['sysop']['noratelimit'] = true;
` );
	sh( 'bash', [ 'dev/wiki.sh', 'start', name, String( port ) ] );
	const wiki = await new TranslateWiki( `http://127.0.0.1:${ port }`, name ).login();
	for ( let i = 1; i <= MODULES; i++ ) {
		const title = `Training:Benchmark module ${ String( i ).padStart( 2, '0' ) }`;
		if ( translate ) {
			// One unit (the title) per language: the version exists, partly translated.
			const texts = ( code ) => [ `Module ${ i } (${ code })` ];
			await wiki.publish( title, moduleText( i, true ),
				Object.fromEntries( TRANSLATIONS.map( ( code ) => [ code, texts( code ) ] ) ), { jobs: false } );
		} else {
			await wiki.edit( title, moduleText( i, false ) );
			for ( const code of TRANSLATIONS ) {
				await wiki.edit( `${ title }/${ code }`, moduleText( i, false ).replace( /module (\d+)/g, `module $1 (${ code })` ) );
			}
		}
	}
	wiki.runJobs();
	return wiki;
}

function median( values ) {
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	return sorted[ Math.floor( sorted.length / 2 ) ];
}

async function measure( name, port, path ) {
	const counter = queryCounter( name );
	const counts = [];
	for ( let i = 0; i < runs + 2; i++ ) {
		const before = counter.mark();
		const res = await fetch( `http://127.0.0.1:${ port }${ path }` );
		const text = await res.text();
		if ( res.status !== 200 ) {
			throw new Error( `${ path } answered ${ res.status }` );
		}
		if ( i === 0 && !path.includes( 'Training:' ) && !text.includes( 'Benchmark module 50' ) ) {
			throw new Error( `${ path } does not list the 50 modules` );
		}
		if ( i >= 2 ) {
			counts.push( counter.since( before ) );
		}
	}
	return median( counts );
}

async function main() {
	const available = spawnSync( 'bash', [ 'dev/translate.sh', 'available' ], { cwd: root, encoding: 'utf8' } );
	if ( available.status !== 0 ) {
		console.log( `Skipped: ${ available.stdout.trim() }` );
		return;
	}
	sh( 'bash', [ 'dev/setup.sh' ] );
	const halves = [ [ base, basePort, false ], [ `${ base }-translate`, basePort + 1, true ] ];
	const rows = [];
	try {
		for ( const [ name, port, translate ] of halves ) {
			if ( measureOnly ) {
				sh( 'bash', [ 'dev/wiki.sh', 'start', name, String( port ) ] );
			} else {
				await setUp( name, port, translate );
			}
			rows.push( {
				wiki: translate ? 'with Translate' : 'without Translate',
				catalog: await measure( name, port, '/wiki/Special:Trainings?uselang=en' ),
				catalogDe: await measure( name, port, '/wiki/Special:Trainings?uselang=de' ),
				api: await measure( name, port, '/api.php?action=query&list=trainings&trlimit=50&format=json' ),
				module: await measure( name, port, '/wiki/Training:Benchmark_module_07?uselang=de' )
			} );
			sh( 'bash', [ 'dev/wiki.sh', 'stop', name ] );
		}
	} finally {
		for ( const [ name ] of halves ) {
			spawnSync( 'bash', [ 'dev/wiki.sh', 'stop', name ], { cwd: root } );
		}
	}
	console.log( `\nQueries per view (median of ${ runs }), ${ MODULES } modules in ${ TRANSLATIONS.length + 1 } languages` );
	console.log( '| wiki | Special:Trainings (en) | Special:Trainings (de) | list=trainings, 50 | module page (de reader) |' );
	console.log( '| --- | ---: | ---: | ---: | ---: |' );
	for ( const r of rows ) {
		console.log( `| ${ r.wiki } | ${ r.catalog } | ${ r.catalogDe } | ${ r.api } | ${ r.module } |` );
	}
}

main().catch( ( err ) => {
	console.error( err.message );
	process.exit( 1 );
} );
