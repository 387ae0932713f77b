#!/usr/bin/env node
/**
 * `npm test`: sets up what the checks need, starts a wiki of its own (own database, own port),
 * runs every suite, stops the wiki, and prints one line per suite and a closing
 * "N passed, N failed" line. Exits non-zero when anything failed.
 *
 *   npm test                     every suite
 *   npm test -- phpunit e2e      only the named suites (setup and the wiki still happen)
 *
 * Environment: TRAININGS_TEST_PORT (default 8081), TRAININGS_TEST_INSTANCE (default test),
 * TRAININGS_KEEP_WIKI=1 keeps the test wiki running afterwards for debugging.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, writeFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join( dirname( fileURLToPath( import.meta.url ) ), '..' );
const port = process.env.TRAININGS_TEST_PORT || '8081';
// Its own instance name too, so that two runs on different ports never share a database.
const instance = process.env.TRAININGS_TEST_INSTANCE || 'test';
const server = `http://localhost:${ port }`;
const instanceDir = join( root, '.wiki/instances', instance );
const logDir = join( root, '.cache/test-logs', instance );

/**
 * Run a command, writing its output to a log file (and to the terminal when `echo` is set).
 *
 * @param {string} cmd
 * @param {string[]} args
 * @param {Object} [options]
 * @param {string} [options.log] Log file path
 * @param {boolean} [options.echo] Also stream output to this process's stdout
 * @param {Object} [options.env] Extra environment variables
 * @return {Promise<{code: number, output: string}>}
 */
function run( cmd, args, { log, echo = false, env = {} } = {} ) {
	return new Promise( ( resolve ) => {
		const child = spawn( cmd, args, {
			cwd: root,
			env: { ...process.env, ...env, FORCE_COLOR: '0' },
			stdio: [ 'ignore', 'pipe', 'pipe' ]
		} );
		let output = '';
		const collect = ( chunk ) => {
			output += chunk;
			if ( echo ) {
				process.stdout.write( chunk );
			}
		};
		child.stdout.on( 'data', collect );
		child.stderr.on( 'data', collect );
		child.on( 'close', ( code ) => {
			if ( log ) {
				writeFileSync( log, output );
			}
			resolve( { code: code === null ? 1 : code, output } );
		} );
	} );
}

/** Counts from TAP output (node --test, QUnit CLI): "# pass N" / "# fail N". */
function tapCounts( output ) {
	const pass = /^# pass (\d+)/m.exec( output );
	const fail = /^# fail (\d+)/m.exec( output );
	const skipped = /^# skip(?:ped)? (\d+)/m.exec( output );
	return pass && fail ?
		{ passed: Number( pass[ 1 ] ), failed: Number( fail[ 1 ] ), skipped: skipped ? Number( skipped[ 1 ] ) : 0 } :
		null;
}

/** Counts from a JUnit XML file (PHPUnit --log-junit): the outermost <testsuite>. */
function junitCounts( file ) {
	if ( !existsSync( file ) ) {
		return null;
	}
	const xml = readFileSync( file, 'utf8' );
	const suite = /<testsuite [^>]*>/.exec( xml );
	if ( !suite ) {
		return null;
	}
	const attr = ( name ) => Number( ( new RegExp( ` ${ name }="(\\d+)"` ).exec( suite[ 0 ] ) || [] )[ 1 ] || 0 );
	const failed = attr( 'failures' ) + attr( 'errors' );
	return { passed: attr( 'tests' ) - failed - attr( 'skipped' ), failed, skipped: attr( 'skipped' ) };
}

const wikiEnv = { TRAININGS_TEST_SERVER: server };
const junitFile = join( logDir, 'phpunit.junit.xml' );

/**
 * The suites. `counts` turns a finished command into test counts; without it a suite is one
 * check that passes when the command exits 0. A suite whose counts cannot be read fails.
 */
const suites = [
	{
		name: 'build',
		what: 'committed resources/dist matches a fresh Vite build',
		cmd: 'bash', args: [ 'dev/check-build.sh' ]
	},
	{
		name: 'lint',
		what: 'grunt: eslint, stylelint, banana-checker',
		cmd: 'npx', args: [ 'grunt', 'test' ]
	},
	{
		name: 'typecheck',
		what: 'vue-tsc with types-mediawiki',
		cmd: 'npx', args: [ 'vue-tsc', '--noEmit' ]
	},
	{
		name: 'phplint',
		what: 'php-parallel-lint and phpcs',
		cmd: 'composer', args: [ 'test' ]
	},
	{
		name: 'phpstan',
		what: 'phpstan with MediaWiki core and phpat layer rules',
		cmd: 'composer', args: [ 'phpstan' ]
	},
	{
		name: 'phpunit',
		what: 'PHPUnit with core\'s MediaWikiIntegrationTestCase',
		cmd: 'bash', args: [ 'dev/phpunit.sh', '--instance', instance, '--log-junit', junitFile ],
		before: () => rmSync( junitFile, { force: true } ),
		counts: () => junitCounts( junitFile )
	},
	{
		name: 'qunit-node',
		what: 'QUnit in Node (jsdom)',
		cmd: 'npm', args: [ 'run', '--silent', 'test:qunit' ],
		counts: tapCounts
	},
	{
		name: 'qunit-browser',
		what: 'QUnit in Chromium through Special:JavaScriptTest',
		cmd: 'node', args: [ '--test', '--test-reporter=tap', 'tests/e2e/qunit/' ],
		counts: tapCounts
	},
	{
		name: 'http',
		what: 'action API and page views over HTTP',
		cmd: 'node', args: [ '--test', '--test-reporter=tap', 'tests/http/' ],
		counts: tapCounts
	},
	{
		name: 'e2e',
		what: 'browser tests in Chromium (playwright-core)',
		cmd: 'node', args: [ '--test', '--test-reporter=tap', '--test-concurrency=1', 'tests/e2e/browser/' ],
		counts: tapCounts
	},
	{
		name: 'mariadb',
		what: 'schema and progress API round trip on a private MariaDB server',
		cmd: 'bash', args: [ 'tests/mariadb/run.sh' ],
		counts: tapCounts
	},
	{
		name: 'budgets',
		what: 'byte budgets of our ResourceLoader modules (npm run bench:check)',
		cmd: 'node', args: [ 'dev/bytes.mjs', '--check' ]
	},
	{
		name: 'wiki-log',
		what: 'no PHP error, warning or exception in the test wiki\'s logs',
		cmd: 'node', args: [ 'dev/check-wiki-logs.mjs', instanceDir ]
	}
];

