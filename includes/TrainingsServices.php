<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings;

use MediaWiki\Extension\Trainings\Catalog\CatalogCache;
use MediaWiki\Extension\Trainings\Catalog\CatalogLookup;
use MediaWiki\Extension\Trainings\Content\CourseParser;
use MediaWiki\Extension\Trainings\Content\FormatDetector;
use MediaWiki\Extension\Trainings\Content\MetadataParser;
use MediaWiki\Extension\Trainings\Export\MediaEmbedder;
use MediaWiki\Extension\Trainings\Export\OfflineAssets;
use MediaWiki\Extension\Trainings\Export\PageSource;
use MediaWiki\Extension\Trainings\Export\TrainingExporter;
use MediaWiki\Extension\Trainings\Content\LanguageSubpage;
use MediaWiki\Extension\Trainings\Progress\LearnerCheck;
use MediaWiki\Extension\Trainings\Progress\ModuleResolver;
use MediaWiki\Extension\Trainings\Progress\ProgressStore;
use MediaWiki\Extension\Trainings\Progress\RecordProgressCommand;
use MediaWiki\Extension\Trainings\Progress\ResetProgressCommand;
use MediaWiki\Extension\Trainings\Stats\StatsLookup;
use MediaWiki\Extension\Trainings\Stats\StatsRecorder;
use MediaWiki\Extension\Trainings\Translation\LanguageVersionResolver;
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

	public static function getCatalogCache( ?ContainerInterface $services = null ): CatalogCache {
		/** @var CatalogCache */
		return ( $services ?? MediaWikiServices::getInstance() )->get( CatalogCache::SERVICE_NAME );
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

	public static function getModuleCatalog( ?ContainerInterface $services = null ): CatalogLookup {
		/** @var CatalogLookup */
		return ( $services ?? MediaWikiServices::getInstance() )->get( CatalogLookup::SERVICE_NAME );
	}

	public static function getLanguageSubpage( ?ContainerInterface $services = null ): LanguageSubpage {
		/** @var LanguageSubpage */
		return ( $services ?? MediaWikiServices::getInstance() )->get( LanguageSubpage::SERVICE_NAME );
	}

	public static function getLanguageVersionResolver( ?ContainerInterface $services = null ): LanguageVersionResolver {
		/** @var LanguageVersionResolver */
		return ( $services ?? MediaWikiServices::getInstance() )->get( LanguageVersionResolver::SERVICE_NAME );
	}

	public static function getLearnerCheck( ?ContainerInterface $services = null ): LearnerCheck {
		/** @var LearnerCheck */
		return ( $services ?? MediaWikiServices::getInstance() )->get( LearnerCheck::SERVICE_NAME );
	}

	public static function getModuleResolver( ?ContainerInterface $services = null ): ModuleResolver {
		/** @var ModuleResolver */
		return ( $services ?? MediaWikiServices::getInstance() )->get( ModuleResolver::SERVICE_NAME );
	}

	public static function getProgressStore( ?ContainerInterface $services = null ): ProgressStore {
		/** @var ProgressStore */
		return ( $services ?? MediaWikiServices::getInstance() )->get( ProgressStore::SERVICE_NAME );
	}

	public static function getRecordProgressCommand( ?ContainerInterface $services = null ): RecordProgressCommand {
		/** @var RecordProgressCommand */
		return ( $services ?? MediaWikiServices::getInstance() )->get( RecordProgressCommand::SERVICE_NAME );
	}

	public static function getResetProgressCommand( ?ContainerInterface $services = null ): ResetProgressCommand {
		/** @var ResetProgressCommand */
		return ( $services ?? MediaWikiServices::getInstance() )->get( ResetProgressCommand::SERVICE_NAME );
	}

	public static function getStatsLookup( ?ContainerInterface $services = null ): StatsLookup {
		/** @var StatsLookup */
		return ( $services ?? MediaWikiServices::getInstance() )->get( StatsLookup::SERVICE_NAME );
	}

	public static function getStatsRecorder( ?ContainerInterface $services = null ): StatsRecorder {
		/** @var StatsRecorder */
		return ( $services ?? MediaWikiServices::getInstance() )->get( StatsRecorder::SERVICE_NAME );
	}

	public static function getExportMediaEmbedder( ?ContainerInterface $services = null ): MediaEmbedder {
		/** @var MediaEmbedder */
		return ( $services ?? MediaWikiServices::getInstance() )->get( MediaEmbedder::SERVICE_NAME );
	}

	public static function getExportPageSource( ?ContainerInterface $services = null ): PageSource {
		/** @var PageSource */
		return ( $services ?? MediaWikiServices::getInstance() )->get( PageSource::SERVICE_NAME );
	}

	public static function getOfflineAssets( ?ContainerInterface $services = null ): OfflineAssets {
		/** @var OfflineAssets */
		return ( $services ?? MediaWikiServices::getInstance() )->get( OfflineAssets::SERVICE_NAME );
	}

	public static function getTrainingExporter( ?ContainerInterface $services = null ): TrainingExporter {
		/** @var TrainingExporter */
		return ( $services ?? MediaWikiServices::getInstance() )->get( TrainingExporter::SERVICE_NAME );
	}

}
