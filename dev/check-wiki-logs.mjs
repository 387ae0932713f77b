#!/usr/bin/env node
/**
 * Fails when a wiki instance logged a PHP error, warning, deprecation or exception: MediaWiki's
 * exception and error channels, PHP's error_log, and what PHP's built-in server printed; or
 * when MediaWiki's transaction profiler reported a request that broke its expectations.
 *
 *   node dev/check-wiki-logs.mjs .wiki/instances/test
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[ 2 ];
if ( !dir ) {
	console.error( 'Usage: check-wiki-logs.mjs INSTANCE_DIR' );
	process.exit( 2 );
}
const logs = join( dir, 'logs' );
const problems = [];

for ( const file of [ 'exception.log', 'error.log', 'php-error.log' ] ) {
	const path = join( logs, file );
	if ( existsSync( path ) && readFileSync( path, 'utf8' ).trim() !== '' ) {
		problems.push( `${ file }:\n${ readFileSync( path, 'utf8' ).trim().split( '\n' ).slice( 0, 40 ).join( '\n' ) }` );
	}
}
// The transaction profiler's reports (dev/wiki/LocalSettings.shared.php, design record 0014):
// a write or a primary connection on a GET request, too many queries or rows, a slow write.
const rdbmsLog = join( logs, 'rdbms.log' );
if ( existsSync( rdbmsLog ) ) {
	const reports = readFileSync( rdbmsLog, 'utf8' ).split( '\n' )
		.map( ( line, i, lines ) => /Expectation \(|Suboptimal transaction/.test( line ) ?
			lines.slice( i, i + 3 ).concat( lines.slice( i + 3, i + 40 )
				.filter( ( l ) => /\/includes\/(?!libs\/rdbms)/.test( l ) && !l.includes( '.wiki/core' ) ).slice( 0, 4 ) )
				.filter( ( l, j, all ) => all.indexOf( l ) === j ).join( '\n' ) :
			null )
		.filter( Boolean );
	if ( reports.length ) {
		problems.push( `transaction profiler (rdbms.log), ${ reports.length } report(s):\n${ reports.slice( 0, 10 ).join( '\n\n' ) }` );
	}
}
const serverLog = join( logs, 'server.log' );
if ( existsSync( serverLog ) ) {
	const bad = readFileSync( serverLog, 'utf8' ).split( '\n' )
		.filter( ( line ) => /PHP (Fatal|Warning|Notice|Deprecated|Parse error)|Uncaught/.test( line ) );
	if ( bad.length ) {
		problems.push( `server.log:\n${ bad.slice( 0, 40 ).join( '\n' ) }` );
	}
}

if ( problems.length ) {
	console.log( `The wiki logged errors:\n\n${ problems.join( '\n\n' ) }` );
	process.exit( 1 );
}
console.log( `No PHP errors or exceptions in ${ logs }` );
