#!/usr/bin/env node
/**
 * `npm run bench`: measures what Trainings costs the server, as ratios against a baseline
 * measured in the same run: a plain wiki page view (the same wikitext saved as a plain page in
 * the main namespace).
 *
 * - modules: a module page view against its plain copy, with a warm and a purged parser cache,
 *   and a view whose reviewed revision is older than the latest (an edit waiting for review).
 * - bytes: our ResourceLoader modules gzipped, own code apart from Codex (dev/bytes.mjs, the
 *   same figures `npm run bench:check` checks against the budgets).
 * - downloads: everything a first-time reader downloads (fresh Chromium context) for a module
 *   page and for the catalog, against the plain copy.
 * - throttled: Chromium on slow 3G (400 Kbit/s, 400 ms round trip) with 4× CPU slowdown:
 *   Largest Contentful Paint and the time until the first step is interactive on a module
 *   page, against the plain copy (LCP, and the time until its page modules are ready).
 * - catalog: Special:Trainings, `list=trainings`, Special:TrainingStats (when the wiki has it)
 *   and a module page as the library grows to 10, 1,000 and 5,000 generated modules
 *   (maintenance/generateModules.php), against a plain page view.
 * - maintenance: Special:TrainingMaintenance (the maintainers' queue, every module listed as
 *   never reviewed) at the same sizes; its query count must stay flat. With catalog, in the
 *   same run (one growing library).
 * - groups: the organiser's table of a training group (Special:TrainingGroup/<id>) with 500
 *   generated participants × 10 generated modules (maintenance/generateGroup.php), and its
 *   CSV, against a plain page view by the same logged-in organiser; queries must stay flat.
 *
 * It installs a wiki of its own ("bench", port 8095; TRAININGS_BENCH_INSTANCE and
 * TRAININGS_BENCH_PORT choose others), compresses its responses with gzip as a production
 * server does, logs every database query there, and prints tables of medians. Figures are
 * ratios, never pass/fail timings: the test suites check behaviour, this command reports cost;
 * only the byte budgets are checked (`npm run bench:check`, part of `npm test`).
 *
 *   npm run bench
 *   npm run bench -- --runs 60 --browser-runs 7
 *   npm run bench -- --only catalog --sizes 10,1000,5000
 *   npm run bench -- --only bytes,downloads,throttled
 *   npm run bench -- --only maintenance --sizes 10,1000
 */
/* global window, document, MutationObserver */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, statSync, existsSync, openSync, readSync, closeSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { measureBytes, printBytes, kb } from './bytes.mjs';
import { pageDownloads } from './pageDownloads.mjs';
import { launchBrowser } from '../tests/e2e/lib/browser.mjs';

const root = join( dirname( fileURLToPath( import.meta.url ) ), '..' );
const port = process.env.TRAININGS_BENCH_PORT || '8095';
const server = `http://localhost:${ port }`;
const instance = process.env.TRAININGS_BENCH_INSTANCE || 'bench';
const instanceDir = join( root, '.wiki/instances', instance );
const queryLog = join( instanceDir, 'logs/queries.log' );
const runsArg = process.argv.indexOf( '--runs' );
const runs = runsArg > -1 ? Number( process.argv[ runsArg + 1 ] ) : 40;
const browserRunsArg = process.argv.indexOf( '--browser-runs' );
/** Page loads per page in the throttled browser (each a few seconds). */
const browserRuns = browserRunsArg > -1 ? Number( process.argv[ browserRunsArg + 1 ] ) : 5;
const onlyArg = process.argv.indexOf( '--only' );
/** Sections to run: modules, bytes, downloads, throttled, catalog (comma-separated); all by default. */
const only = onlyArg > -1 ? process.argv[ onlyArg + 1 ].split( ',' ) : null;
const wants = ( section ) => only === null || only.includes( section );
const sizesArg = process.argv.indexOf( '--sizes' );
/** Numbers of generated modules the catalog is measured at. */
const SIZES = sizesArg > -1 ? process.argv[ sizesArg + 1 ].split( ',' ).map( Number ) : [ 10, 1000, 5000 ];

/**
 * Catalog views measured at each size, as paths. The filtered view joins presence and numeric
 * properties and sorts by a property, the search looks its words up in the word index (design record 0023), and the API is what
 * the gadget and the enhanced catalog call.
 */
const CATALOG_VIEWS = [
	[ 'Special:Trainings', '/wiki/Special:Trainings' ],
	[ 'filtered and sorted', '/wiki/Special:Trainings?topic=events&level=beginner&maxduration=30&sort=duration' ],
	[ 'search', '/wiki/Special:Trainings?search=partners' ],
	[ 'list=trainings', '/api.php?action=query&list=trainings&format=json&formatversion=2' ]
];

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

