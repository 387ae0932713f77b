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

use MediaWiki\Extension\Trainings\Catalog\CachedModuleCatalog;
use MediaWiki\Extension\Trainings\Catalog\CatalogCache;
use MediaWiki\Extension\Trainings\Catalog\CatalogLookup;
use MediaWiki\Extension\Trainings\Catalog\ModuleCatalog;
use MediaWiki\Extension\Trainings\Content\CourseParser;
use MediaWiki\Extension\Trainings\Content\FormatDetector;
use MediaWiki\Extension\Trainings\Content\LanguageSubpage;
use MediaWiki\Extension\Trainings\Content\MetadataParser;
use MediaWiki\Extension\Trainings\Export\MediaEmbedder;
use MediaWiki\Extension\Trainings\Export\OfflineAssets;
use MediaWiki\Extension\Trainings\Export\PageSource;
use MediaWiki\Extension\Trainings\Export\TrainingExporter;
use MediaWiki\Extension\Trainings\Progress\LearnerCheck;
use MediaWiki\Extension\Trainings\Progress\ModuleResolver;
use MediaWiki\Extension\Trainings\Progress\ProgressStore;
use MediaWiki\Extension\Trainings\Progress\RecordProgressCommand;
use MediaWiki\Extension\Trainings\Progress\ResetProgressCommand;
use MediaWiki\Extension\Trainings\Stats\PhpRandomSource;
use MediaWiki\Extension\Trainings\Stats\StatsLookup;
use MediaWiki\Extension\Trainings\Stats\StatsRecorder;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Extension\Trainings\Translation\LanguageVersionResolver;
use MediaWiki\Extension\Trainings\Translation\SubpageCompletenessSource;
use MediaWiki\Extension\Trainings\Translation\TranslateCompletenessSource;
use MediaWiki\MediaWikiServices;
use MediaWiki\Registration\ExtensionRegistry;
use MediaWiki\WikiMap\WikiMap;

/** @phpcs-require-sorted-array */
return [
	CatalogCache::SERVICE_NAME => static function ( MediaWikiServices $services ): CatalogCache {
		return new CatalogCache(
			$services->getMainWANObjectCache(),
			WikiMap::getCurrentWikiId()
		);
	},
	CatalogLookup::SERVICE_NAME => static function ( MediaWikiServices $services ): CatalogLookup {
		return new CachedModuleCatalog(
			new ModuleCatalog(
				$services->getConnectionProvider(),
				TrainingsServices::getLanguageSubpage( $services ),
				$services->getContentLanguage()->getCode()
			),
			TrainingsServices::getCatalogCache( $services )
		);
	},
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
	LanguageVersionResolver::SERVICE_NAME => static function ( MediaWikiServices $services ): LanguageVersionResolver {
		$completeness = new SubpageCompletenessSource();
		$config = $services->getMainConfig();
		// Translate is optional: its classes are only touched when it is loaded (with page translation on).
		if ( ExtensionRegistry::getInstance()->isLoaded( 'Translate' )
			&& ( !$config->has( 'EnablePageTranslation' ) || $config->get( 'EnablePageTranslation' ) )
		) {
			$completeness = new TranslateCompletenessSource( $completeness );
		}
		return new LanguageVersionResolver(
			$services->getConnectionProvider(),
			$services->getLanguageFallback(),
			TrainingsServices::getLanguageSubpage( $services ),
			$completeness
		);
	},
	LearnerCheck::SERVICE_NAME => static function ( MediaWikiServices $services ): LearnerCheck {
		return new LearnerCheck( $services->getCentralIdLookup(), $services->getReadOnlyMode() );
	},
	MediaEmbedder::SERVICE_NAME => static function ( MediaWikiServices $services ): MediaEmbedder {
		return new MediaEmbedder( $services->getRepoGroup(), $services->getUrlUtils() );
	},
	MetadataParser::SERVICE_NAME => static function ( MediaWikiServices $services ): MetadataParser {
		$topics = $services->getMainConfig()->get( 'TrainingsTopics' );
		return new MetadataParser(
			$services->getUserNameUtils(),
			array_values( array_map( 'strval', (array)$topics ) )
		);
	},
	ModuleResolver::SERVICE_NAME => static function ( MediaWikiServices $services ): ModuleResolver {
		return new ModuleResolver(
			$services->getConnectionProvider(),
			TrainingsServices::getLanguageSubpage( $services ),
			$services->getContentLanguage()->getCode()
		);
	},
	OfflineAssets::SERVICE_NAME => static function (): OfflineAssets {
		return new OfflineAssets( dirname( __DIR__ ) . '/resources/dist/offline' );
	},
	PageSource::SERVICE_NAME => static function ( MediaWikiServices $services ): PageSource {
		return new PageSource(
			$services->getPageStore(),
			$services->getParserOutputAccess(),
			TrainingsServices::getLanguageSubpage( $services ),
			$services->getLanguageFallback()
		);
	},
	ProgressStore::SERVICE_NAME => static function ( MediaWikiServices $services ): ProgressStore {
		return new ProgressStore( $services->getConnectionProvider(), WikiMap::getCurrentWikiId() );
	},
	RecordProgressCommand::SERVICE_NAME => static function ( MediaWikiServices $services ): RecordProgressCommand {
		return new RecordProgressCommand(
			TrainingsServices::getLearnerCheck( $services ),
			TrainingsServices::getProgressStore( $services ),
			// The statistics count starts, completions and quiz answers (Progress does not know Stats).
			TrainingsServices::getStatsRecorder( $services )
		);
	},
	ResetProgressCommand::SERVICE_NAME => static function ( MediaWikiServices $services ): ResetProgressCommand {
		return new ResetProgressCommand(
			TrainingsServices::getLearnerCheck( $services ),
			TrainingsServices::getProgressStore( $services )
		);
	},
	StatsLookup::SERVICE_NAME => static function ( MediaWikiServices $services ): StatsLookup {
		return new StatsLookup( $services->getConnectionProvider(), WikiMap::getCurrentWikiId() );
	},
	StatsRecorder::SERVICE_NAME => static function ( MediaWikiServices $services ): StatsRecorder {
		return new StatsRecorder(
			$services->getConnectionProvider(),
			$services->getPageStore(),
			TrainingsServices::getLanguageSubpage( $services ),
			$services->getContentLanguage()->getCode(),
			WikiMap::getCurrentWikiId(),
			max( 1, (int)$services->getMainConfig()->get( 'TrainingsStatsViewSampling' ) ),
			new PhpRandomSource()
		);
	},
	TrainingExporter::SERVICE_NAME => static function ( MediaWikiServices $services ): TrainingExporter {
		return new TrainingExporter(
			TrainingsServices::getExportPageSource( $services ),
			TrainingsServices::getExportMediaEmbedder( $services ),
			TrainingsServices::getOfflineAssets( $services ),
			TrainingsServices::getLanguageSubpage( $services ),
			$services->getMessageFormatterFactory(),
			$services->getUrlUtils(),
			(int)$services->getMainConfig()->get( 'TrainingsExportMaxBytes' )
		);
	},
];
