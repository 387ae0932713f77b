/**
 * The scenarios of dev/bench.mjs about one page view: a module page against its plain copy
 * (server time and queries), what a first-time reader downloads, and a throttled load.
 */
/* global window, document, MutationObserver */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kb } from '../bytes.mjs';
import { pageDownloads } from '../pageDownloads.mjs';
import { launchBrowser } from '../../tests/e2e/lib/browser.mjs';
import {
	browserRuns, COURSE, compare, instance, median, MODULES, pathOf, root, runs, server, sh, timedGet
} from './measure.mjs';

/** A module page view against its plain copy, warm and purged. */
export async function benchModuleViews() {
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

/** Everything a first-time reader downloads, against the plain copy. */
export async function benchDownloads() {
	const plain = `Plain copy of ${ MODULES[ 1 ] }`;
	const pages = [
		[ `Training:${ MODULES[ 1 ] }`, pathOf( `Training:${ MODULES[ 1 ] }` ) ],
		[ 'Special:Trainings', '/wiki/Special:Trainings' ],
		// A course page: its readers' progress through the course's modules.
		[ `Training:${ COURSE }`, pathOf( `Training:${ COURSE }` ) ],
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
export async function benchThrottled() {
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
