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
use MediaWiki\Extension\Trainings\Content\CourseParser;
use MediaWiki\Extension\Trainings\Content\FormatDetector;
use MediaWiki\Extension\Trainings\Content\LanguageSubpage;
use MediaWiki\Extension\Trainings\Content\MetadataParser;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\MediaWikiServices;

/** @phpcs-require-sorted-array */
return [
	CourseParser::SERVICE_NAME => static function ( MediaWikiServices $services ): CourseParser {
		return new CourseParser(
			$services->getTitleParser(),
			$services->getLinkBatchFactory(),
			TrainingsServices::getLanguageSubpage( $services )
		);
	},
	FormatDetector::SERVICE_NAME => static function ( MediaWikiServices $services ): FormatDetector {
		return new FormatDetector( $services->getRepoGroup() );
	},
	LanguageSubpage::SERVICE_NAME => static function ( MediaWikiServices $services ): LanguageSubpage {
		return new LanguageSubpage( $services->getLanguageNameUtils() );
	},
	MetadataParser::SERVICE_NAME => static function ( MediaWikiServices $services ): MetadataParser {
		$topics = $services->getMainConfig()->get( 'TrainingsTopics' );
		return new MetadataParser(
			$services->getUserNameUtils(),
			array_values( array_map( 'strval', (array)$topics ) )
		);
	},
	ModuleCatalog::SERVICE_NAME => static function ( MediaWikiServices $services ): ModuleCatalog {
		return new ModuleCatalog( $services->getConnectionProvider() );
	},
];
