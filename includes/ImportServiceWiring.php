<?php

declare( strict_types = 1 );

/**
 * Services of the Dashboard import (decision record 0021), kept apart from ServiceWiring.php
 * (extension.json lists the files).
 *
 * @license GPL-2.0-or-later
 */

use MediaWiki\Extension\Trainings\Import\ApiReader;
use MediaWiki\Extension\Trainings\Import\DashboardImporter;
use MediaWiki\Extension\Trainings\Import\DumpReader;
use MediaWiki\Extension\Trainings\Import\EmbedConverter;
use MediaWiki\Extension\Trainings\Import\ImportPlanner;
use MediaWiki\Extension\Trainings\Import\ImportWriter;
use MediaWiki\Extension\Trainings\Import\MarkdownConverter;
use MediaWiki\Extension\Trainings\Import\MediaResolver;
use MediaWiki\Extension\Trainings\Import\ModuleConverter;
use MediaWiki\Extension\Trainings\Import\OnWikiSlideParser;
use MediaWiki\Extension\Trainings\Import\OnWikiSourceBuilder;
use MediaWiki\Extension\Trainings\Import\QuizConverter;
use MediaWiki\Extension\Trainings\Import\TemplateScanner;
use MediaWiki\Extension\Trainings\Import\TranslateMarkupCleaner;
use MediaWiki\Extension\Trainings\Import\TranslatePageMarker;
use MediaWiki\Extension\Trainings\Import\TranslateUnits;
use MediaWiki\Extension\Trainings\Import\TranslationImport;
use MediaWiki\Extension\Trainings\Import\WikitextBodyConverter;
use MediaWiki\Extension\Trainings\Import\YamlFolderReader;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\MediaWikiServices;
use MediaWiki\Registration\ExtensionRegistry;

return [
	ImportWriter::SERVICE_NAME => static function ( MediaWikiServices $services ): ImportWriter {
		return new ImportWriter(
			$services->getWikiPageFactory(),
			TrainingsServices::getReviewCommand( $services ),
			TrainingsServices::getReviewStore( $services ),
			new TranslateUnits()
		);
	},
	DashboardImporter::SERVICE_NAME => static function ( MediaWikiServices $services ): DashboardImporter {
		// The Dashboard's content is written in English; its translations are /xx pages or YAML keys.
		$sourceLanguage = 'en';
		$scanner = new TemplateScanner();
		$embeds = new EmbedConverter();
		$converter = new ModuleConverter(
			new WikitextBodyConverter( $scanner, $embeds ),
			new MarkdownConverter( $scanner, $embeds ),
			new QuizConverter(),
			MediaResolver::newFromRegistry( $services->getRepoGroup() ),
			$sourceLanguage
		);
		return new DashboardImporter(
			new DumpReader(),
			new ApiReader( $services->getHttpRequestFactory() ),
			new YamlFolderReader( $sourceLanguage ),
			new OnWikiSourceBuilder( new OnWikiSlideParser( new TranslateMarkupCleaner(), $scanner ), $sourceLanguage ),
			new ImportPlanner( $converter, $sourceLanguage ),
			TrainingsServices::getImportWriter( $services ),
			new TranslationImport(
				TrainingsServices::getImportWriter( $services ),
				new TranslateUnits( $sourceLanguage ),
				// Translate is optional: its classes are only touched when it is loaded.
				ExtensionRegistry::getInstance()->isLoaded( 'Translate' )
					? new TranslatePageMarker( $services->getService( 'Translate:TranslatablePageMarker' ) ) : null
			)
		);
	},
];