async function timedGet( path, headers = {} ) {
	const began = performance.now();
	const res = await fetch( server + path, { headers } );
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
	return comparePaths( pathOf( pageA ), pathOf( pageB ), cold ? [ pageA, pageB ] : null );
}

/**
 * Median time (ms) and queries of two paths, interleaved.
 *
 * @param {string} pathA
 * @param {string} pathB
 * @param {string[]|null} purgeTitles Titles of A and B to purge before each request, or null
 */
async function comparePaths( pathA, pathB, purgeTitles = null, headers = {} ) {
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

async function main() {
	console.log( '[bench] Setting up a wiki of its own on port ' + port + '…' );
	sh( 'bash', [ 'dev/setup.sh' ] );
	sh( 'bash', [ 'dev/wiki.sh', 'install', instance, port ] );
	// Log every query of this instance (benchmark only), and let anonymous purges through.
	writeFileSync( join( instanceDir, 'LocalSettings.local.php' ), `<?php
// Compress responses as a production web server does (bytes on the wire, throttled loads).
ini_set( 'zlib.output_compression', '1' );
$wgDebugDumpSql = true;
$wgDebugLogGroups['rdbms'] = ${ JSON.stringify( queryLog ) };
$wgGroupPermissions['*']['noratelimit'] = true;
$wgGroupPermissions['*']['purge'] = true;
// Jobs run at the end of web requests by default: their queries are not the page's cost.
$wgJobRunRate = 0;
` );
	for ( const title of MODULES ) {
		const text = readFileSync( join( root, 'content/Training', `${ title }.wikitext` ), 'utf8' );
		sh( 'bash', [ 'dev/wiki.sh', 'php', instance, 'maintenance/run.php', 'edit', '--user', 'Admin',
			'--summary', 'Benchmark baseline', `Plain copy of ${ title }` ], text );
	}
	sh( 'bash', [ 'dev/wiki.sh', 'start', instance, port ] );
	try {
		if ( wants( 'modules' ) ) {
			await benchModuleViews();
		}
		if ( wants( 'bytes' ) ) {
			printBytes( await measureBytes( server ) );
		}
		if ( wants( 'downloads' ) ) {
			await benchDownloads();
		}
		if ( wants( 'throttled' ) ) {
			await benchThrottled();
		}
		if ( wants( 'catalog' ) || wants( 'maintenance' ) ) {
			await benchCatalogScale();
		}
		if ( wants( 'groups' ) ) {
			await benchGroups();
		}
	} finally {
		sh( 'bash', [ 'dev/wiki.sh', 'stop', instance ] );
	}
}

/** A module page view against its plain copy, warm and purged. */
async function benchModuleViews() {
	const rows = [];
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
	// An edit waiting for review: readers get the older reviewed revision (design record 0017),
	// from the parser cache of old revisions.
	const pendingTitle = MODULES[ 0 ];
	const text = readFileSync( join( root, 'content/Training', `${ pendingTitle }.wikitext` ), 'utf8' );
	sh( 'bash', [ 'dev/wiki.sh', 'php', instance, 'maintenance/run.php', 'edit', '--user', 'Bench author',
		'--summary', 'An edit waiting for review', `Training:${ pendingTitle }` ], text + '\n\nA pending change.\n' );
	for ( let i = 0; i < 5; i++ ) {
		await timedGet( pathOf( `Training:${ pendingTitle }` ) );
	}
	const pending = await compare( `Training:${ pendingTitle }`, `Plain copy of ${ pendingTitle }`, { cold: false } );
	rows.push( { title: `${ pendingTitle } (reviewed revision older than the latest)`, cold: false, ...pending } );

	console.log( `\nModule page view against the same wikitext as a plain page (median of ${ runs } interleaved requests)\n` );
	console.log( '| page | parser cache | module ms | plain ms | time ratio | module queries | plain queries |' );
	console.log( '| --- | --- | ---: | ---: | ---: | ---: | ---: |' );
	for ( const r of rows ) {
		console.log( `| ${ r.title } | ${ r.cold ? 'cold (purged)' : 'warm' } | ${ r.timeA.toFixed( 1 ) } | ${ r.timeB.toFixed( 1 ) } | ${ ( r.timeA / r.timeB ).toFixed( 2 ) }× | ${ r.queriesA } | ${ r.queriesB } |` );
	}
}

/** Whether a path answers 200 (a special page that does not exist answers 404). */
async function pageExists( path ) {
	const res = await fetch( server + path );
	await res.arrayBuffer();
	return res.status === 200;
}

/** Everything a first-time reader downloads, against the plain copy. */
async function benchDownloads() {
	const plain = `Plain copy of ${ MODULES[ 1 ] }`;
	const pages = [
		[ `Training:${ MODULES[ 1 ] }`, pathOf( `Training:${ MODULES[ 1 ] }` ) ],
		[ 'Special:Trainings', '/wiki/Special:Trainings' ],
		[ plain, pathOf( plain ) ]
	];
	const browser = await launchBrowser();
	const results = [];
	try {
		for ( const [ label, path ] of pages ) {
			// Once to warm the server's caches, then measured.
			await pageDownloads( browser, server + path );
			results.push( { label, ...await pageDownloads( browser, server + path ) } );
		}
	} finally {
		await browser.close();
	}
	const base = results[ results.length - 1 ];
	const kinds = [ 'HTML', 'CSS', 'JS', 'images', 'API', 'fonts', 'other' ];
	console.log( '\nWhat a first-time reader downloads (fresh browser, no cache: the page, then every load the startup module starts, until its modules are ready; bodies gzipped at level 6)\n' );
	console.log( `| page | ${ kinds.join( ' | ' ) } | total | × plain | requests | on the wire here |` );
	console.log( `| --- |${ ' ---: |'.repeat( kinds.length + 4 ) }` );
	for ( const r of results ) {
		const cells = kinds.map( ( k ) => ( r.byKind[ k ] ? kb( r.byKind[ k ].gz ) : '–' ) );
		console.log( `| ${ r.label } | ${ cells.join( ' | ' ) } | ${ kb( r.total.gz ) } | ${ ( r.total.gz / base.total.gz ).toFixed( 2 ) }× | ${ r.total.count } | ${ kb( r.total.wire ) } |` );
	}
}

/** Slow 3G as Chrome DevTools defines it, roughly: 400 Kbit/s down and up, 400 ms round trip. */
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: 400 * 1000 / 8, uploadThroughput: 400 * 1000 / 8 };

