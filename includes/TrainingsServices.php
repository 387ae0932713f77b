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
use MediaWiki\Extension\Trainings\MaintenanceLoop\DeleteFeedbackCommand;
use MediaWiki\Extension\Trainings\MaintenanceLoop\DueNotifications;
use MediaWiki\Extension\Trainings\MaintenanceLoop\FeedbackStore;
use MediaWiki\Extension\Trainings\MaintenanceLoop\MaintainedModules;
use MediaWiki\Extension\Trainings\MaintenanceLoop\MaintainerNotifications;
use MediaWiki\Extension\Trainings\MaintenanceLoop\NotificationLimiter;
use MediaWiki\Extension\Trainings\MaintenanceLoop\ReviewQueue;
use MediaWiki\Extension\Trainings\MaintenanceLoop\ReviewSchedule;
use MediaWiki\Extension\Trainings\MaintenanceLoop\SubmitFeedbackCommand;
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

/**
 * Typed access to the extension's services.
 *
 * Only for places where constructor injection is impossible (static callbacks,
 * ResourceLoader package file callbacks, maintenance scripts). Special pages,
 * API modules and hook handlers get their services injected through
 * extension.json instead. Each getter's return type is the check of what the container
 * holds (TrainingsServicesTest calls every one).
 *
 * @license GPL-2.0-or-later
 */
final class TrainingsServices {

	private function __construct() {
		// Static accessors only.
	}

	public static function getCatalogCache( ?ContainerInterface $services = null ): CatalogCache {
		return ( $services ?? MediaWikiServices::getInstance() )->get( CatalogCache::SERVICE_NAME );
	}

	public static function getCompletenessSource( ?ContainerInterface $services = null ): CompletenessSource {
		return ( $services ?? MediaWikiServices::getInstance() )->get( CompletenessSource::SERVICE_NAME );
	}

	public static function getCourseParser( ?ContainerInterface $services = null ): CourseParser {
		return ( $services ?? MediaWikiServices::getInstance() )->get( CourseParser::SERVICE_NAME );
	}

	public static function getEmbeddedHtml( ?ContainerInterface $services = null ): EmbeddedHtml {
		return ( $services ?? MediaWikiServices::getInstance() )->get( EmbeddedHtml::SERVICE_NAME );
	}

	public static function getFormatDetector( ?ContainerInterface $services = null ): FormatDetector {
		return ( $services ?? MediaWikiServices::getInstance() )->get( FormatDetector::SERVICE_NAME );
	}

	public static function getMetadataParser( ?ContainerInterface $services = null ): MetadataParser {
		return ( $services ?? MediaWikiServices::getInstance() )->get( MetadataParser::SERVICE_NAME );
	}

	public static function getTopics( ?ContainerInterface $services = null ): Topics {
		return ( $services ?? MediaWikiServices::getInstance() )->get( Topics::SERVICE_NAME );
	}

	public static function getTopicConfigPage( ?ContainerInterface $services = null ): TopicConfigPage {
		return ( $services ?? MediaWikiServices::getInstance() )->get( TopicConfigPage::SERVICE_NAME );
	}

	public static function getTopicListParser( ?ContainerInterface $services = null ): TopicListParser {
		return ( $services ?? MediaWikiServices::getInstance() )->get( TopicListParser::SERVICE_NAME );
	}

	public static function getModuleCatalog( ?ContainerInterface $services = null ): CatalogLookup {
		return ( $services ?? MediaWikiServices::getInstance() )->get( CatalogLookup::SERVICE_NAME );
	}

	public static function getLanguageSubpage( ?ContainerInterface $services = null ): LanguageSubpage {
		return ( $services ?? MediaWikiServices::getInstance() )->get( LanguageSubpage::SERVICE_NAME );
	}

	public static function getLatestProperties( ?ContainerInterface $services = null ): LatestProperties {
		return ( $services ?? MediaWikiServices::getInstance() )->get( LatestProperties::SERVICE_NAME );
	}