function formatSeconds( ms ) {
	return `${ ( ms / 1000 ).toFixed( 1 ) }s`;
}

async function main() {
	const only = process.argv.slice( 2 );
	const unknown = only.filter( ( name ) => !suites.some( ( s ) => s.name === name ) );
	if ( unknown.length ) {
		console.error( `Unknown suite(s): ${ unknown.join( ', ' ) }. Known: ${ suites.map( ( s ) => s.name ).join( ', ' ) }` );
		process.exit( 2 );
	}
	mkdirSync( logDir, { recursive: true } );

	console.log( '[trainings] Setting up (packages, MediaWiki, tools)…' );
	const setup = await run( 'bash', [ 'dev/setup.sh' ], { log: join( logDir, 'setup.log' ), echo: true } );
	if ( setup.code !== 0 ) {
		console.log( 'setup failed: see above' );
		console.log( '0 passed, 1 failed' );
		process.exit( 1 );
	}
	console.log( `[trainings] Installing a fresh test wiki on port ${ port }…` );
	const install = await run( 'bash', [ 'dev/wiki.sh', 'install', instance, port ], { log: join( logDir, 'wiki-install.log' ) } );
	const start = install.code === 0 ?
		await run( 'bash', [ 'dev/wiki.sh', 'start', instance, port ], { log: join( logDir, 'wiki-start.log' ) } ) :
		install;
	if ( start.code !== 0 ) {
		console.log( start.output );
		console.log( 'test wiki could not be installed or started' );
		console.log( '0 passed, 1 failed' );
		process.exit( 1 );
	}

	const results = [];
	try {
		for ( const suite of suites ) {
			if ( only.length && !only.includes( suite.name ) ) {
				continue;
			}
			const began = Date.now();
			process.stdout.write( `[trainings] ${ suite.name }: ${ suite.what }…\n` );
			if ( suite.before ) {
				suite.before();
			}
			const log = join( logDir, `${ suite.name }.log` );
			const { code, output } = await run( suite.cmd, suite.args, { log, env: wikiEnv } );
			let counts = suite.counts ? suite.counts( output ) : null;
			let note = '';
			if ( suite.counts && !counts ) {
				counts = { passed: 0, failed: 1 };
				note = ' (no test counts in its output)';
			} else if ( !suite.counts ) {
				counts = code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
			}
			if ( code !== 0 && counts.failed === 0 ) {
				counts.failed = 1;
				note = ` (exited with ${ code })`;
			}
			if ( counts.passed + counts.failed === 0 ) {
				counts.failed = 1;
				note = ' (ran no test)';
			}
			const ok = counts.failed === 0;
			results.push( { suite, counts, ok, note, ms: Date.now() - began } );
			if ( !ok ) {
				const lines = output.trimEnd().split( '\n' );
				console.log( `--- ${ suite.name } failed; last lines of ${ log.slice( root.length + 1 ) }:` );
				console.log( lines.slice( -80 ).join( '\n' ) );
				console.log( '---' );
			}
		}
	} finally {
		if ( !process.env.TRAININGS_KEEP_WIKI ) {
			await run( 'bash', [ 'dev/wiki.sh', 'stop', instance ] );
		}
	}

	console.log( '\nSummary' );
	let passed = 0;
	let failed = 0;
	let skipped = 0;
	const skippedText = ( n ) => ( n ? `, ${ n } skipped` : '' );
	for ( const { suite, counts, ok, note, ms } of results ) {
		passed += counts.passed;
		failed += counts.failed;
		skipped += counts.skipped || 0;
		console.log( `${ ok ? 'PASS' : 'FAIL' } ${ suite.name.padEnd( 14 ) } ${ counts.passed } passed, ${ counts.failed } failed${ skippedText( counts.skipped ) }${ note }  (${ formatSeconds( ms ) })` );
	}
	console.log( `${ passed } passed, ${ failed } failed${ skippedText( skipped ) }` );
	process.exitCode = failed === 0 && results.length > 0 ? 0 : 1;
}

main().catch( ( err ) => {
	console.error( err );
	console.log( '0 passed, 1 failed' );
	process.exit( 1 );
} );
