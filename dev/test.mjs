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
import { mkdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	instance, instanceDir, logDir, plainInstance, plainPort, plainServer, port, root, server,
	translateEnv, translateInstance, translatePort, wikiEnv
} from './test/env.mjs';
import { suites } from './test/suites.mjs';

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

/**
 * Install and start the test wiki, and the plain wiki when a suite needs it.
 *
 * @param {boolean} plain Whether to start the plain wiki too
 * @return {Promise<boolean>} Whether they run (when not, it said why)
 */
async function startWikis( plain ) {
	console.log( `[trainings] Installing a fresh test wiki on port ${ port }…` );
	const install = await run( 'bash', [ 'dev/wiki.sh', 'install', instance, port ], { log: join( logDir, 'wiki-install.log' ) } );
	const start = install.code === 0 ?
		await run( 'bash', [ 'dev/wiki.sh', 'start', instance, port ], { log: join( logDir, 'wiki-start.log' ) } ) :
		install;
	if ( start.code !== 0 ) {
		console.log( start.output );
		console.log( 'test wiki could not be installed or started' );
		return false;
	}
	if ( !plain ) {
		return true;
	}
	// The plain wiki of the gadget's browser tests (and its bytes).
	console.log( `[trainings] Installing a plain wiki with the gadget on port ${ plainPort }…` );
	const plainLog = join( logDir, 'wiki-plain.log' );
	let step = await run( 'bash', [ 'dev/wiki.sh', 'install', plainInstance, plainPort, '--plain' ], { log: plainLog } );
	step = step.code === 0 ? await run( 'bash', [ 'dev/wiki.sh', 'start', plainInstance, plainPort ], { log: plainLog } ) : step;
	step = step.code === 0 ? await run( 'node', [ 'dev/install-gadget.mjs', '--api', `${ plainServer }/api.php`,
		'--user', 'Admin', '--password', 'trainings-dev-password', '--central-api', `${ server }/api.php` ], { log: plainLog } ) : step;
	if ( step.code !== 0 ) {
		console.log( step.output );
		console.log( 'plain wiki could not be installed or started' );
		await run( 'bash', [ 'dev/wiki.sh', 'stop', plainInstance ] );
		await run( 'bash', [ 'dev/wiki.sh', 'stop', instance ] );
		return false;
	}
	wikiEnv.TRAININGS_TEST_PLAIN_SERVER = plainServer;
	return true;
}

/**
 * Why a suite cannot run here: its wiki lacks a third-party snapshot (the video suites need
 * TimedMediaHandler, which the test wiki loads when its snapshot is there, dev/timedmedia.sh;
 * the Translate half needs Translate). Such a suite FAILS, saying how to get it.
 *
 * @param {Object} suite
 * @param {Object} state `translateSkip`: undefined while the Translate half's wiki is not
 *  started yet, null once it runs, else why not
 * @return {Promise<string|null>} Why not, or null when it can run
 */
async function missingDependency( suite, state ) {
	if ( suite.video && !existsSync( join( instanceDir, 'LocalSettings.timedmedia.php' ) ) ) {
		const why = ( await run( 'bash', [ 'dev/timedmedia.sh', 'available' ] ) ).output.trim();
		return `${ why || 'the test wiki runs without TimedMediaHandler' }. ${ HOW_TO_GET_SNAPSHOTS }`;
	}
	if ( suite.translate && state.translateSkip === undefined ) {
		state.translateSkip = await startTranslateWiki();
	}
	return suite.translate && state.translateSkip ? `${ state.translateSkip }. ${ HOW_TO_GET_SNAPSHOTS }` : null;
}

/**
 * Run one suite and read its counts.
 *
 * @param {Object} suite
 * @return {Promise<Object>} Its result: counts, ok, note, skipped tests' names
 */
async function runSuite( suite ) {
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
	if ( !ok ) {
		const lines = output.trimEnd().split( '\n' );
		console.log( `--- ${ suite.name } failed; last lines of ${ log.slice( root.length + 1 ) }:` );
		console.log( lines.slice( -80 ).join( '\n' ) );
		console.log( '---' );
	}
	return { suite, counts, ok, note, skippedNames };
}

/**
 * Print one line per suite and the closing "N passed, N failed" line.
 *
 * @param {Object[]} results
 * @return {boolean} Whether everything passed
 */
function printSummary( results ) {
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
	return failed === 0 && results.length > 0;
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
	// The plain wiki serves only the gadget's browser tests and its bytes.
	const plain = !only.length || only.includes( 'e2e' ) || only.includes( 'budgets' );
	if ( !await startWikis( plain ) ) {
		console.log( '0 passed, 1 failed' );
		process.exit( 1 );
	}

	const results = [];
	const state = { translateSkip: undefined };
	try {
		for ( const suite of suites ) {
			if ( only.length && !only.includes( suite.name ) ) {
				continue;
			}
			const began = Date.now();
			const missing = await missingDependency( suite, state );
			const result = missing ? { suite, counts: { passed: 0, failed: 1 }, ok: false, missing, note: '' } :
				await runSuite( suite );
			results.push( { ...result, ms: Date.now() - began } );
		}
	} finally {
		if ( !process.env.TRAININGS_KEEP_WIKI ) {
			await run( 'bash', [ 'dev/wiki.sh', 'stop', instance ] );
			if ( plain ) {
				await run( 'bash', [ 'dev/wiki.sh', 'stop', plainInstance ] );
			}
			if ( state.translateSkip === null ) {
				await run( 'bash', [ 'dev/wiki.sh', 'stop', translateInstance ] );
			}
		}
	}
	process.exitCode = printSummary( results ) ? 0 : 1;
}

main().catch( ( err ) => {
	console.error( err );
	console.log( '0 passed, 1 failed' );
	process.exit( 1 );
} );
