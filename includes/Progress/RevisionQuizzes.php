<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Progress;

use MediaWiki\Content\TextContent;
use MediaWiki\Extension\Trainings\Content\LanguageSubpage;
use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Extension\Trainings\Content\QuizParser;
use MediaWiki\Extension\Trainings\Content\QuizTag;
use MediaWiki\Page\PageLookup;
use MediaWiki\Page\ParserOutputAccess;
use MediaWiki\Parser\Parser;
use MediaWiki\Parser\ParserOptions;
use MediaWiki\Parser\ParserOutput;
use MediaWiki\Revision\RevisionLookup;
use MediaWiki\Revision\RevisionRecord;
use MediaWiki\Revision\SlotRecord;
use MediaWiki\Title\TitleValue;
use Wikimedia\ObjectCache\WANObjectCache;

/**
 * The answer key of the quizzes of one revision of a module version: per quiz (numbered like
 * QuizTag numbers them, among the valid `<trainingquiz>` tags in page order), how many options
 * it has and which are right. Read from the revision's wikitext with the QuizParser, without
 * parsing the page; a revision's content never changes, so the key is cached for a week.
 *
 * Quizzes that only a template brings in are not seen here (design record 0015, §6).
 *
 * A hand-made language version that shows steps of its source (Content\StepFallback, design
 * record 0019) numbers the source's quizzes among its own: its key is the one its parse kept
 * (ModuleProperties::DATA_SHOWN_QUIZ_KEYS), from the parser cache as readers got it. Parsoid page
 * views show no such steps (design record 0018), so the wikitext's key serves them.
 *
 * @phpstan-import-type AnswerKey from \MediaWiki\Extension\Trainings\Content\Quiz
 * @license GPL-2.0-or-later
 */
class RevisionQuizzes {

	public function __construct(
		private readonly RevisionLookup $revisionLookup,
		private readonly WANObjectCache $cache,
		private readonly QuizParser $quizParser,
		private readonly PageLookup $pageLookup,
		private readonly ParserOutputAccess $parserOutputAccess,
		private readonly LanguageSubpage $languageSubpage,
		private readonly bool $parsoidReadViews
	) {
	}

	/**
	 * @param int $pageId The page the revision must belong to
	 * @param int $revisionId The revision; 0 for the page's current one
	 * @return array<int,array{options:int,right:int[]}>|null By quiz number; null when the
	 *  revision is not one of the page's or its text is hidden
	 */
	public function answerKey( int $pageId, int $revisionId ): ?array {
		$revision = $revisionId > 0 ? $this->revisionLookup->getRevisionById( $revisionId )
			: $this->revisionLookup->getRevisionByPageId( $pageId );
		if ( $revision === null || $revision->getPageId() !== $pageId
			|| $revision->isDeleted( RevisionRecord::DELETED_TEXT )
		) {
			return null;
		}
		return $this->shownKey( $revision ) ?? $this->cache->getWithSetCallback(
			$this->cache->makeKey( 'trainings-quiz-key', 1, (int)$revision->getId() ),
			WANObjectCache::TTL_WEEK,
			fn () => $this->parse( $revision )
		);
	}

	/**
	 * @return array<int,array{options:int,right:int[]}>|null The key a hand-made language
	 *  version's parse kept for the quizzes it shows, its source's among them; null for any
	 *  other page or revision
	 */
	private function shownKey( RevisionRecord $revision ): ?array {
		// Known from the revision's title, so a base page (most reports) costs no lookup here.
		if ( $this->parsoidReadViews
			|| $this->languageSubpage->languageCodeOf( TitleValue::newFromPage( $revision->getPage() ) ) === null
		) {
			return null;
		}
		$page = $this->pageLookup->getPageById( $revision->getPageId() );
		if ( $page === null ) {
			return null;
		}
		$output = $this->parserOutputAccess->getParserOutput( $page, ParserOptions::newFromAnon(), $revision )
			->getValue();
		$shown = $output instanceof ParserOutput
			? $output->getExtensionData( ModuleProperties::DATA_SHOWN_QUIZ_KEYS ) : null;
		if ( !is_array( $shown ) ) {
			return null;
		}
		$key = [];
		foreach ( array_values( $shown ) as $index => $quiz ) {
			// A quiz whose key its source's parse did not keep cannot be checked.
			if ( is_array( $quiz ) && isset( $quiz['options'], $quiz['right'] ) && is_array( $quiz['right'] ) ) {
				$key[$index + 1] = [ 'options' => (int)$quiz['options'],
					'right' => array_values( array_map( 'intval', $quiz['right'] ) ) ];
			}
		}
		return $key;
	}

	/**
	 * @return array<int,array{options:int,right:int[]}>
	 */
	private function parse( RevisionRecord $revision ): array {
		$content = $revision->getContent( SlotRecord::MAIN );
		if ( !$content instanceof TextContent ) {
			return [];
		}
		// Comments, nowiki and pre hide a tag from the parser, so they hide it here too.
		Parser::extractTagsAndParams( [ QuizTag::TAG, 'nowiki', 'pre', '!--' ], $content->getText(), $matches );
		$key = [];
		foreach ( $matches as [ $element, $body, $attributes ] ) {
			if ( $element !== QuizTag::TAG ) {
				continue;
			}
			$quiz = $this->quizParser->parse( (string)$body, $attributes )->getQuiz();
			if ( $quiz === null ) {
				continue;
			}
			$key[count( $key ) + 1] = $quiz->answerKey();
		}
		return $key;
	}

}
