<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Parsoid;

use MediaWiki\Extension\Trainings\Content\EmbeddedHtml;
use MediaWiki\Extension\Trainings\Content\FormatDetector;
use MediaWiki\Extension\Trainings\Content\QuizTag;
use MediaWiki\Extension\Trainings\MaintenanceLoop\ReviewSchedule;
use MediaWiki\Extension\Trainings\Translation\SourceSteps;
use Wikimedia\Parsoid\Ext\ExtensionModule;

/**
 * The extension as Parsoid knows it (`ParsoidModules` in extension.json, design record 0018):
 * `<trainingquiz>`, `<trainingshtml>` (the HTML of our parser functions, which Parsoid has the
 * legacy preprocessor expand: EmbeddedHtml), and a DOM processor that finishes module pages.
 *
 * @license GPL-2.0-or-later
 */
class ParsoidModule implements ExtensionModule {

	/** @inheritDoc */
	public function getConfig(): array {
		return [
			'name' => 'Trainings',
			'tags' => [
				[
					'name' => QuizTag::TAG,
					'handler' => QuizTagHandler::class,
				],
				[
					'name' => EmbeddedHtml::TAG,
					'handler' => [
						'class' => EmbeddedHtmlTagHandler::class,
						'services' => [ EmbeddedHtml::SERVICE_NAME ],
					],
				],
			],
			'domProcessors' => [
				[
					'class' => ModuleDomProcessor::class,
					'services' => [
						FormatDetector::SERVICE_NAME, ReviewSchedule::SERVICE_NAME, SourceSteps::SERVICE_NAME,
					],
				],
			],
		];
	}

}
