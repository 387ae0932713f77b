<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings;

use MediaWiki\Extension\Trainings\Catalog\CatalogCache;
use MediaWiki\Extension\Trainings\Catalog\CatalogLookup;
use MediaWiki\Extension\Trainings\Catalog\CourseSearch;
use MediaWiki\Extension\Trainings\Catalog\ReaderVersionLookup;
use MediaWiki\Extension\Trainings\Content\CourseParser;
use MediaWiki\Extension\Trainings\Content\EmbeddedHtml;
use MediaWiki\Extension\Trainings\Content\FormatDetector;
use MediaWiki\Extension\Trainings\Content\LanguageSubpage;
use MediaWiki\Extension\Trainings\Content\LatestProperties;
use MediaWiki\Extension\Trainings\Content\MetadataParser;
use MediaWiki\Extension\Trainings\Export\MediaEmbedder;
use MediaWiki\Extension\Trainings\Export\OfflineAssets;
use MediaWiki\Extension\Trainings\Export\PageSource;
use MediaWiki\Extension\Trainings\Export\TrainingExporter;
use MediaWiki\Extension\Trainings\Certificates\CertificateCommand;
use MediaWiki\Extension\Trainings\Certificates\CertificateStore;
use MediaWiki\Extension\Trainings\Groups\CreateGroupCommand;
use MediaWiki\Extension\Trainings\Groups\GroupAccess;
use MediaWiki\Extension\Trainings\Groups\GroupCompletion;
use MediaWiki\Extension\Trainings\Groups\GroupContent;
use MediaWiki\Extension\Trainings\Groups\GroupInputCheck;
use MediaWiki\Extension\Trainings\Groups\GroupLogger;
use MediaWiki\Extension\Trainings\Groups\GroupReminders;
use MediaWiki\Extension\Trainings\Groups\GroupReportBuilder;
use MediaWiki\Extension\Trainings\Groups\GroupStore;
use MediaWiki\Extension\Trainings\Groups\ManageGroupCommand;
use MediaWiki\Extension\Trainings\Groups\MemberStore;
use MediaWiki\Extension\Trainings\Groups\MembershipCommand;
use MediaWiki\Extension\Trainings\Groups\ReminderStore;
use MediaWiki\Extension\Trainings\Import\DashboardImporter;
use MediaWiki\Extension\Trainings\Import\ImportWriter;
use MediaWiki\Extension\Trainings\Progress\LearnerCheck;
use MediaWiki\Extension\Trainings\Progress\ModuleResolver;
use MediaWiki\Extension\Trainings\Progress\ProgressStore;
use MediaWiki\Extension\Trainings\Progress\RecordProgressCommand;
use MediaWiki\Extension\Trainings\Progress\ResetProgressCommand;
use MediaWiki\Extension\Trainings\Review\DeleteFeedbackCommand;
use MediaWiki\Extension\Trainings\Review\DueNotifications;
use MediaWiki\Extension\Trainings\Review\FeedbackStore;
use MediaWiki\Extension\Trainings\Review\MaintainedModules;
use MediaWiki\Extension\Trainings\Review\MaintainerNotifications;
use MediaWiki\Extension\Trainings\Review\NotificationLimiter;
use MediaWiki\Extension\Trainings\Review\ReviewQueue;
use MediaWiki\Extension\Trainings\Review\ReviewSchedule;
use MediaWiki\Extension\Trainings\Review\SubmitFeedbackCommand;
use MediaWiki\Extension\Trainings\Reviews\ReviewCommand;
use MediaWiki\Extension\Trainings\Reviews\ReviewedProperties;
use MediaWiki\Extension\Trainings\Reviews\SearchFragmentIndex;
use MediaWiki\Extension\Trainings\Reviews\ReviewStore;
use MediaWiki\Extension\Trainings\Reviews\TranslationReviews;
use MediaWiki\Extension\Trainings\Reviews\WikitextReviewMigration;
use MediaWiki\Extension\Trainings\Stats\StatsLookup;
use MediaWiki\Extension\Trainings\Retention\DataPruner;
use MediaWiki\Extension\Trainings\Stats\StatsRecorder;
use MediaWiki\Extension\Trainings\Translation\CompletenessSource;
use MediaWiki\Extension\Trainings\Translation\LanguageVersionResolver;
use MediaWiki\Extension\Trainings\Translation\SourceSteps;
use MediaWiki\Extension\Trainings\Translation\MarkedSource;
use MediaWiki\Extension\Trainings\Zim\ZimBuilder;
use MediaWiki\Extension\Trainings\Zim\ZimDownloads;
use MediaWiki\Extension\Trainings\Zim\ZimFileStore;
use MediaWiki\Extension\Trainings\Zim\ZimLibrary;
use MediaWiki\Extension\Trainings\Zim\ZimPageWriter;
use MediaWiki\Extension\Trainings\Topics\TopicConfigPage;
use MediaWiki\Extension\Trainings\Topics\TopicListParser;
use MediaWiki\Extension\Trainings\Topics\Topics;
use MediaWiki\MediaWikiServices;
use Psr\Container\ContainerInterface;
use UnexpectedValueException;

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

	/**
	 * @template T of object
	 * @param class-string<T> $class A service class with a SERVICE_NAME constant
	 * @param ContainerInterface|null $services The global container when null
	 * @return T
	 */
	private static function service( string $class, ?ContainerInterface $services ): object {
		$service = ( $services ?? MediaWikiServices::getInstance() )->get( constant( "$class::SERVICE_NAME" ) );
		if ( !$service instanceof $class ) {
			throw new UnexpectedValueException( "The service of $class is a " . get_debug_type( $service ) );
		}
		return $service;
	}

	public static function getCatalogCache( ?ContainerInterface $services = null ): CatalogCache {
		return self::service( CatalogCache::class, $services );
	}

	public static function getCompletenessSource( ?ContainerInterface $services = null ): CompletenessSource {
		return self::service( CompletenessSource::class, $services );
	}

	public static function getCourseParser( ?ContainerInterface $services = null ): CourseParser {
		return self::service( CourseParser::class, $services );
	}

	public static function getEmbeddedHtml( ?ContainerInterface $services = null ): EmbeddedHtml {
		return self::service( EmbeddedHtml::class, $services );
	}

	public static function getFormatDetector( ?ContainerInterface $services = null ): FormatDetector {
		return self::service( FormatDetector::class, $services );
	}

	public static function getMetadataParser( ?ContainerInterface $services = null ): MetadataParser {
		return self::service( MetadataParser::class, $services );
	}

	public static function getTopics( ?ContainerInterface $services = null ): Topics {
		return self::service( Topics::class, $services );
	}

	public static function getTopicConfigPage( ?ContainerInterface $services = null ): TopicConfigPage {
		return self::service( TopicConfigPage::class, $services );
	}

	public static function getTopicListParser( ?ContainerInterface $services = null ): TopicListParser {
		return self::service( TopicListParser::class, $services );
	}

	public static function getModuleCatalog( ?ContainerInterface $services = null ): CatalogLookup {
		return self::service( CatalogLookup::class, $services );
	}

	public static function getLanguageSubpage( ?ContainerInterface $services = null ): LanguageSubpage {
		return self::service( LanguageSubpage::class, $services );
	}

	public static function getLatestProperties( ?ContainerInterface $services = null ): LatestProperties {
		return self::service( LatestProperties::class, $services );
	}

	public static function getSourceSteps( ?ContainerInterface $services = null ): SourceSteps {
		return self::service( SourceSteps::class, $services );
	}

	public static function getLanguageVersionResolver( ?ContainerInterface $services = null ): LanguageVersionResolver {
		return self::service( LanguageVersionResolver::class, $services );
	}

	public static function getReaderVersionLookup( ?ContainerInterface $services = null ): ReaderVersionLookup {
		return self::service( ReaderVersionLookup::class, $services );
	}

	public static function getLearnerCheck( ?ContainerInterface $services = null ): LearnerCheck {
		return self::service( LearnerCheck::class, $services );
	}

	public static function getModuleResolver( ?ContainerInterface $services = null ): ModuleResolver {
		return self::service( ModuleResolver::class, $services );
	}

	public static function getProgressStore( ?ContainerInterface $services = null ): ProgressStore {
		return self::service( ProgressStore::class, $services );
	}

	public static function getRecordProgressCommand( ?ContainerInterface $services = null ): RecordProgressCommand {
		return self::service( RecordProgressCommand::class, $services );
	}

	public static function getResetProgressCommand( ?ContainerInterface $services = null ): ResetProgressCommand {
		return self::service( ResetProgressCommand::class, $services );
	}

	public static function getStatsLookup( ?ContainerInterface $services = null ): StatsLookup {
		return self::service( StatsLookup::class, $services );
	}

	public static function getDataPruner( ?ContainerInterface $services = null ): DataPruner {
		return self::service( DataPruner::class, $services );
	}

	public static function getStatsRecorder( ?ContainerInterface $services = null ): StatsRecorder {
		return self::service( StatsRecorder::class, $services );
	}

	public static function getExportMediaEmbedder( ?ContainerInterface $services = null ): MediaEmbedder {
		return self::service( MediaEmbedder::class, $services );
	}

	public static function getExportPageSource( ?ContainerInterface $services = null ): PageSource {
		return self::service( PageSource::class, $services );
	}

	public static function getOfflineAssets( ?ContainerInterface $services = null ): OfflineAssets {
		return self::service( OfflineAssets::class, $services );
	}

	public static function getTrainingExporter( ?ContainerInterface $services = null ): TrainingExporter {
		return self::service( TrainingExporter::class, $services );
	}

	public static function getZimBuilder( ?ContainerInterface $services = null ): ZimBuilder {
		return self::service( ZimBuilder::class, $services );
	}

	public static function getZimDownloads( ?ContainerInterface $services = null ): ZimDownloads {
		return self::service( ZimDownloads::class, $services );
	}

	public static function getZimFileStore( ?ContainerInterface $services = null ): ZimFileStore {
		return self::service( ZimFileStore::class, $services );
	}

	public static function getZimLibrary( ?ContainerInterface $services = null ): ZimLibrary {
		return self::service( ZimLibrary::class, $services );
	}

	public static function getZimPageWriter( ?ContainerInterface $services = null ): ZimPageWriter {
		return self::service( ZimPageWriter::class, $services );
	}

	public static function getDeleteFeedbackCommand( ?ContainerInterface $services = null ): DeleteFeedbackCommand {
		return self::service( DeleteFeedbackCommand::class, $services );
	}

	public static function getDueNotifications( ?ContainerInterface $services = null ): DueNotifications {
		return self::service( DueNotifications::class, $services );
	}

	public static function getFeedbackStore( ?ContainerInterface $services = null ): FeedbackStore {
		return self::service( FeedbackStore::class, $services );
	}

	public static function getMaintainedModules( ?ContainerInterface $services = null ): MaintainedModules {
		return self::service( MaintainedModules::class, $services );
	}

	public static function getMaintainerNotifications( ?ContainerInterface $services = null ): MaintainerNotifications {
		return self::service( MaintainerNotifications::class, $services );
	}

	public static function getNotificationLimiter( ?ContainerInterface $services = null ): NotificationLimiter {
		return self::service( NotificationLimiter::class, $services );
	}

	public static function getReviewCommand( ?ContainerInterface $services = null ): ReviewCommand {
		return self::service( ReviewCommand::class, $services );
	}

	public static function getReviewedProperties( ?ContainerInterface $services = null ): ReviewedProperties {
		return self::service( ReviewedProperties::class, $services );
	}

	public static function getCourseSearch( ?ContainerInterface $services = null ): CourseSearch {
		return self::service( CourseSearch::class, $services );
	}

	public static function getSearchFragmentIndex( ?ContainerInterface $services = null ): SearchFragmentIndex {
		return self::service( SearchFragmentIndex::class, $services );
	}

	public static function getMarkedSource( ?ContainerInterface $services = null ): MarkedSource {
		return self::service( MarkedSource::class, $services );
	}

	public static function getTranslationReviews( ?ContainerInterface $services = null ): TranslationReviews {
		return self::service( TranslationReviews::class, $services );
	}

	public static function getWikitextReviewMigration( ?ContainerInterface $services = null ): WikitextReviewMigration {
		return self::service( WikitextReviewMigration::class, $services );
	}

	public static function getReviewStore( ?ContainerInterface $services = null ): ReviewStore {
		return self::service( ReviewStore::class, $services );
	}

	public static function getReviewQueue( ?ContainerInterface $services = null ): ReviewQueue {
		return self::service( ReviewQueue::class, $services );
	}

	public static function getReviewSchedule( ?ContainerInterface $services = null ): ReviewSchedule {
		return self::service( ReviewSchedule::class, $services );
	}

	public static function getSubmitFeedbackCommand( ?ContainerInterface $services = null ): SubmitFeedbackCommand {
		return self::service( SubmitFeedbackCommand::class, $services );
	}

	public static function getGroupAccess( ?ContainerInterface $services = null ): GroupAccess {
		return self::service( GroupAccess::class, $services );
	}

	public static function getGroupContent( ?ContainerInterface $services = null ): GroupContent {
		return self::service( GroupContent::class, $services );
	}

	public static function getGroupInputCheck( ?ContainerInterface $services = null ): GroupInputCheck {
		return self::service( GroupInputCheck::class, $services );
	}

	public static function getGroupLogger( ?ContainerInterface $services = null ): GroupLogger {
		return self::service( GroupLogger::class, $services );
	}

	public static function getGroupStore( ?ContainerInterface $services = null ): GroupStore {
		return self::service( GroupStore::class, $services );
	}

	public static function getMemberStore( ?ContainerInterface $services = null ): MemberStore {
		return self::service( MemberStore::class, $services );
	}

	public static function getCreateGroupCommand( ?ContainerInterface $services = null ): CreateGroupCommand {
		return self::service( CreateGroupCommand::class, $services );
	}

	public static function getManageGroupCommand( ?ContainerInterface $services = null ): ManageGroupCommand {
		return self::service( ManageGroupCommand::class, $services );
	}

	public static function getMembershipCommand( ?ContainerInterface $services = null ): MembershipCommand {
		return self::service( MembershipCommand::class, $services );
	}

	public static function getGroupReportBuilder( ?ContainerInterface $services = null ): GroupReportBuilder {
		return self::service( GroupReportBuilder::class, $services );
	}

	public static function getCertificateCommand( ?ContainerInterface $services = null ): CertificateCommand {
		return self::service( CertificateCommand::class, $services );
	}

	public static function getCertificateStore( ?ContainerInterface $services = null ): CertificateStore {
		return self::service( CertificateStore::class, $services );
	}

	public static function getGroupCompletion( ?ContainerInterface $services = null ): GroupCompletion {
		return self::service( GroupCompletion::class, $services );
	}

	public static function getGroupReminders( ?ContainerInterface $services = null ): GroupReminders {
		return self::service( GroupReminders::class, $services );
	}

	public static function getReminderStore( ?ContainerInterface $services = null ): ReminderStore {
		return self::service( ReminderStore::class, $services );
	}

	// The Dashboard import (includes/ImportServiceWiring.php, decision record 0021).

	public static function getDashboardImporter( ?ContainerInterface $services = null ): DashboardImporter {
		return self::service( DashboardImporter::class, $services );
	}

	public static function getImportWriter( ?ContainerInterface $services = null ): ImportWriter {
		return self::service( ImportWriter::class, $services );
	}
}
