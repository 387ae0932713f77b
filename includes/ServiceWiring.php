<?php
/**
 * Service wiring of the Trainings extension.
 *
 * Each service is keyed by the SERVICE_NAME constant of its class, so that a
 * rename is one edit and callers cannot misspell a name.
 *
 * @file
 * @license GPL-2.0-or-later
 */

declare( strict_types = 1 );

use MediaWiki\Extension\Trainings\Catalog\ModuleCatalog;
use MediaWiki\MediaWikiServices;

/** @phpcs-require-sorted-array */
return [
	ModuleCatalog::SERVICE_NAME => static function ( MediaWikiServices $services ): ModuleCatalog {
		return new ModuleCatalog( $services->getConnectionProvider() );
	},
];
