<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Progress;

use MediaWiki\Content\TextContent;
use MediaWiki\Extension\Trainings\Content\QuizParser;
use MediaWiki\Extension\Trainings\Content\QuizTag;
use MediaWiki\Parser\Parser;
use MediaWiki\Revision\RevisionLookup;
use MediaWiki\Revision\RevisionRecord;
use MediaWiki\Revision\SlotRecord;
use Wikimedia\ObjectCache\WANObjectCache;

/**
 * The answer key of the quizzes of one revision of a module version: per quiz (numbered like
 * QuizTag numbers them, among the valid `<trainingquiz>` tags in page order), how many options
 * it has and which are right. Read from the revision's wikitext with the QuizParser, without
 * parsing the page; a revision's content never changes, so the key is cached for a week.
 *
 * Quizzes that only a template brings in are not seen here (design record 0015, §6).
 *
 * @license GPL-2.0-or-later
 */
class RevisionQuizzes {

	public function __construct(
		private readonly RevisionLookup $revisionLookup,
		private readonly WANObjectCache $cache,
		private readonly QuizParser $quizParser
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
		return $this->cache->getWithSetCallback(
			$this->cache->makeKey( 'trainings-quiz-key', 1, (int)$revision->getId() ),
			WANObjectCache::TTL_WEEK,
			fn () => $this->parse( $revision )
		);
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
			$right = [];
			foreach ( $quiz->getOptions() as $index => $option ) {
				if ( $option->isCorrect() ) {
					$right[] = $index + 1;
				}
			}
			$key[count( $key ) + 1] = [ 'options' => count( $quiz->getOptions() ), 'right' => $right ];
		}
		return $key;
	}

}
