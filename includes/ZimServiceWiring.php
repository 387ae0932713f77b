<?php

declare( strict_types = 1 );

/**
 * Services of the offline ZIM files (design record 0007), kept apart from ServiceWiring.php
 * (extension.json lists both files).
 *
 * @license GPL-2.0-or-later
 */

use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Extension\Trainings\Zim\ZimBuilder;
use MediaWiki\Extension\Trainings\Zim\ZimDownloads;
use MediaWiki\Extension\Trainings\Zim\ZimFileStore;
use MediaWiki\Extension\Trainings\Zim\ZimLibrary;
use MediaWiki\Extension\Trainings\Zim\ZimPacker;
use MediaWiki\Extension\Trainings\Zim\ZimPageWriter;
use MediaWiki\Logger\LoggerFactory;
use MediaWiki\MainConfigNames;
use MediaWiki\MediaWikiServices;

return [
	ZimLibrary::SERVICE_NAME => static function ( MediaWikiServices $services ): ZimLibrary {
		return new ZimLibrary(
			$services->getConnectionProvider(),
			TrainingsServices::getModuleCatalog( $services ),
			TrainingsServices::getLanguageVersionResolver( $services ),
			TrainingsServices::getOfflineAssets( $services ),
			$services->getContentLanguage()->getCode(),
			(float)$services->getMainConfig()->get( 'TrainingsZimMinShare' )
		);
	},

	ZimFileStore::SERVICE_NAME => static function ( MediaWikiServices $services ): ZimFileStore {
		$config = $services->getMainConfig();
		return new ZimFileStore(
			$config->get( 'TrainingsZimDirectory' )
				?? $config->get( MainConfigNames::UploadDirectory ) . '/trainings-zim',
			$config->get( 'TrainingsZimUrlPath' )
				?? $config->get( MainConfigNames::UploadPath ) . '/trainings-zim'
		);
	},

	ZimPageWriter::SERVICE_NAME => static function (): ZimPageWriter {
		return new ZimPageWriter();
	},

	ZimBuilder::SERVICE_NAME => static function ( MediaWikiServices $services ): ZimBuilder {
		$config = $services->getMainConfig();
		return new ZimBuilder(
			library: TrainingsServices::getZimLibrary( $services ),
			store: TrainingsServices::getZimFileStore( $services ),
			exporter: TrainingsServices::getTrainingExporter( $services )->withoutSizeBudget(),
			pageWriter: TrainingsServices::getZimPageWriter( $services ),
			assets: TrainingsServices::getOfflineAssets( $services ),
			topics: TrainingsServices::getTopics( $services ),
			messageFormatterFactory: $services->getMessageFormatterFactory(),
			languageFactory: $services->getLanguageFactory(),
			packer: new ZimPacker(
				commandFactory: $services->getShellCommandFactory(),
				toolsDir: (string)$config->get( 'TrainingsZimToolsDirectory' ),
				creator: (string)$config->get( MainConfigNames::Sitename ),
				publisher: (string)( $config->get( 'TrainingsZimPublisher' )
					?? $config->get( MainConfigNames::Sitename ) )
			),
			logger: LoggerFactory::getInstance( 'Trainings' )
		);
	},

	ZimDownloads::SERVICE_NAME => static function ( MediaWikiServices $services ): ZimDownloads {
		return new ZimDownloads(
			TrainingsServices::getZimLibrary( $services ),
			TrainingsServices::getZimFileStore( $services ),
			$services->getJobQueueGroup()
		);
	},
	// The maintenance loop (docs/decisions/0008-maintenance-loop.md).
];
