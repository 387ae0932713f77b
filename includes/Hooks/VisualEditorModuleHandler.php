<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\Extension\Trainings\TopicsModuleData;
use MediaWiki\Registration\ExtensionRegistry;
use MediaWiki\ResourceLoader\Hook\ResourceLoaderRegisterModulesHook;
use MediaWiki\ResourceLoader\ResourceLoader;

/**
 * Registers the VisualEditor plugin (`ext.trainings.visualEditor`: the quiz and metadata
 * dialogs, design record 0018) only on wikis that load VisualEditor: elsewhere the startup
 * module of every page view would list a module that no page loads, and whose dependencies do
 * not exist. VisualEditor finds it through the `VisualEditor.PluginModules` attribute of
 * extension.json (docs/architecture.md, "ResourceLoader modules").
 *
 * @license GPL-2.0-or-later
 */
class VisualEditorModuleHandler implements ResourceLoaderRegisterModulesHook {

	public const MODULE = 'ext.trainings.visualEditor';

	private const MESSAGES = [
		'trainings-ve-quiz-title',
		'trainings-ve-quiz-tool',
		'trainings-ve-quiz-question',
		'trainings-ve-quiz-question-help',
		'trainings-ve-quiz-options',
		'trainings-ve-quiz-option',
		'trainings-ve-quiz-option-text',
		'trainings-ve-quiz-option-right',
		'trainings-ve-quiz-option-feedback',
		'trainings-ve-quiz-option-feedback-help',
		'trainings-ve-quiz-add-option',
		'trainings-ve-quiz-remove-option',
		'trainings-ve-quiz-explanation',
		'trainings-ve-quiz-explanation-help',
		'trainings-ve-quiz-error-question',
		'trainings-ve-quiz-error-count',
		'trainings-ve-quiz-error-empty',
		'trainings-ve-quiz-error-right',
		'trainings-ve-metadata-title',
		'trainings-ve-metadata-apply',
		'trainings-ve-metadata-title-label',
		'trainings-ve-metadata-title-help',
		'trainings-ve-metadata-summary-label',
		'trainings-ve-metadata-summary-help',
		'trainings-ve-metadata-level-label',
		'trainings-ve-metadata-level-help',
		'trainings-ve-metadata-duration-label',
		'trainings-ve-metadata-duration-help',
		'trainings-ve-metadata-topics-label',
		'trainings-ve-metadata-topics-help',
		'trainings-ve-metadata-maintainers-label',
		'trainings-ve-metadata-maintainers-help',
		'trainings-ve-metadata-reviewed-label',
		'trainings-ve-metadata-reviewed-help',
		'trainings-ve-metadata-status-label',
		'trainings-ve-metadata-status-help',
		'trainings-ve-metadata-image-label',
		'trainings-ve-metadata-image-help',
		'trainings-ve-metadata-error-summary',
		'trainings-ve-metadata-error-duration',
		'trainings-ve-metadata-error-reviewed',
		'trainings-ve-metadata-error-topics',
		'trainings-ve-metadata-error-maintainers',
		'trainings-meta-level-beginner',
		'trainings-meta-level-intermediate',
		'trainings-meta-level-advanced',
		'trainings-meta-status-draft',
		'trainings-meta-status-published',
		'trainings-meta-status-outdated',
		'visualeditor-dialog-action-cancel',
	];

	/**
	 * @param bool $visualEditorLoaded Whether the wiki loads VisualEditor
	 */
	public function __construct(
		private readonly bool $visualEditorLoaded
	) {
	}

	/**
	 * The handler of this wiki (extension.json `factory`): the extension registry is no service.
	 */
	public static function newFromRegistry(): self {
		return new self( ExtensionRegistry::getInstance()->isLoaded( 'VisualEditor' ) );
	}

	public function onResourceLoaderRegisterModules( ResourceLoader $rl ): void {
		if ( $this->visualEditorLoaded ) {
			$rl->register( self::MODULE, self::definition() );
		}
	}

	/**
	 * @return array<string,mixed> The module's definition, as extension.json would write it
	 */
	public static function definition(): array {
		return [
			'localBasePath' => dirname( __DIR__, 2 ) . '/resources/ve',
			'remoteExtPath' => 'Trainings/resources/ve',
			'packageFiles' => [
				'init.js',
				'quizSource.js',
				'quizNodes.js',
				'QuizDialog.js',
				'translatable.js',
				'MetadataDialog.js',
				[ 'name' => 'topics.json', 'callback' => TopicsModuleData::class . '::getTopics' ],
			],
			'dependencies' => [
				'ext.visualEditor.mwcore',
				'ext.visualEditor.mwtransclusion',
				'oojs-ui.styles.icons-interactions',
				'oojs-ui.styles.icons-moderation',
			],
			'messages' => self::MESSAGES,
		];
	}

}