	public static function getSourceSteps( ?ContainerInterface $services = null ): SourceSteps {
		return ( $services ?? MediaWikiServices::getInstance() )->get( SourceSteps::SERVICE_NAME );
	}

	public static function getLanguageVersionResolver( ?ContainerInterface $services = null ): LanguageVersionResolver {
		return ( $services ?? MediaWikiServices::getInstance() )->get( LanguageVersionResolver::SERVICE_NAME );
	}

	public static function getReaderVersionLookup( ?ContainerInterface $services = null ): ReaderVersionLookup {
		return ( $services ?? MediaWikiServices::getInstance() )->get( ReaderVersionLookup::SERVICE_NAME );
	}

	public static function getLearnerCheck( ?ContainerInterface $services = null ): LearnerCheck {
		return ( $services ?? MediaWikiServices::getInstance() )->get( LearnerCheck::SERVICE_NAME );
	}

	public static function getModuleResolver( ?ContainerInterface $services = null ): ModuleResolver {
		return ( $services ?? MediaWikiServices::getInstance() )->get( ModuleResolver::SERVICE_NAME );
	}

	public static function getProgressStore( ?ContainerInterface $services = null ): ProgressStore {
		return ( $services ?? MediaWikiServices::getInstance() )->get( ProgressStore::SERVICE_NAME );
	}

	public static function getRecordProgressCommand( ?ContainerInterface $services = null ): RecordProgressCommand {
		return ( $services ?? MediaWikiServices::getInstance() )->get( RecordProgressCommand::SERVICE_NAME );
	}

	public static function getResetProgressCommand( ?ContainerInterface $services = null ): ResetProgressCommand {
		return ( $services ?? MediaWikiServices::getInstance() )->get( ResetProgressCommand::SERVICE_NAME );
	}

	public static function getStatsLookup( ?ContainerInterface $services = null ): StatsLookup {
		return ( $services ?? MediaWikiServices::getInstance() )->get( StatsLookup::SERVICE_NAME );
	}

	public static function getDataPruner( ?ContainerInterface $services = null ): DataPruner {
		return ( $services ?? MediaWikiServices::getInstance() )->get( DataPruner::SERVICE_NAME );
	}

	public static function getStatsRecorder( ?ContainerInterface $services = null ): StatsRecorder {
		return ( $services ?? MediaWikiServices::getInstance() )->get( StatsRecorder::SERVICE_NAME );
	}

	public static function getExportMediaEmbedder( ?ContainerInterface $services = null ): MediaEmbedder {
		return ( $services ?? MediaWikiServices::getInstance() )->get( MediaEmbedder::SERVICE_NAME );
	}

	public static function getExportPageSource( ?ContainerInterface $services = null ): PageSource {
		return ( $services ?? MediaWikiServices::getInstance() )->get( PageSource::SERVICE_NAME );
	}

	public static function getOfflineAssets( ?ContainerInterface $services = null ): OfflineAssets {
		return ( $services ?? MediaWikiServices::getInstance() )->get( OfflineAssets::SERVICE_NAME );
	}

	public static function getTrainingExporter( ?ContainerInterface $services = null ): TrainingExporter {
		return ( $services ?? MediaWikiServices::getInstance() )->get( TrainingExporter::SERVICE_NAME );
	}

	public static function getZimBuilder( ?ContainerInterface $services = null ): ZimBuilder {
		return ( $services ?? MediaWikiServices::getInstance() )->get( ZimBuilder::SERVICE_NAME );
	}

	public static function getZimDownloads( ?ContainerInterface $services = null ): ZimDownloads {
		return ( $services ?? MediaWikiServices::getInstance() )->get( ZimDownloads::SERVICE_NAME );
	}

	public static function getZimFileStore( ?ContainerInterface $services = null ): ZimFileStore {
		return ( $services ?? MediaWikiServices::getInstance() )->get( ZimFileStore::SERVICE_NAME );
	}

