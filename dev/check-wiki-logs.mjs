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

// One warning is core's own race, and allowed: with SQLite, core's file lock manager deletes a
// lock file when it releases its last lock, and a concurrent request that held the same lock
// may have deleted it first (FSLockManager::pruneKeyLockFiles() calls unlink() unguarded). It
// is matched by its message and its frame in core, so that any other warning still fails.
const coreRace = {
	what: 'core\'s file lock manager deleting a lock file a concurrent request deleted first',
	test: ( entry ) => /PHP Warning: {1,2}unlink\([^)]*\/locks\/[^)]*\.lock\): No such file or directory/.test( entry ) &&
		/includes\/libs\/lockmanager\/FSLockManager\.php(\(227\): unlink\(\)| on line 227)/.test( entry )
};
let raced = 0;
for ( const file of [ 'exception.log', 'error.log', 'php-error.log' ] ) {
	const path = join( logs, file );
	const text = existsSync( path ) ? readFileSync( path, 'utf8' ).trim() : '';
	// Entries start with a date: `2026-12-07 06:06:29 …` (MediaWiki) or `[07-Dec-2026 …` (PHP).
	const entries = text === '' ? [] : text.split( /\n(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d |\[\d\d-\w{3}-\d{4} )/ );
	const left = entries.filter( ( entry ) => !coreRace.test( entry ) );
	raced += entries.length - left.length;
	if ( left.length ) {
		problems.push( `${ file }:\n${ left.join( '\n' ).split( '\n' ).slice( 0, 40 ).join( '\n' ) }` );
	}
}
if ( raced ) {
	console.log( `Allowed log entries: ${ raced } × ${ coreRace.what }` );
}
// The transaction profiler's reports (dev/wiki/LocalSettings.shared.php, design record 0016):
// a write or a primary connection on a GET request, too many queries or rows, a slow write.
// Two reports are other code's way of showing a user what they did, and allowed:
const allowed = [
	// core loads a user from the primary in the seconds after they wrote (User::load() with
	// READ_LATEST when ChronologyProtector says the client made recent changes): a primary
	// connection on a GET;
	{ what: 'core loading a user who just wrote', test: ( block, frames ) => /Expectation \(masterConns <= 0\)/.test( block ) &&
		/includes\/user\/User\.php\(\d+\): MediaWiki\\User\\User->load\(\)/.test( frames[ 1 ] || '' ) },
	// Echo marks a notification read after the response of the page its link opened.
	// (its write, and the primary connection it opens for it).
	{ what: 'Echo marking a followed notification read', test: ( block, frames ) => /Expectation \((writes|masterConns) <= 0\) by MediaWiki\\MediaWikiEntryPoint::restInPeace/.test( block ) &&
		frames.some( ( line ) => /Echo\/includes\/NotifUser\.php\(\d+\): .*->markRead\(\)/.test( line ) ) }
];
const rdbmsLog = join( logs, 'rdbms.log' );
if ( existsSync( rdbmsLog ) ) {
	const blocks = readFileSync( rdbmsLog, 'utf8' ).split( /\n(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d )/ )
		.filter( ( block ) => /Expectation \(|Suboptimal transaction/.test( block ) );
	const frames = ( block ) => block.split( '\n' ).filter( ( line ) => /^#\d+ /.test( line ) &&
		!line.includes( '/includes/libs/rdbms/' ) );
	const allowedAs = ( block ) => allowed.find( ( { test } ) => test( block, frames( block ) ) );
	const reports = blocks.filter( ( block ) => !allowedAs( block ) );
	if ( reports.length ) {
		const shown = reports.slice( 0, 10 ).map( ( block ) => block.split( '\n' ).slice( 0, 2 )
			.concat( frames( block ).filter( ( line ) => !line.includes( '.wiki/core/' ) ).slice( 0, 4 ) )
			.concat( frames( block ).slice( 0, 3 ) ).filter( ( l, i, all ) => all.indexOf( l ) === i ).join( '\n' ) );
		problems.push( `transaction profiler (rdbms.log), ${ reports.length } report(s):\n${ shown.join( '\n\n' ) }` );
	}
	for ( const { what } of allowed ) {
		const n = blocks.filter( ( block ) => allowedAs( block )?.what === what ).length;
		if ( n ) {
			console.log( `Allowed profiler reports: ${ n } × ${ what }` );
		}
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
