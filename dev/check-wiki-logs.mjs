#!/usr/bin/env node
/**
 * Fails when a wiki instance logged a PHP error, warning, deprecation or exception: MediaWiki's
 * exception and error channels, PHP's error_log, and what PHP's built-in server printed.
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