	public static function getZimLibrary( ?ContainerInterface $services = null ): ZimLibrary {
		return ( $services ?? MediaWikiServices::getInstance() )->get( ZimLibrary::SERVICE_NAME );
	}

	public static function getZimPageWriter( ?ContainerInterface $services = null ): ZimPageWriter {
		return ( $services ?? MediaWikiServices::getInstance() )->get( ZimPageWriter::SERVICE_NAME );
	}

	public static function getDeleteFeedbackCommand( ?ContainerInterface $services = null ): DeleteFeedbackCommand {
		return ( $services ?? MediaWikiServices::getInstance() )->get( DeleteFeedbackCommand::SERVICE_NAME );
	}

	public static function getDueNotifications( ?ContainerInterface $services = null ): DueNotifications {
		return ( $services ?? MediaWikiServices::getInstance() )->get( DueNotifications::SERVICE_NAME );
	}

	public static function getFeedbackStore( ?ContainerInterface $services = null ): FeedbackStore {
		return ( $services ?? MediaWikiServices::getInstance() )->get( FeedbackStore::SERVICE_NAME );
	}

	public static function getMaintainedModules( ?ContainerInterface $services = null ): MaintainedModules {
		return ( $services ?? MediaWikiServices::getInstance() )->get( MaintainedModules::SERVICE_NAME );
	}

	public static function getMaintainerNotifications( ?ContainerInterface $services = null ): MaintainerNotifications {
		return ( $services ?? MediaWikiServices::getInstance() )->get( MaintainerNotifications::SERVICE_NAME );
	}

	public static function getNotificationLimiter( ?ContainerInterface $services = null ): NotificationLimiter {
		return ( $services ?? MediaWikiServices::getInstance() )->get( NotificationLimiter::SERVICE_NAME );
	}

	public static function getReviewCommand( ?ContainerInterface $services = null ): ReviewCommand {
		return ( $services ?? MediaWikiServices::getInstance() )->get( ReviewCommand::SERVICE_NAME );
	}

	public static function getReviewedProperties( ?ContainerInterface $services = null ): ReviewedProperties {
		return ( $services ?? MediaWikiServices::getInstance() )->get( ReviewedProperties::SERVICE_NAME );
	}

	public static function getCourseSearch( ?ContainerInterface $services = null ): CourseSearch {
		return ( $services ?? MediaWikiServices::getInstance() )->get( CourseSearch::SERVICE_NAME );
	}

	public static function getSearchFragmentIndex( ?ContainerInterface $services = null ): SearchFragmentIndex {
		return ( $services ?? MediaWikiServices::getInstance() )->get( SearchFragmentIndex::SERVICE_NAME );
	}

	public static function getMarkedSource( ?ContainerInterface $services = null ): MarkedSource {
		return ( $services ?? MediaWikiServices::getInstance() )->get( MarkedSource::SERVICE_NAME );
	}

	public static function getTranslationReviews( ?ContainerInterface $services = null ): TranslationReviews {
		return ( $services ?? MediaWikiServices::getInstance() )->get( TranslationReviews::SERVICE_NAME );
	}

	public static function getWikitextReviewMigration( ?ContainerInterface $services = null ): WikitextReviewMigration {
		return ( $services ?? MediaWikiServices::getInstance() )->get( WikitextReviewMigration::SERVICE_NAME );
	}

	public static function getReviewStore( ?ContainerInterface $services = null ): ReviewStore {
		return ( $services ?? MediaWikiServices::getInstance() )->get( ReviewStore::SERVICE_NAME );
	}

	public static function getReviewQueue( ?ContainerInterface $services = null ): ReviewQueue {
		return ( $services ?? MediaWikiServices::getInstance() )->get( ReviewQueue::SERVICE_NAME );
	}

	public static function getReviewSchedule( ?ContainerInterface $services = null ): ReviewSchedule {
		return ( $services ?? MediaWikiServices::getInstance() )->get( ReviewSchedule::SERVICE_NAME );
	}

