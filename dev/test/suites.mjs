/**
 * The suites of `npm test` (dev/test.mjs), in the order they run, and how each one's test
 * counts are read.
 */
import { readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { instance, instanceDir, logDir, port, root, translateInstance } from './env.mjs';

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

const junitFile = join( logDir, 'phpunit.junit.xml' );
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
export const suites = [
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
