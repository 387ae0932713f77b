/**
 * The Dashboard import reading a live wiki's action API (`--api`, decision record 0021): the
 * fixture's Meta-Wiki pages are loaded into the test wiki's main namespace (importDump), then
 * the script reads them back over HTTP and plans exactly what it plans from the XML file. The
 * pages are deleted afterwards.
 *
 * Environment: TRAININGS_TEST_SERVER, TRAININGS_TEST_INSTANCE (the test wiki, default "test").
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL( '../..', import.meta.url ).pathname;
const instance = process.env.TRAININGS_TEST_INSTANCE || 'test';
const server = process.env.TRAININGS_TEST_SERVER || 'http://localhost:8081';
const DUMP = join( root, 'tests/fixtures/dashboard/meta-wiki-export.xml' );
const SCRIPT = join( root, 'maintenance/importDashboardTrainings.php' );

function php( ...args ) {
	const result = spawnSync( 'bash', [ 'dev/wiki.sh', 'php', instance, 'maintenance/run.php', ...args ],
		{ cwd: root, encoding: 'utf8' } );
	const log = result.stdout + result.stderr;
	assert.equal( result.status, 0, log );
	return log;
}

/**
 * @return {string[]} The titles in the fixture dump
 */
function dumpTitles() {
	return [ ...readFileSync( DUMP, 'utf8' ).matchAll( /<title>([^<]*)<\/title>/g ) ]
		.map( ( m ) => m[ 1 ].replace( /&amp;/g, '&' ) );
}

function deletePages() {
	const dir = mkdtempSync( join( tmpdir(), 'trainings-import-api-' ) );
	writeFileSync( join( dir, 'pages.txt' ), dumpTitles().join( '\n' ) + '\n' );
	php( 'deleteBatch', '-r', 'Test of the Dashboard import through the API', join( dir, 'pages.txt' ) );
	rmSync( dir, { recursive: true } );
}

before( () => {
	php( 'importDump', DUMP );
} );

after( () => {
	deletePages();
} );

/**
 * @param {string} log The script's output
 * @return {string[]} The lines of its report that do not depend on where the pages were read from
 */
function plan( log ) {
	return log.split( '\n' ).filter( ( line ) => /^(would |Modules:|Pages |Could not| {2}Training modules)/.test( line ) );
}

test( 'reading the pages through the API plans what reading the dump plans', () => {
	const topics = [ '--topic', 'Events=events', '--topic', 'Partnerships=partnerships' ];
	const fromApi = php( SCRIPT, '--api', `${ server }/api.php`, ...topics, '--dry-run' );
	const fromDump = php( SCRIPT, '--xml', DUMP, ...topics, '--dry-run' );
	assert.match( fromApi, /Modules: 2, courses: 1, steps: 11, quizzes: 3, languages: de, es/ );
	assert.match( fromApi, /^would create Training:Running an edit-a-thon\/es$/m );
	assert.match( fromApi, /fundraising-basics\.json:7: the JSON does not parse/ );
	assert.deepEqual( plan( fromApi ), plan( fromDump ) );
} );

test( 'an address that is not a wiki\'s API is reported, nothing planned', () => {
	const log = php( SCRIPT, '--api', `${ server }/no-such-api.php`, '--dry-run' );
	assert.match( log, /the API request failed/ );
	assert.match( log, /Modules: 0,/ );
} );