/**
 * One throttled page load in a fresh context: LCP (the last 'largest-contentful-paint' entry
 * before we read it), when the page's own modules were ready, and when the player's "Next"
 * button was present and enabled (null when there is none), in ms from navigation start.
 */
async function throttledLoad( browser, url ) {
	const context = await browser.newContext( { locale: 'en-US', viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' } );
	try {
		// The development server answers /favicon.ico with the main page: not what a wiki sends.
		await context.route( '**/favicon.ico', ( route ) => route.abort() );
		const page = await context.newPage();
		const cdp = await context.newCDPSession( page );
		await cdp.send( 'Network.enable' );
		await cdp.send( 'Network.setCacheDisabled', { cacheDisabled: true } );
		await cdp.send( 'Network.emulateNetworkConditions', SLOW_3G );
		await cdp.send( 'Emulation.setCPUThrottlingRate', { rate: 4 } );
		await page.addInitScript( () => {
			window.benchLcp = null;
			window.benchInteractive = null;
			new PerformanceObserver( ( list ) => {
				for ( const entry of list.getEntries() ) {
					window.benchLcp = entry.startTime;
				}
			} ).observe( { type: 'largest-contentful-paint', buffered: true } );
			const check = () => {
				const next = document.querySelector( '.trainings-player-next' );
				if ( window.benchInteractive === null && next && !next.disabled && next.offsetParent !== null ) {
					window.benchInteractive = performance.now();
				}
			};
			new MutationObserver( check ).observe( document, { childList: true, subtree: true, attributes: true } );
		} );
		await page.goto( url, { waitUntil: 'load', timeout: 180000 } );
		const ready = await page.evaluate( () => new Promise( ( resolve ) => {
			/* global RLPAGEMODULES */
			window.mw.loader.using( RLPAGEMODULES ).then( () => resolve( performance.now() ), () => resolve( null ) );
		} ) );
		const isPlayer = await page.evaluate( () => !!document.querySelector( '.trainings-player, .trainings-module' ) && window.mw.loader.getState( 'ext.trainings.player' ) !== null );
		if ( isPlayer ) {
			await page.waitForFunction( () => window.benchInteractive !== null, null, { timeout: 60000 } );
		}
		// Let a late paint land before reading LCP.
		await page.waitForTimeout( 500 );
		return await page.evaluate( ( r ) => ( { lcp: window.benchLcp, ready: r, interactive: window.benchInteractive } ), ready );
	} finally {
		await context.close();
	}
}

/**
 * A module page (opened on its first step, where the player's "Next" button is) against the
 * same wikitext as a plain page, each loaded `browserRuns` times, interleaved.
 */
async function benchThrottled() {
	const title = MODULES[ 1 ];
	const modulePath = pathOf( `Training:${ title }` ) + '#step-1';
	const plainPath = pathOf( `Plain copy of ${ title }` );
	const browser = await launchBrowser();
	const runsOf = { module: [], plain: [] };
	try {
		// Warm the server's caches (parser cache, ResourceLoader) without throttling.
		await pageDownloads( browser, server + modulePath );
		await pageDownloads( browser, server + plainPath );
		for ( let i = 0; i < browserRuns; i++ ) {
			runsOf.module.push( await throttledLoad( browser, server + modulePath ) );
			runsOf.plain.push( await throttledLoad( browser, server + plainPath ) );
		}
	} finally {
		await browser.close();
	}
	const med = ( list, key ) => median( list.map( ( r ) => r[ key ] ).filter( ( v ) => v !== null ) );
	const m = { lcp: med( runsOf.module, 'lcp' ), ready: med( runsOf.module, 'ready' ), interactive: med( runsOf.module, 'interactive' ) };
	const p = { lcp: med( runsOf.plain, 'lcp' ), ready: med( runsOf.plain, 'ready' ) };
	const s = ( ms ) => `${ ( ms / 1000 ).toFixed( 2 ) } s`;
	console.log( `\nThrottled page load: slow 3G (400 Kbit/s, 400 ms RTT), 4× CPU slowdown, fresh browser context, gzip; median of ${ browserRuns } loads each (“${ title }”)\n` );
	console.log( '| measure | module page | plain page | ratio |' );
	console.log( '| --- | ---: | ---: | ---: |' );
	console.log( `| Largest Contentful Paint | ${ s( m.lcp ) } | ${ s( p.lcp ) } | ${ ( m.lcp / p.lcp ).toFixed( 2 ) }× |` );
	console.log( `| page modules ready (mw.loader) | ${ s( m.ready ) } | ${ s( p.ready ) } | ${ ( m.ready / p.ready ).toFixed( 2 ) }× |` );
	console.log( `| first step interactive (“Next” enabled) vs plain page modules ready | ${ s( m.interactive ) } | ${ s( p.ready ) } | ${ ( m.interactive / p.ready ).toFixed( 2 ) }× |` );
}

/**
 * Special:Trainings and list=trainings as the library grows, against a plain page view. The
 * catalog is cached (WANObjectCache, here on the database: each cache read is a query), so the
 * warm figures are what a reader mostly gets; a search nobody asked before misses the cache
 * and shows what one uncached catalog query costs at that size.
 */
async function benchCatalogScale() {
	const plain = pathOf( `Plain copy of ${ MODULES[ 0 ] }` );
	const catalog = wants( 'catalog' );
	const views = catalog ? [ ...CATALOG_VIEWS, [ 'module page', pathOf( `Training:${ MODULES[ 0 ] }` ) ] ] : [];
	if ( wants( 'maintenance' ) ) {
		views.push( [ 'Special:TrainingMaintenance', '/wiki/Special:TrainingMaintenance' ] );
	}
	if ( catalog && await pageExists( '/wiki/Special:TrainingStats' ) ) {
		views.push( [ 'Special:TrainingStats', '/wiki/Special:TrainingStats' ] );
	} else if ( catalog ) {
		console.log( '[bench] Special:TrainingStats: not available' );
	}
	const rows = [];
	for ( const size of SIZES ) {
		console.log( `[bench] Generating modules up to ${ size }…` );
		sh( 'bash', [ 'dev/wiki.sh', 'php', instance, join( root, 'maintenance/generateModules.php' ), '--total', String( size ) ] );
		// Each save touched the catalog's check key: for WANObjectCache's hold-off (11 s) every read
		// recomputes, by design. Measure the steady state a reader meets between edits.
		await new Promise( ( resolve ) => {
			setTimeout( resolve, 12000 );
		} );
		for ( const [ label, path ] of views ) {
			for ( let i = 0; i < 5; i++ ) {
				await timedGet( path );
				await timedGet( plain );
			}
			rows.push( { size, label, ...await comparePaths( path, plain ) } );
		}
		if ( !catalog ) {
			continue;
		}
		// A new search each request: never cached.
		let n = 0;
		const uncached = { times: [], queries: [] };
		const plainTimes = [];
		for ( let i = 0; i < runs; i++ ) {
			const before = logSize();
			uncached.times.push( await timedGet( `/wiki/Special:Trainings?search=${ encodeURIComponent( `module ${ size }-${ ++n }` ) }` ) );
			uncached.queries.push( queriesSince( before ) );
			plainTimes.push( await timedGet( plain ) );
		}
		rows.push( {
			size, label: 'uncached search',
			timeA: median( uncached.times ), timeB: median( plainTimes ),
			queriesA: median( uncached.queries ), queriesB: null
		} );
	}

	console.log( `\nCatalog against a plain page view as the library grows (generated modules plus the sample library; median of ${ runs } interleaved requests)\n` );
	console.log( '| modules | view | ms | plain page ms | time ratio | queries | plain queries |' );
	console.log( '| ---: | --- | ---: | ---: | ---: | ---: | ---: |' );
	for ( const r of rows ) {
		console.log( `| ${ r.size } | ${ r.label } | ${ r.timeA.toFixed( 1 ) } | ${ r.timeB.toFixed( 1 ) } | ${ ( r.timeA / r.timeB ).toFixed( 2 ) }× | ${ r.queriesA } | ${ r.queriesB ?? '–' } |` );
	}
	// The figure design record 0023 holds: a search never asked before, an index lookup.
	for ( const r of rows.filter( ( row ) => row.label === 'uncached search' ) ) {
		console.log( `\nA catalog search never asked before at ${ r.size } modules: ${ ( r.timeA / r.timeB ).toFixed( 2 ) }× a plain page view (goal: at most 1.5×)` );
	}
}

/** Cookies of a session logged in as the wiki's admin (dev/wiki.sh's account), for fetch(). */
async function adminCookies() {
	const jar = new Map();
	const call = async ( params, method = 'GET' ) => {
		const body = new URLSearchParams( { format: 'json', formatversion: '2', ...params } );
		const res = await fetch( `${ server }/api.php${ method === 'GET' ? '?' + body : '' }`, {
			method, body: method === 'POST' ? body : undefined,
			headers: { cookie: [ ...jar ].map( ( [ k, v ] ) => `${ k }=${ v }` ).join( '; ' ) }
		} );
		for ( const cookie of res.headers.getSetCookie() ) {
			const [ pair ] = cookie.split( ';' );
			const at = pair.indexOf( '=' );
			jar.set( pair.slice( 0, at ), pair.slice( at + 1 ) );
		}
		return res.json();
	};
	const token = ( await call( { action: 'query', meta: 'tokens', type: 'login' } ) ).query.tokens.logintoken;
	const login = await call( { action: 'login', lgname: 'Admin', lgpassword: 'trainings-dev-password', lgtoken: token }, 'POST' );
	if ( login.login.result !== 'Success' ) {
		throw new Error( 'Could not log in as Admin: ' + JSON.stringify( login ) );
	}
	return { cookie: [ ...jar ].map( ( [ k, v ] ) => `${ k }=${ v }` ).join( '; ' ) };
}

/** The organiser's table at 500 participants × 10 modules against a plain page, same session. */
async function benchGroups() {
	console.log( '[bench] Generating a group of 500 participants × 10 modules…' );
	sh( 'bash', [ 'dev/wiki.sh', 'php', instance, join( root, 'maintenance/generateModules.php' ), '--total', '10' ] );
	const id = sh( 'bash', [ 'dev/wiki.sh', 'php', instance, join( root, 'maintenance/generateGroup.php' ),
		'--organiser', 'Admin', '--participants', '500', '--modules', '10' ] ).trim().split( '\n' ).pop();
	const headers = await adminCookies();
	const plain = pathOf( `Plain copy of ${ MODULES[ 0 ] }` );
	const rows = [];
	for ( const [ label, path ] of [
		[ 'organiser\'s table', `/wiki/Special:TrainingGroup/${ id }` ],
		[ 'CSV', `/wiki/Special:TrainingGroup/${ id }?format=csv` ]
	] ) {
		for ( let i = 0; i < 5; i++ ) {
			await timedGet( path, headers );
			await timedGet( plain, headers );
		}
		rows.push( { label, ...await comparePaths( path, plain, null, headers ) } );
	}
	console.log( `\nTraining group (500 participants × 10 modules) against a plain page view, logged in (median of ${ runs } interleaved requests)\n` );
	console.log( '| view | ms | plain page ms | time ratio | queries | plain queries |' );
	console.log( '| --- | ---: | ---: | ---: | ---: | ---: |' );
	for ( const r of rows ) {
		console.log( `| ${ r.label } | ${ r.timeA.toFixed( 1 ) } | ${ r.timeB.toFixed( 1 ) } | ${ ( r.timeA / r.timeB ).toFixed( 2 ) }× | ${ r.queriesA } | ${ r.queriesB } |` );
	}
}

main().catch( ( err ) => {
	console.error( err );
	process.exit( 1 );
} );
