<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use MediaWiki\Parser\ParserOutput;

/**
 * The page properties of a module or course page (design record 0003, §2, §5 and §6), and the
 * parser output data that carries state between the parts of one parse.
 *
 * Ordered values are numeric properties (indexed by pp_propname_sortkey_page),
 * sets are presence properties (indexed by pp_propname_page), display text is
 * stored as plain strings.
 *
 * @license GPL-2.0-or-later
 */
final class ModuleProperties {

	public const TITLE = 'trainings-title';
	public const SUMMARY = 'trainings-summary';
	public const LEVEL = 'trainings-level';
	public const DURATION = 'trainings-duration';
	public const TOPICS = 'trainings-topics';
	/** Followed by a topic key: one presence property per topic. */
	public const TOPIC_PREFIX = 'trainings-topic-';
	public const MAINTAINERS = 'trainings-maintainers';
	public const REVIEWED = 'trainings-reviewed';
	public const STATUS = 'trainings-status';
	public const IMAGE = 'trainings-image';
	public const STEPS = 'trainings-steps';
	public const QUIZZES = 'trainings-quizzes';
	/** The steps' stable ids in order, joined by LIST_SEPARATOR (design record 0019). */
	public const STEP_IDS = 'trainings-step-ids';
	/** Each quiz's key in page order (`<step id>:<n>`, StepLayout), joined by LIST_SEPARATOR. */
	public const QUIZ_KEYS = 'trainings-quiz-keys';
	/** Followed by a format: quiz, video or image. */
	public const FORMAT_PREFIX = 'trainings-format-';
	/**
	 * The language of the title and of the summary when it is not the page's: a translation
	 * page whose unit is not translated yet shows the source's words (Translate wraps them in
	 * `<span lang="en" dir="ltr">`); readers' cards and headings mark them with it.
	 */
	public const TITLE_LANGUAGE = 'trainings-title-lang';
	public const SUMMARY_LANGUAGE = 'trainings-summary-lang';
	/** On course pages only: the DB keys of the course's modules in order, joined by LIST_SEPARATOR. */
	public const COURSE = 'trainings-course';
	/**
	 * On pages with metadata: the display title and the summary, folded by SearchKey::fold(),
	 * for the server-side catalog search.
	 */
	public const SEARCH_KEY = 'trainings-searchkey';

	/** Extension data: true once the page's `{{#training:}}` ran. */
	public const DATA_HAS_METADATA = 'trainings-has-metadata';
	/** Extension data: true when the page has a valid quiz. */
	public const DATA_HAS_QUIZ = 'trainings-has-quiz';
	/** Extension data: true once the page's `{{#trainingcourse:}}` ran. */
	public const DATA_HAS_COURSE = 'trainings-has-course';
	/**
	 * Extension data: the answer key of each valid quiz so far in this parse, in page order
	 * (a list of Quiz::answerKey()); how many there are numbers the next.
	 */
	public const DATA_QUIZ_KEYS = 'trainings-quiz-keys';
	/**
	 * Extension data of a hand-made language version that shows steps of its source
	 * (StepFallback): the answer key of every quiz the page shows, in page order, its own and
	 * the source's. The wikitext of the version alone does not number them so.
	 */
	public const DATA_SHOWN_QUIZ_KEYS = 'trainings-shown-quiz-keys';

	/** Separates the items of list properties; it cannot occur in titles, user names or topic keys. */
	public const LIST_SEPARATOR = '|';

	private function __construct() {
		// Constants and static helpers only.
	}

	/**
	 * Stores the valid metadata values as page properties (the display title is
	 * DisplayTitleRule's to grant).
	 */
	public static function storeMetadata( ModuleMetadata $metadata, ParserOutput $output ): void {
		$title = $metadata->getTitle();
		if ( $title !== null ) {
			$output->setUnsortedPageProperty( self::TITLE, $title );
		}
		$summary = $metadata->getSummary();
		if ( $summary !== null ) {
			$output->setUnsortedPageProperty( self::SUMMARY, $summary );
		}
		$level = $metadata->getLevelNumber();
		if ( $level !== null ) {
			$output->setNumericPageProperty( self::LEVEL, $level );
		}
		$duration = $metadata->getDuration();
		if ( $duration !== null ) {
			$output->setNumericPageProperty( self::DURATION, $duration );
		}
		$topics = $metadata->getTopics();
		if ( $topics !== [] ) {
			$output->setUnsortedPageProperty( self::TOPICS, implode( self::LIST_SEPARATOR, $topics ) );
			foreach ( $topics as $topic ) {
				$output->setUnsortedPageProperty( self::TOPIC_PREFIX . $topic );
			}
		}
		$maintainers = $metadata->getMaintainers();
		if ( $maintainers !== [] ) {
			$output->setUnsortedPageProperty( self::MAINTAINERS, implode( self::LIST_SEPARATOR, $maintainers ) );
		}
		$reviewed = $metadata->getReviewedNumber();
		if ( $reviewed !== null ) {
			$output->setNumericPageProperty( self::REVIEWED, $reviewed );
		}
		$output->setNumericPageProperty( self::STATUS, $metadata->getStatusNumber() );
		$image = $metadata->getImage();
		if ( $image !== null ) {
			$output->setUnsortedPageProperty( self::IMAGE, $image );
		}
	}

	/**
	 * Stores the search key: the display title (the metadata title, else the page title), the
	 * summary and the topic labels in the page's language, folded like the browser filter folds
	 * them (SearchKey::fold()). Each language version stores its own (design record 0012: the catalog
	 * searches every version).
	 *
	 * @param ModuleMetadata $metadata
	 * @param string $pageTitleText The page title, with spaces, without namespace
	 * @param ParserOutput $output
	 * @param string[] $topicLabels The labels of the module's topics, in the page language
	 */
	public static function storeSearchKey(
		ModuleMetadata $metadata, string $pageTitleText, ParserOutput $output, array $topicLabels = []
	): void {
		$title = $metadata->getTitle() ?? $pageTitleText;
		$output->setUnsortedPageProperty(
			self::SEARCH_KEY, SearchKey::fold( implode( ' ',
				array_merge( [ $title, $metadata->getSummary() ?? '' ], $topicLabels ) ) )
		);
	}

}
