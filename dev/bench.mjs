#!/usr/bin/env node
/**
 * `npm run bench`: measures what Trainings costs the server, as ratios against a baseline
 * measured in the same run: a plain wiki page view (the same wikitext saved as a plain page in
 * the main namespace).
 *
 * - modules: a module page view against its plain copy, with a warm and a purged parser cache,
 *   and a view whose reviewed revision is older than the latest (an edit waiting for review).
 * - bytes: our ResourceLoader modules gzipped, own code apart from Codex (dev/bytes.mjs, the
 *   same figures `npm run bench:check` checks against the budgets).
 * - downloads: everything a first-time reader downloads (fresh Chromium context) for a module
 *   page and for the catalog, against the plain copy.
 * - throttled: Chromium on slow 3G (400 Kbit/s, 400 ms round trip) with 4× CPU slowdown:
 *   Largest Contentful Paint and the time until the first step is interactive on a module
 *   page, against the plain copy (LCP, and the time until its page modules are ready).
 * - catalog: Special:Trainings, `list=trainings`, Special:TrainingStats (when the wiki has it)
 *   and a module page as the library grows to 10, 1,000 and 5,000 generated modules
 *   (maintenance/generateModules.php), against a plain page view.
 * - maintenance: Special:TrainingMaintenance (the maintainers' queue, every module listed as
 *   never reviewed) at the same sizes; its query count must stay flat. With catalog, in the
 *   same run (one growing library).
 * - groups: the organiser's table of a training group (Special:TrainingGroup/<id>) with 500
 *   generated participants × 10 generated modules (maintenance/generateGroup.php), and its
 *   CSV, against a plain page view by the same logged-in organiser; queries must stay flat.
 *
 * It installs a wiki of its own ("bench", port 8095; TRAININGS_BENCH_INSTANCE and
 * TRAININGS_BENCH_PORT choose others), compresses its responses with gzip as a production
 * server does, logs every database query there, and prints tables of medians. Figures are
 * ratios, never pass/fail timings: the test suites check behaviour, this command reports cost;
 * only the byte budgets are checked (`npm run bench:check`, part of `npm test`).
 *
 *   npm run bench
 *   npm run bench -- --runs 60 --browser-runs 7
 *   npm run bench -- --only catalog --sizes 10,1000,5000
 *   npm run bench -- --only bytes,downloads,throttled
 *   npm run bench -- --only maintenance --sizes 10,1000
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureBytes, printBytes } from './bytes.mjs';
import { instance, instanceDir, MODULES, port, queryLog, root, server, sh, wants } from './bench/measure.mjs';
import { benchDownloads, benchModuleViews, benchThrottled } from './bench/pages.mjs';
import { benchCatalogScale, benchGroups } from './bench/scale.mjs';

async function main() {
	console.log( '[bench] Setting up a wiki of its own on port ' + port + '…' );
	sh( 'bash', [ 'dev/setup.sh' ] );
	sh( 'bash', [ 'dev/wiki.sh', 'install', instance, port ] );
	// Log every query of this instance (benchmark only), and let anonymous purges through.
	writeFileSync( join( instanceDir, 'LocalSettings.local.php' ), `<?php
// Compress responses as a production web server does (bytes on the wire, throttled loads).
ini_set( 'zlib.output_compression', '1' );
$wgDebugDumpSql = true;
$wgDebugLogGroups['rdbms'] = ${ JSON.stringify( queryLog ) };
$wgGroupPermissions['*']['noratelimit'] = true;
$wgGroupPermissions['*']['purge'] = true;
// Jobs run at the end of web requests by default: their queries are not the page's cost.
$wgJobRunRate = 0;
` );
	for ( const title of MODULES ) {
		const text = readFileSync( join( root, 'content/Training', `${ title }.wikitext` ), 'utf8' );
		sh( 'bash', [ 'dev/wiki.sh', 'php', instance, 'maintenance/run.php', 'edit', '--user', 'Admin',
			'--summary', 'Benchmark baseline', `Plain copy of ${ title }` ], text );
	}
	sh( 'bash', [ 'dev/wiki.sh', 'start', instance, port ] );
	try {
		if ( wants( 'modules' ) ) {
			await benchModuleViews();
		}
		if ( wants( 'bytes' ) ) {
			printBytes( await measureBytes( server ) );
		}
		if ( wants( 'downloads' ) ) {
			await benchDownloads();
		}
		if ( wants( 'throttled' ) ) {
			await benchThrottled();
		}
		if ( wants( 'catalog' ) || wants( 'maintenance' ) ) {
			await benchCatalogScale();
		}
		if ( wants( 'groups' ) ) {
			await benchGroups();
		}
	} finally {
		sh( 'bash', [ 'dev/wiki.sh', 'stop', instance ] );
	}
}

main().catch( ( err ) => {
	console.error( err );
	process.exit( 1 );
} );
