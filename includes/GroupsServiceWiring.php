<?php

declare( strict_types = 1 );

/**
 * Services of training groups and certificates (design record 0015), kept apart from
 * ServiceWiring.php (extension.json lists both files).
 *
 * @license GPL-2.0-or-later
 */

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
use MediaWiki\Extension\Trainings\Integrations\EchoGroupReminder;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\MediaWikiServices;
use MediaWiki\Registration\ExtensionRegistry;
use MediaWiki\WikiMap\WikiMap;

return [
	CertificateCommand::SERVICE_NAME => static function ( MediaWikiServices $services ): CertificateCommand {
		return new CertificateCommand(
			TrainingsServices::getLearnerCheck( $services ),
			TrainingsServices::getGroupContent( $services ),
			TrainingsServices::getGroupCompletion( $services ),
			TrainingsServices::getGroupStore( $services ),
			TrainingsServices::getMemberStore( $services ),
			TrainingsServices::getCertificateStore( $services )
		);
	},
	CertificateStore::SERVICE_NAME => static function ( MediaWikiServices $services ): CertificateStore {
		return new CertificateStore( $services->getConnectionProvider(), WikiMap::getCurrentWikiId() );
	},
	GroupAccess::SERVICE_NAME => static function ( MediaWikiServices $services ): GroupAccess {
		return new GroupAccess( TrainingsServices::getLearnerCheck( $services ) );
	},
	GroupContent::SERVICE_NAME => static function ( MediaWikiServices $services ): GroupContent {
		return new GroupContent( $services->getConnectionProvider(),
			TrainingsServices::getLatestProperties( $services ) );
	},
	GroupInputCheck::SERVICE_NAME => static function ( MediaWikiServices $services ): GroupInputCheck {
		return new GroupInputCheck(
			TrainingsServices::getGroupContent( $services ),
			$services->getTitleParser(),
			$services->getTitleFormatter(),
			$services->getCentralIdLookup()
		);
	},
	GroupLogger::SERVICE_NAME => static function (): GroupLogger {
		return new GroupLogger();
	},
	GroupStore::SERVICE_NAME => static function ( MediaWikiServices $services ): GroupStore {
		return new GroupStore( $services->getConnectionProvider(), WikiMap::getCurrentWikiId() );
	},
	MemberStore::SERVICE_NAME => static function ( MediaWikiServices $services ): MemberStore {
		// Progress is read through Progress's interface, which the store implements.
		return new MemberStore( $services->getConnectionProvider(), TrainingsServices::getProgressStore( $services ) );
	},
	CreateGroupCommand::SERVICE_NAME => static function ( MediaWikiServices $services ): CreateGroupCommand {
		return new CreateGroupCommand(
			TrainingsServices::getGroupAccess( $services ),
			TrainingsServices::getGroupInputCheck( $services ),
			TrainingsServices::getGroupStore( $services ),
			TrainingsServices::getGroupLogger( $services )
		);
	},
	ManageGroupCommand::SERVICE_NAME => static function ( MediaWikiServices $services ): ManageGroupCommand {
		return new ManageGroupCommand(
			TrainingsServices::getGroupAccess( $services ),
			TrainingsServices::getGroupInputCheck( $services ),
			TrainingsServices::getGroupStore( $services ),
			TrainingsServices::getGroupLogger( $services )
		);
	},
	MembershipCommand::SERVICE_NAME => static function ( MediaWikiServices $services ): MembershipCommand {
		return new MembershipCommand(
			TrainingsServices::getLearnerCheck( $services ),
			TrainingsServices::getGroupStore( $services ),
			TrainingsServices::getMemberStore( $services )
		);
	},
	GroupCompletion::SERVICE_NAME => static function ( MediaWikiServices $services ): GroupCompletion {
		return new GroupCompletion( TrainingsServices::getGroupContent( $services ),
			TrainingsServices::getProgressStore( $services ) );
	},
	GroupReminders::SERVICE_NAME => static function ( MediaWikiServices $services ): GroupReminders {
		return new GroupReminders(
			TrainingsServices::getGroupStore( $services ),
			TrainingsServices::getReminderStore( $services ),
			TrainingsServices::getGroupCompletion( $services ),
			// Echo is optional: without it nobody is reminded (design record 0015 §7).
			ExtensionRegistry::getInstance()->isLoaded( 'Echo' )
				? new EchoGroupReminder( $services->getCentralIdLookup(), $services->getUserIdentityLookup() ) : null
		);
	},
	ReminderStore::SERVICE_NAME => static function ( MediaWikiServices $services ): ReminderStore {
		return new ReminderStore( $services->getConnectionProvider(), WikiMap::getCurrentWikiId() );
	},
	GroupReportBuilder::SERVICE_NAME => static function ( MediaWikiServices $services ): GroupReportBuilder {
		return new GroupReportBuilder(
			TrainingsServices::getGroupContent( $services ),
			TrainingsServices::getMemberStore( $services ),
			$services->getCentralIdLookup()
		);
	},
];
