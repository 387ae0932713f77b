<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings;

use MediaWiki\Extension\Trainings\Catalog\ModuleCatalog;
use MediaWiki\Extension\Trainings\Content\CourseParser;
use MediaWiki\Extension\Trainings\Content\FormatDetector;
use MediaWiki\Extension\Trainings\Content\MetadataParser;
use MediaWiki\Extension\Trainings\Content\LanguageSubpage;
use MediaWiki\MediaWikiServices;
use Psr\Container\ContainerInterface;

/**
 * Typed access to the extension's services.
 *
 * Only for places where constructor injection is impossible (static callbacks,
 * ResourceLoader package file callbacks, maintenance scripts). Special pages,
 * API modules and hook handlers get their services injected through
 * extension.json instead.
 *
 * @license GPL-2.0-or-later
 */
final class TrainingsServices {

	private function __construct() {
		// Static accessors only.
	}

	public static function getCourseParser( ?ContainerInterface $services = null ): CourseParser {
		/** @var CourseParser */
		return ( $services ?? MediaWikiServices::getInstance() )->get( CourseParser::SERVICE_NAME );
	}

	public static function getFormatDetector( ?ContainerInterface $services = null ): FormatDetector {
		/** @var FormatDetector */
		return ( $services ?? MediaWikiServices::getInstance() )->get( FormatDetector::SERVICE_NAME );
	}

	public static function getMetadataParser( ?ContainerInterface $services = null ): MetadataParser {
		/** @var MetadataParser */
		return ( $services ?? MediaWikiServices::getInstance() )->get( MetadataParser::SERVICE_NAME );
	}

	public static function getModuleCatalog( ?ContainerInterface $services = null ): ModuleCatalog {
		/** @var ModuleCatalog */
		return ( $services ?? MediaWikiServices::getInstance() )->get( ModuleCatalog::SERVICE_NAME );
	}

	public static function getLanguageSubpage( ?ContainerInterface $services = null ): LanguageSubpage {
		/** @var LanguageSubpage */
		return ( $services ?? MediaWikiServices::getInstance() )->get( LanguageSubpage::SERVICE_NAME );
	}

}
