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
 * For the e2e and budgets suites a plain wiki (no extension, the gadget installed, this run's
 * wiki as its central wiki) runs beside it, as instance `<instance>-plain` on
 * TRAININGS_TEST_PLAIN_PORT (default: the test port + 2, so parallel runs do not collide).
 * The multilingual tests run twice: on the test wiki (no Translate, hand-made `/xx` subpages)
 * and, in the suites `*-translate`, on a wiki with the real Translate extension (design record
 * 0005), instance `<instance>-translate` on TRAININGS_TEST_TRANSLATE_PORT (default: the test
 * port + 3). Without the Translate snapshots (dev/translate.sh) those suites FAIL, saying
 * how to get them: a run that could not test something is not a passing run.
 * The mariadb suite's wiki is `<instance>-mariadb` on the test port + 4; the replication suite's
 * is `<instance>-replication` on the test port + 5, on MariaDB servers on ports 3321 to 3323
 * (TRAININGS_REPLICATION_DB_PORT).
 * The test wiki runs TimedMediaHandler (dev/timedmedia.sh); without its snapshot the video
 * suite `e2e-video` FAILS the same way.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, existsSync, writeFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join( dirname( fileURLToPath( import.meta.url ) ), '..' );
const port = process.env.TRAININGS_TEST_PORT || '8081';
// Its own instance name too, so that two runs on different ports never share a database.
const instance = process.env.TRAININGS_TEST_INSTANCE || 'test';
const server = `http://localhost:${ port }`;
const instanceDir = join( root, '.wiki/instances', instance );
const logDir = join( root, '.cache/test-logs', instance );
const plainInstance = `${ instance }-plain`;
const plainPort = process.env.TRAININGS_TEST_PLAIN_PORT || String( Number( port ) + 2 );
const plainServer = `http://localhost:${ plainPort }`;

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

// The Translate half: a wiki of its own with the real Translate extension.
const translateInstance = `${ instance }-translate`;
const translatePort = process.env.TRAININGS_TEST_TRANSLATE_PORT || String( Number( port ) + 3 );
const translateEnv = {
	TRAININGS_TEST_SERVER: `http://localhost:${ translatePort }`,
	TRAININGS_TEST_INSTANCE: translateInstance,
	TRAININGS_TRANSLATE_HALF: '1'
};
const translateJunitFile = join( logDir, 'phpunit-translate.junit.xml' );
// The browser tests of language versions (versions, search, progress across languages, the
// export), written to work on both halves (the qqx and right-to-left checks of the interface
// do not depend on Translate: once is enough).
const translateBrowserTests = readdirSync( join( root, 'tests/e2e/browser' ) )
	.filter( ( file ) => /^(translate.*|languages|search-languages|progress-languages|offline)\.test\.mjs$/.test( file ) )
	.sort()
	.map( ( file ) => `tests/e2e/browser/${ file }` );

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
		what: 'PHPUnit with core\'s MediaWikiIntegrationTestCase (half without Translate)',
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
		what: 'browser tests in Chromium (playwright-core) (half without Translate)',
		cmd: 'node', args: [ '--test', '--test-reporter=tap', '--test-concurrency=1', 'tests/e2e/browser/' ],
		counts: tapCounts
	},
	{
		name: 'e2e-video',
		what: 'video steps in Chromium, on TimedMediaHandler (design record 0013)',
		video: true,
		cmd: 'node', args: [ '--test', '--test-reporter=tap', '--test-concurrency=1', 'tests/e2e/video/' ],
		counts: tapCounts
	},
	{
		name: 'zim',
		what: 'ZIM files for Kiwix: zimcheck, and Chromium through kiwix-serve',
		cmd: 'node', args: [ '--test', '--test-reporter=tap', '--test-concurrency=1', 'tests/e2e/zim/' ],
		counts: tapCounts
	},
	{
		name: 'mariadb',
		what: 'schema and progress API round trip on a private MariaDB server',
		cmd: 'bash', args: [ 'tests/mariadb/run.sh' ],
		// Its own web port and instance per run, so that parallel runs do not collide.
		env: {
			TRAININGS_MARIADB_PORT: process.env.TRAININGS_MARIADB_PORT || String( Number( port ) + 4 ),
			TRAININGS_MARIADB_INSTANCE: process.env.TRAININGS_MARIADB_INSTANCE || `${ instance }-mariadb`
		},
		counts: tapCounts
	},
	{
		name: 'replication',
		what: 'a primary, a replica 2 s behind and virtual-trainings on a server of its own (design record 0016)',
		cmd: 'bash', args: [ 'tests/replication/run.sh' ],
		// Its own web port, instance and MariaDB ports per run.
		env: {
			TRAININGS_REPLICATION_PORT: process.env.TRAININGS_REPLICATION_PORT || String( Number( port ) + 5 ),
			TRAININGS_REPLICATION_INSTANCE: process.env.TRAININGS_REPLICATION_INSTANCE || `${ instance }-replication`,
			TRAININGS_REPLICATION_DB_PORT: process.env.TRAININGS_REPLICATION_DB_PORT || '3321'
		},
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
	},
	{
		name: 'phpunit-translate',
		what: 'Translate half: the multilingual PHPUnit tests on a wiki with the real Translate',
		translate: true,
		cmd: 'bash', args: [ 'dev/phpunit.sh', '--instance', translateInstance, '--log-junit', translateJunitFile,
			'--testsuite', 'translate' ],
		before: () => rmSync( translateJunitFile, { force: true } ),
		counts: () => junitCounts( translateJunitFile )
	},
	{
		name: 'e2e-translate',
		what: 'Translate half: the multilingual browser tests, pages marked and translated through the API',
		translate: true,
		cmd: 'node', args: [ '--test', '--test-reporter=tap', '--test-concurrency=1', ...translateBrowserTests ],
		counts: tapCounts
	},
	{
		name: 'log-translate',
		what: 'Translate half: no PHP error, warning or exception in its wiki\'s logs',
		translate: true,
		cmd: 'node', args: [ 'dev/check-wiki-logs.mjs', join( root, '.wiki/instances', translateInstance ) ]
	}
];

