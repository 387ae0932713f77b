<?php
/**
 * Records the Training pages published by their wikitext (`status`, published when left out)
 * as reviewed at their current revision (design record 0017). update.php runs it once; run it
 * again with --force (pages already reviewed are skipped):
 *
 *   php maintenance/run.php ./extensions/Trainings/maintenance/migrateReviews.php --force
 *
 * @file
 * @ingroup Maintenance
 */

declare( strict_types = 1 );

use MediaWiki\Extension\Trainings\Maintenance\MigrateReviews;

$IP = getenv( 'MW_INSTALL_PATH' ) ?: __DIR__ . '/../../..';
require_once "$IP/maintenance/Maintenance.php";

// @phan-suppress-next-line PhanUndeclaredClassReference
$maintClass = MigrateReviews::class;
require_once RUN_MAINTENANCE_IF_MAIN;
