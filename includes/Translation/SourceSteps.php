<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Translation;

use MediaWiki\Extension\Trainings\Content\LanguageSubpage;
use MediaWiki\Extension\Trainings\Content\LatestProperties;
use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Extension\Trainings\Content\StepFallback;
use MediaWiki\Languages\LanguageFactory;
use MediaWiki\Linker\LinkTarget;
use MediaWiki\Page\ExistingPageRecord;
use MediaWiki\Page\PageIdentity;
use MediaWiki\Page\PageStore;
use MediaWiki\Page\ParserOutputAccess;
use MediaWiki\Parser\ParserOptions;
use MediaWiki\Parser\ParserOutput;
use MediaWiki\Revision\RevisionLookup;
use MediaWiki\Revision\RevisionRecord;

/**
 * The steps of a language version's source (design record 0019): a version's steps take the
 * source's ids, and a hand-made version that lacks a step shows the source's (StepFallback), as
 * the revision of the source its reader would get renders it (design records 0017, 0019).
 *
 * @phpstan-import-type AnswerKey from \MediaWiki\Extension\Trainings\Content\Quiz
 * @license GPL-2.0-or-later
 */
class SourceSteps {

	public const SERVICE_NAME = 'Trainings.SourceSteps';

	public function __construct(
		private readonly LanguageSubpage $languageSubpage,
		private readonly PageStore $pageStore,
		private readonly LatestProperties $latestProperties,
		private readonly ParserOutputAccess $parserOutputAccess,
		private readonly LanguageFactory $languageFactory,
		private readonly RevisionLookup $revisionLookup
	) {
	}

	/**
	 * @return ExistingPageRecord|null The source page of a language version (`Training:X` of
	 *  `Training:X/fr`), null for any other page or when the source does not exist
	 */
	public function sourceOf( LinkTarget $page ): ?ExistingPageRecord {
		if ( $this->languageSubpage->languageCodeOf( $page ) === null ) {
			return null;
		}
		$dbKey = $page->getDBkey();
		return $this->pageStore->getPageByName( NS_TRAINING, substr( $dbKey, 0, (int)strrpos( $dbKey, '/' ) ) );
	}

	/**
	 * @return list<string> The source's step ids, as its last parse stored them
	 */
	public function ids( PageIdentity $source ): array {
		$value = $this->latestProperties->get( $source, ModuleProperties::STEP_IDS );
		return is_string( $value ) && $value !== '' ? explode( ModuleProperties::LIST_SEPARATOR, $value ) : [];
	}

	/**
	 * A hand-made version's HTML with the steps it lacks taken from one revision of the source:
	 * the one a reviewer approved, never text that waits for review (design record 0017).
	 *
	 * @param string $html The version's tidied HTML
	 * @param ExistingPageRecord $source
	 * @param list<string> $sourceIds
	 * @param int $sourceRevisionId The revision of the source to take the steps from
	 * @param list<AnswerKey> $quizKeys The answer keys of the version's own quizzes (QuizTag)
	 * @return array{0:string,1:list<AnswerKey|null>}|null The HTML and the answer keys of its
	 *  quizzes (StepFallback::fill()); null when no step is missing, or the revision is not one
	 *  of the source's or its text is hidden
	 */
	public function fill(
		string $html, ExistingPageRecord $source, array $sourceIds, int $sourceRevisionId, array $quizKeys
	): ?array {
		if ( !StepFallback::lacksSteps( $html, $sourceIds ) ) {
			return null;
		}
		$revision = $this->revisionLookup->getRevisionById( $sourceRevisionId );
		if ( $revision === null || $revision->getPageId() !== $source->getId()
			|| $revision->isDeleted( RevisionRecord::DELETED_TEXT )
		) {
			return null;
		}
		$output = $this->parserOutputAccess->getParserOutput( $source, ParserOptions::newFromAnon(), $revision )
			->getValue();
		if ( !$output instanceof ParserOutput ) {
			return null;
		}
		$language = $this->languageFactory->getLanguage( $output->getLanguage() ?? 'en' );
		return StepFallback::fill( $html, $sourceIds, StepFallback::sections( $output->getRawText() ),
			$language->getHtmlCode(), $language->getDir(), [
				'version' => $quizKeys,
				'source' => $output->getExtensionData( ModuleProperties::DATA_QUIZ_KEYS ) ?? [],
			] );
	}

}