/**
 * Install and start the wiki of the Translate half.
 *
 * @return {Promise<string|null>} Why the half cannot run (null: it runs)
 */
async function startTranslateWiki() {
	const available = await run( 'bash', [ 'dev/translate.sh', 'available' ] );
	if ( available.code !== 0 ) {
		return available.output.trim() || 'the Translate snapshots are missing';
	}
	console.log( `[trainings] Translate half: installing a wiki with Translate on port ${ translatePort }…` );
	const log = join( logDir, 'wiki-translate.log' );
	let step = await run( 'bash', [ 'dev/wiki.sh', 'install', translateInstance, translatePort, '--translate' ], { log } );
	step = step.code === 0 ? await run( 'bash', [ 'dev/wiki.sh', 'start', translateInstance, translatePort ], { log } ) : step;
	if ( step.code !== 0 ) {
		return `its wiki could not be installed or started: see ${ log.slice( root.length + 1 ) }`;
	}
	return null;
}

// What a run without the third-party snapshots prints: where they come from.
const HOW_TO_GET_SNAPSHOTS = 'Get them: put the archives listed in ../shared/vendor/README.md ' +
	'(upstream release branches, as `git archive`) into ../shared/vendor/ beside the checkout, ' +
	'or point TRAININGS_VENDOR_DIR at a folder holding them; README.md, "Translate" and "Video", says more';

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

	// The plain wiki of the gadget's browser tests (and its bytes), only for the suites using it.
	const plain = !only.length || only.includes( 'e2e' ) || only.includes( 'budgets' );
	if ( plain ) {
		console.log( `[trainings] Installing a plain wiki with the gadget on port ${ plainPort }…` );
		const plainLog = join( logDir, 'wiki-plain.log' );
		let step = await run( 'bash', [ 'dev/wiki.sh', 'install', plainInstance, plainPort, '--plain' ], { log: plainLog } );
		step = step.code === 0 ? await run( 'bash', [ 'dev/wiki.sh', 'start', plainInstance, plainPort ], { log: plainLog } ) : step;
		step = step.code === 0 ? await run( 'node', [ 'dev/install-gadget.mjs', '--api', `${ plainServer }/api.php`,
			'--user', 'Admin', '--password', 'trainings-dev-password', '--central-api', `${ server }/api.php` ], { log: plainLog } ) : step;
		if ( step.code !== 0 ) {
			console.log( step.output );
			console.log( 'plain wiki could not be installed or started' );
			console.log( '0 passed, 1 failed' );
			await run( 'bash', [ 'dev/wiki.sh', 'stop', plainInstance ] );
			await run( 'bash', [ 'dev/wiki.sh', 'stop', instance ] );
			process.exit( 1 );
		}
		wikiEnv.TRAININGS_TEST_PLAIN_SERVER = plainServer;
	}

	const results = [];
	// undefined: the Translate half's wiki is not started yet; null: it runs; else why not.
	let translateSkip;
	try {
		for ( const suite of suites ) {
			if ( only.length && !only.includes( suite.name ) ) {
				continue;
			}
			const began = Date.now();
			// The video suites need TimedMediaHandler, which the test wiki loads when its
			// snapshot is there (dev/timedmedia.sh): without it they FAIL, saying how to get it.
			if ( suite.video && !existsSync( join( instanceDir, 'LocalSettings.timedmedia.php' ) ) ) {
				const why = ( await run( 'bash', [ 'dev/timedmedia.sh', 'available' ] ) ).output.trim();
				results.push( { suite, counts: { passed: 0, failed: 1 }, ok: false,
					missing: `${ why || 'the test wiki runs without TimedMediaHandler' }. ${ HOW_TO_GET_SNAPSHOTS }`,
					note: '', ms: Date.now() - began } );
				continue;
			}
			if ( suite.translate && translateSkip === undefined ) {
				translateSkip = await startTranslateWiki();
			}
			if ( suite.translate && translateSkip ) {
				results.push( { suite, counts: { passed: 0, failed: 1 }, ok: false,
					missing: `${ translateSkip }. ${ HOW_TO_GET_SNAPSHOTS }`, note: '', ms: Date.now() - began } );
				continue;
			}
			process.stdout.write( `[trainings] ${ suite.name }: ${ suite.what }…\n` );
			if ( suite.before ) {
				suite.before();
			}
			const log = join( logDir, `${ suite.name }.log` );
			const env = { ...( suite.translate ? translateEnv : wikiEnv ), ...suite.env };
			const { code, output } = await run( suite.cmd, suite.args, { log, env } );
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
			// A suite may name what it skipped ("# skipped on MariaDB: Class::test: why").
			const skippedNames = output.split( '\n' ).filter( ( line ) => /^# skipped on [^:]+: /.test( line ) );
			results.push( { suite, counts, ok, note, skippedNames, ms: Date.now() - began } );
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
			if ( plain ) {
				await run( 'bash', [ 'dev/wiki.sh', 'stop', plainInstance ] );
			}
			if ( translateSkip === null ) {
				await run( 'bash', [ 'dev/wiki.sh', 'stop', translateInstance ] );
			}
		}
	}

	console.log( '\nSummary' );
	let passed = 0;
	let failed = 0;
	let skipped = 0;
	const skippedText = ( n ) => ( n ? `, ${ n } skipped` : '' );
	for ( const { suite, counts, ok, missing, note, skippedNames, ms } of results ) {
		passed += counts.passed;
		failed += counts.failed;
		skipped += counts.skipped || 0;
		if ( missing ) {
			console.log( `FAIL ${ suite.name.padEnd( 17 ) } not run, a dependency is missing: ${ missing }` );
			continue;
		}
		console.log( `${ ok ? 'PASS' : 'FAIL' } ${ suite.name.padEnd( 17 ) } ${ counts.passed } passed, ${ counts.failed } failed${ skippedText( counts.skipped ) }${ note }  (${ formatSeconds( ms ) })` );
		for ( const line of skippedNames || [] ) {
			console.log( `     ${ ''.padEnd( 17 ) } ${ line.slice( 2 ) }` );
		}
	}
	console.log( `${ passed } passed, ${ failed } failed${ skippedText( skipped ) }` );
	process.exitCode = failed === 0 && results.length > 0 ? 0 : 1;
}

main().catch( ( err ) => {
	console.error( err );
	console.log( '0 passed, 1 failed' );
	process.exit( 1 );
} );
