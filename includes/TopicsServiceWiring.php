<?php

declare( strict_types = 1 );

/**
 * Services of the catalog's topics (design record 0020), kept apart from ServiceWiring.php
 * (extension.json lists both files).
 *
 * @license GPL-2.0-or-later
 */

use MediaWiki\Extension\Trainings\Topics\TopicConfigPage;
use MediaWiki\Extension\Trainings\Topics\TopicListParser;
use MediaWiki\Extension\Trainings\Topics\Topics;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Logger\LoggerFactory;
use MediaWiki\MediaWikiServices;
use MediaWiki\Message\Message;

return [
	TopicListParser::SERVICE_NAME => static function ( MediaWikiServices $services ): TopicListParser {
		$names = $services->getLanguageNameUtils();
		return new TopicListParser(
			static fn ( string $code ): bool => $names->isKnownLanguageTag( $code ),
			// In a fixed language: load.php has no session to read the user's from.
			static fn ( string $key ): bool => ( new Message( $key ) )->inLanguage( 'en' )->exists()
		);
	},
	TopicConfigPage::SERVICE_NAME => static function ( MediaWikiServices $services ): TopicConfigPage {
		return new TopicConfigPage(
			$services->getRevisionLookup(),
			$services->getMainWANObjectCache(),
			TrainingsServices::getTopicListParser( $services ),
			LoggerFactory::getInstance( 'Trainings' )
		);
	},
	Topics::SERVICE_NAME => static function ( MediaWikiServices $services ): Topics {
		return new Topics(
			TrainingsServices::getTopicConfigPage( $services ),
			array_values( array_map( 'strval', (array)$services->getMainConfig()->get( 'TrainingsTopics' ) ) ),
			$services->getLanguageFallback(),
			static function ( string $key, string $code ): ?string {
				$message = ( new Message( $key ) )->inLanguage( $code );
				return $message->exists() ? $message->text() : null;
			}
		);
	},
];
