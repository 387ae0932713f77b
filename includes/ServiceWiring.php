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
use MediaWiki\Extension\Trainings\Catalog\CourseSearch;
use MediaWiki\Extension\Trainings\Catalog\ModuleCatalog;
use MediaWiki\Extension\Trainings\Catalog\ReaderVersionLookup;
use MediaWiki\Extension\Trainings\Catalog\TextSearchCatalog;
use MediaWiki\Extension\Trainings\Content\CourseParser;
use MediaWiki\Extension\Trainings\Content\EmbeddedHtml;
use MediaWiki\Extension\Trainings\Content\FormatDetector;
use MediaWiki\Extension\Trainings\Content\LanguageSubpage;
use MediaWiki\Extension\Trainings\Content\LatestProperties;
use MediaWiki\Extension\Trainings\Content\MetadataParser;
use MediaWiki\Extension\Trainings\Content\QuizParser;
use MediaWiki\Extension\Trainings\Export\MediaEmbedder;
use MediaWiki\Extension\Trainings\Export\OfflineAssets;
use MediaWiki\Extension\Trainings\Export\PageSource;
use MediaWiki\Extension\Trainings\Export\TrainingExporter;
use MediaWiki\Extension\Trainings\Hooks\ParsoidReadViewHandler;
use MediaWiki\Extension\Trainings\Integrations\EchoNotifier;
use MediaWiki\Extension\Trainings\Integrations\SpamBlacklistChecker;
use MediaWiki\Extension\Trainings\Progress\LearnerCheck;
use MediaWiki\Extension\Trainings\Progress\ModuleResolver;
use MediaWiki\Extension\Trainings\Progress\ProgressStore;
use MediaWiki\Extension\Trainings\Progress\QuizVerifier;
use MediaWiki\Extension\Trainings\Progress\RecordProgressCommand;
use MediaWiki\Extension\Trainings\Progress\RevisionQuizzes;
use MediaWiki\Extension\Trainings\Progress\ResetProgressCommand;
use MediaWiki\Extension\Trainings\MaintenanceLoop\DeleteFeedbackCommand;
use MediaWiki\Extension\Trainings\MaintenanceLoop\DueNotifications;
use MediaWiki\Extension\Trainings\MaintenanceLoop\FeedbackStore;
use MediaWiki\Extension\Trainings\MaintenanceLoop\MaintainedModules;
use MediaWiki\Extension\Trainings\MaintenanceLoop\MaintainerNotifications;
use MediaWiki\Extension\Trainings\MaintenanceLoop\NotificationLimiter;
use MediaWiki\Extension\Trainings\MaintenanceLoop\MissingTargets;
use MediaWiki\Extension\Trainings\MaintenanceLoop\QueueThresholds;
use MediaWiki\Extension\Trainings\MaintenanceLoop\ReviewQueue;
use MediaWiki\Extension\Trainings\MaintenanceLoop\ReviewSchedule;
use MediaWiki\Extension\Trainings\MaintenanceLoop\SubmitFeedbackCommand;
use MediaWiki\Extension\Trainings\Reviews\ReviewCommand;
use MediaWiki\Extension\Trainings\Reviews\ReviewedProperties;
use MediaWiki\Extension\Trainings\Reviews\ReviewStore;
use MediaWiki\Extension\Trainings\Reviews\SearchFragmentIndex;
use MediaWiki\Extension\Trainings\Reviews\TranslationReviews;
use MediaWiki\Extension\Trainings\Reviews\WikitextReviewMigration;
use MediaWiki\Extension\Trainings\Stats\PhpRandomSource;
use MediaWiki\Extension\Trainings\Stats\StatsLookup;
use MediaWiki\Extension\Trainings\Retention\DataPruner;
use MediaWiki\Extension\Trainings\Stats\StatsRecorder;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Extension\Trainings\Translation\LanguageVersionResolver;
use MediaWiki\Extension\Trainings\Translation\SourceSteps;
use MediaWiki\Extension\Trainings\Translation\CompletenessSource;
use MediaWiki\Extension\Trainings\Translation\MarkedSource;
use MediaWiki\Extension\Trainings\Translation\NoMarkedSource;
use MediaWiki\Extension\Trainings\Translation\SubpageCompletenessSource;
use MediaWiki\Extension\Trainings\Translation\TranslateCompletenessSource;
use MediaWiki\Extension\Trainings\Translation\TranslateMarkedSource;
use MediaWiki\MainConfigNames;
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
		// Search inside modules asks the wiki's search engine first (design record 0023).
		return new TextSearchCatalog(
			new CachedModuleCatalog(
				new ModuleCatalog(
					$services->getConnectionProvider(),
					TrainingsServices::getLanguageSubpage( $services ),
					$services->getContentLanguage()->getCode()
				),
				TrainingsServices::getCatalogCache( $services )
			),
			$services->getSearchEngineFactory(),
			TrainingsServices::getLanguageSubpage( $services ),
			TrainingsServices::getReviewStore( $services ),
			$services->getContentLanguage()->getCode()
		);
	},
	CompletenessSource::SERVICE_NAME => static function ( MediaWikiServices $services ): CompletenessSource {
		$completeness = new SubpageCompletenessSource();
		$config = $services->getMainConfig();
		// Translate is optional: its classes are only touched when it is loaded (with page translation on).
		if ( ExtensionRegistry::getInstance()->isLoaded( 'Translate' )
			&& ( !$config->has( 'EnablePageTranslation' ) || $config->get( 'EnablePageTranslation' ) )
		) {
			$completeness = new TranslateCompletenessSource( $completeness, $services->getConnectionProvider() );
		}
		return $completeness;
	},
	CourseParser::SERVICE_NAME => static function ( MediaWikiServices $services ): CourseParser {
		return new CourseParser(
			$services->getTitleParser(),
			$services->getLinkBatchFactory(),
			TrainingsServices::getLanguageSubpage( $services )
		);
	},
	CourseSearch::SERVICE_NAME => static function ( MediaWikiServices $services ): CourseSearch {
		return new CourseSearch( TrainingsServices::getModuleCatalog( $services ) );
	},
	EmbeddedHtml::SERVICE_NAME => static function ( MediaWikiServices $services ): EmbeddedHtml {
		return new EmbeddedHtml( (string)$services->getMainConfig()->get( MainConfigNames::SecretKey ) );
	},
	FormatDetector::SERVICE_NAME => static function ( MediaWikiServices $services ): FormatDetector {
		return new FormatDetector( $services->getRepoGroup() );
	},
	LanguageSubpage::SERVICE_NAME => static function ( MediaWikiServices $services ): LanguageSubpage {
		return new LanguageSubpage( $services->getLanguageNameUtils() );
	},
	LatestProperties::SERVICE_NAME => static function ( MediaWikiServices $services ): LatestProperties {
		return new LatestProperties( $services->getPageProps() );
	},
	SourceSteps::SERVICE_NAME => static function ( MediaWikiServices $services ): SourceSteps {
		return new SourceSteps(
			TrainingsServices::getLanguageSubpage( $services ),
			$services->getPageStore(),
			TrainingsServices::getLatestProperties( $services ),
			$services->getParserOutputAccess(),
			$services->getLanguageFactory(),
			$services->getRevisionLookup()
		);
	},
	LanguageVersionResolver::SERVICE_NAME => static function ( MediaWikiServices $services ): LanguageVersionResolver {
		return new LanguageVersionResolver(
			$services->getConnectionProvider(),
			$services->getLanguageFallback(),
			TrainingsServices::getLanguageSubpage( $services ),
			TrainingsServices::getCompletenessSource( $services )
		);
	},
	ReaderVersionLookup::SERVICE_NAME => static function ( MediaWikiServices $services ): ReaderVersionLookup {
		return new ReaderVersionLookup(
			$services->getConnectionProvider(),
			$services->getLanguageFactory(),
			TrainingsServices::getLanguageVersionResolver( $services ),
			$services->getContentLanguage()->getCode()
		);
	},
	LearnerCheck::SERVICE_NAME => static function ( MediaWikiServices $services ): LearnerCheck {
		return new LearnerCheck( $services->getCentralIdLookup(), $services->getReadOnlyMode() );
	},
	MediaEmbedder::SERVICE_NAME => static function ( MediaWikiServices $services ): MediaEmbedder {
		return new MediaEmbedder( $services->getRepoGroup(), $services->getUrlUtils() );
	},
	MetadataParser::SERVICE_NAME => static function ( MediaWikiServices $services ): MetadataParser {
		return new MetadataParser( $services->getUserNameUtils(), TrainingsServices::getTopics( $services ) );
	},
	ModuleResolver::SERVICE_NAME => static function ( MediaWikiServices $services ): ModuleResolver {
		return new ModuleResolver(
			$services->getConnectionProvider(),
			TrainingsServices::getLanguageSubpage( $services ),
			TrainingsServices::getLatestProperties( $services ),
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
			TrainingsServices::getLanguageVersionResolver( $services ),
			TrainingsServices::getReviewStore( $services ),
			$services->getRevisionLookup()
		);
	},
	ProgressStore::SERVICE_NAME => static function ( MediaWikiServices $services ): ProgressStore {
		return new ProgressStore( $services->getConnectionProvider(), WikiMap::getCurrentWikiId() );
	},
	RecordProgressCommand::SERVICE_NAME => static function ( MediaWikiServices $services ): RecordProgressCommand {
		return new RecordProgressCommand(
			TrainingsServices::getLearnerCheck( $services ),
			TrainingsServices::getProgressStore( $services ),
			new QuizVerifier( new RevisionQuizzes(
				$services->getRevisionLookup(), $services->getMainWANObjectCache(), new QuizParser(),
				$services->getPageStore(), $services->getParserOutputAccess(),
				TrainingsServices::getLanguageSubpage( $services ),
				// Parsoid page views show no steps of a source (Hooks\ParsoidReadViewHandler).
				$services->getMainConfig()->get( ParsoidReadViewHandler::CONFIG ) === 'on'
			) ),
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
	DataPruner::SERVICE_NAME => static function ( MediaWikiServices $services ): DataPruner {
		$config = $services->getMainConfig();
		return new DataPruner(
			$services->getConnectionProvider(),
			$services->getDBLoadBalancerFactory(),
			WikiMap::getCurrentWikiId(),
			max( 0, (int)$config->get( 'TrainingsStatsRetentionDays' ) ),
			max( 0, (int)$config->get( 'TrainingsFeedbackRetentionDays' ) )
		);
	},
	SearchFragmentIndex::SERVICE_NAME => static function ( MediaWikiServices $services ): SearchFragmentIndex {
		return new SearchFragmentIndex(
			$services->getConnectionProvider(),
			TrainingsServices::getLanguageSubpage( $services )
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
			$services->getJobQueueGroup(),
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

	DeleteFeedbackCommand::SERVICE_NAME => static function ( MediaWikiServices $services ): DeleteFeedbackCommand {
		return new DeleteFeedbackCommand(
			TrainingsServices::getFeedbackStore( $services ),
			$services->getReadOnlyMode()
		);
	},
	DueNotifications::SERVICE_NAME => static function ( MediaWikiServices $services ): DueNotifications {
		return new DueNotifications(
			TrainingsServices::getReviewQueue( $services ),
			TrainingsServices::getMaintainerNotifications( $services )
		);
	},
	FeedbackStore::SERVICE_NAME => static function ( MediaWikiServices $services ): FeedbackStore {
		return new FeedbackStore( $services->getConnectionProvider(), WikiMap::getCurrentWikiId() );
	},
	MaintainedModules::SERVICE_NAME => static function ( MediaWikiServices $services ): MaintainedModules {
		return new MaintainedModules(
			$services->getConnectionProvider(),
			TrainingsServices::getLanguageSubpage( $services )
		);
	},
	MaintainerNotifications::SERVICE_NAME => static function ( MediaWikiServices $services ): MaintainerNotifications {
		return new MaintainerNotifications(
			$services->getUserIdentityLookup(),
			TrainingsServices::getNotificationLimiter( $services ),
			// Echo is optional: without it the queue is the only way maintainers learn.
			ExtensionRegistry::getInstance()->isLoaded( 'Echo' )
				? new EchoNotifier( $services->getTitleFactory() ) : null
		);
	},
	// Reviewed versions (design record 0017).
	ReviewStore::SERVICE_NAME => static function ( MediaWikiServices $services ): ReviewStore {
		return new ReviewStore( $services->getConnectionProvider() );
	},
	ReviewedProperties::SERVICE_NAME => static function ( MediaWikiServices $services ): ReviewedProperties {
		return new ReviewedProperties(
			$services->getConnectionProvider(),
			// The catalog's word index follows the search key (design record 0023).
			TrainingsServices::getSearchFragmentIndex( $services )
		);
	},
	ReviewCommand::SERVICE_NAME => static function ( MediaWikiServices $services ): ReviewCommand {
		return new ReviewCommand(
			$services->getPageStore(),
			$services->getRevisionLookup(),
			$services->getParserOutputAccess(),
			$services->getActorNormalization(),
			$services->getConnectionProvider(),
			TrainingsServices::getReviewStore( $services ),
			TrainingsServices::getReviewedProperties( $services ),
			TrainingsServices::getCatalogCache( $services ),
			$services->getJobQueueGroup(),
			$services->getBacklinkCacheFactory()
		);
	},
	MarkedSource::SERVICE_NAME => static function ( MediaWikiServices $services ): MarkedSource {
		// Translate is optional: its classes are only touched when it is loaded (with page translation on).
		$config = $services->getMainConfig();
		return ExtensionRegistry::getInstance()->isLoaded( 'Translate' )
			&& ( !$config->has( 'EnablePageTranslation' ) || $config->get( 'EnablePageTranslation' ) )
			? new TranslateMarkedSource() : new NoMarkedSource();
	},
	TranslationReviews::SERVICE_NAME => static function ( MediaWikiServices $services ): TranslationReviews {
		return new TranslationReviews(
			TrainingsServices::getMarkedSource( $services ),
			$services->getPageStore(),
			$services->getRevisionLookup(),
			$services->getConnectionProvider(),
			TrainingsServices::getReviewStore( $services ),
			TrainingsServices::getReviewCommand( $services ),
			$services->getMessageFormatterFactory()->getTextFormatter( $services->getContentLanguage()->getCode() )
		);
	},
	WikitextReviewMigration::SERVICE_NAME => static function ( MediaWikiServices $services ): WikitextReviewMigration {
		return new WikitextReviewMigration(
			$services->getConnectionProvider(),
			$services->getPageStore(),
			$services->getRevisionLookup(),
			$services->getParserOutputAccess(),
			TrainingsServices::getReviewCommand( $services ),
			TrainingsServices::getReviewedProperties( $services ),
			TrainingsServices::getLatestProperties( $services )
		);
	},
	NotificationLimiter::SERVICE_NAME => static function ( MediaWikiServices $services ): NotificationLimiter {
		return new NotificationLimiter( $services->getConnectionProvider(), WikiMap::getCurrentWikiId(),
			$services->getMainObjectStash(),
			(int)$services->getMainConfig()->get( 'TrainingsNotificationsPerRecipientPerDay' ) );
	},
	ReviewQueue::SERVICE_NAME => static function ( MediaWikiServices $services ): ReviewQueue {
		$config = $services->getMainConfig();
		return new ReviewQueue(
			modules: TrainingsServices::getMaintainedModules( $services ),
			feedbackStore: TrainingsServices::getFeedbackStore( $services ),
			schedule: TrainingsServices::getReviewSchedule( $services ),
			completeness: TrainingsServices::getCompletenessSource( $services ),
			stats: TrainingsServices::getStatsLookup( $services ),
			missingTargets: new MissingTargets(
				$services->getConnectionProvider(), $services->getLinksMigration(), $services->getRepoGroup() ),
			sourceLanguage: $services->getContentLanguage()->getCode(),
			thresholds: new QueueThresholds(
				completeness: (float)$config->get( 'TrainingsTranslationThreshold' ),
				lowFirstTry: (float)$config->get( 'TrainingsLowFirstTryRate' ),
				minAnswers: (int)$config->get( 'TrainingsFirstTryMinAnswers' )
			)
		);
	},
	ReviewSchedule::SERVICE_NAME => static function ( MediaWikiServices $services ): ReviewSchedule {
		return new ReviewSchedule( (int)$services->getMainConfig()->get( 'TrainingsReviewIntervalDays' ) );
	},
	SubmitFeedbackCommand::SERVICE_NAME => static function ( MediaWikiServices $services ): SubmitFeedbackCommand {
		return new SubmitFeedbackCommand(
			TrainingsServices::getFeedbackStore( $services ),
			TrainingsServices::getMaintainerNotifications( $services ),
			TrainingsServices::getReviewedProperties( $services ),
			$services->getReadOnlyMode(),
			// SpamBlacklist is optional too.
			ExtensionRegistry::getInstance()->isLoaded( 'SpamBlacklist' )
				? new SpamBlacklistChecker( $services->getTitleFactory(), $services->getUserFactory() ) : null,
			(bool)$services->getMainConfig()->get( 'TrainingsFeedbackAnonymousComments' )
		);
	},
];