	public static function getSubmitFeedbackCommand( ?ContainerInterface $services = null ): SubmitFeedbackCommand {
		return ( $services ?? MediaWikiServices::getInstance() )->get( SubmitFeedbackCommand::SERVICE_NAME );
	}

	public static function getGroupAccess( ?ContainerInterface $services = null ): GroupAccess {
		return ( $services ?? MediaWikiServices::getInstance() )->get( GroupAccess::SERVICE_NAME );
	}

	public static function getGroupContent( ?ContainerInterface $services = null ): GroupContent {
		return ( $services ?? MediaWikiServices::getInstance() )->get( GroupContent::SERVICE_NAME );
	}

	public static function getGroupInputCheck( ?ContainerInterface $services = null ): GroupInputCheck {
		return ( $services ?? MediaWikiServices::getInstance() )->get( GroupInputCheck::SERVICE_NAME );
	}

	public static function getGroupLogger( ?ContainerInterface $services = null ): GroupLogger {
		return ( $services ?? MediaWikiServices::getInstance() )->get( GroupLogger::SERVICE_NAME );
	}

	public static function getGroupStore( ?ContainerInterface $services = null ): GroupStore {
		return ( $services ?? MediaWikiServices::getInstance() )->get( GroupStore::SERVICE_NAME );
	}

	public static function getMemberStore( ?ContainerInterface $services = null ): MemberStore {
		return ( $services ?? MediaWikiServices::getInstance() )->get( MemberStore::SERVICE_NAME );
	}

	public static function getCreateGroupCommand( ?ContainerInterface $services = null ): CreateGroupCommand {
		return ( $services ?? MediaWikiServices::getInstance() )->get( CreateGroupCommand::SERVICE_NAME );
	}

	public static function getManageGroupCommand( ?ContainerInterface $services = null ): ManageGroupCommand {
		return ( $services ?? MediaWikiServices::getInstance() )->get( ManageGroupCommand::SERVICE_NAME );
	}

	public static function getMembershipCommand( ?ContainerInterface $services = null ): MembershipCommand {
		return ( $services ?? MediaWikiServices::getInstance() )->get( MembershipCommand::SERVICE_NAME );
	}

	public static function getGroupReportBuilder( ?ContainerInterface $services = null ): GroupReportBuilder {
		return ( $services ?? MediaWikiServices::getInstance() )->get( GroupReportBuilder::SERVICE_NAME );
	}

	public static function getCertificateCommand( ?ContainerInterface $services = null ): CertificateCommand {
		return ( $services ?? MediaWikiServices::getInstance() )->get( CertificateCommand::SERVICE_NAME );
	}

	public static function getCertificateStore( ?ContainerInterface $services = null ): CertificateStore {
		return ( $services ?? MediaWikiServices::getInstance() )->get( CertificateStore::SERVICE_NAME );
	}

	public static function getGroupCompletion( ?ContainerInterface $services = null ): GroupCompletion {
		return ( $services ?? MediaWikiServices::getInstance() )->get( GroupCompletion::SERVICE_NAME );
	}

	public static function getGroupReminders( ?ContainerInterface $services = null ): GroupReminders {
		return ( $services ?? MediaWikiServices::getInstance() )->get( GroupReminders::SERVICE_NAME );
	}

	public static function getReminderStore( ?ContainerInterface $services = null ): ReminderStore {
		return ( $services ?? MediaWikiServices::getInstance() )->get( ReminderStore::SERVICE_NAME );
	}

	// The Dashboard import (includes/ImportServiceWiring.php, decision record 0021).

	public static function getDashboardImporter( ?ContainerInterface $services = null ): DashboardImporter {
		return ( $services ?? MediaWikiServices::getInstance() )->get( DashboardImporter::SERVICE_NAME );
	}

	public static function getImportWriter( ?ContainerInterface $services = null ): ImportWriter {
		return ( $services ?? MediaWikiServices::getInstance() )->get( ImportWriter::SERVICE_NAME );
	}
}
