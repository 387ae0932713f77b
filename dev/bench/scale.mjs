/**
 * The scenarios of dev/bench.mjs about growth: the catalog and the maintainers' queue as the
 * library grows, and a training group's table at 500 participants.
 */
import { join } from 'node:path';
import {
	comparePaths, instance, logSize, median, MODULES, pageExists, pathOf, queriesSince, root, runs,
	server, sh, SIZES, timedGet, wants
} from './measure.mjs';

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

/**
 * Special:Trainings and list=trainings as the library grows, against a plain page view. The
 * catalog is cached (WANObjectCache, here on the database: each cache read is a query), so the
 * warm figures are what a reader mostly gets; a search nobody asked before misses the cache
 * and shows what one uncached catalog query costs at that size.
 */
export async function benchCatalogScale() {
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
export async function benchGroups() {
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
