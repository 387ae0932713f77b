<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use MediaWiki\Cache\LinkBatchFactory;
use MediaWiki\Linker\LinkTarget;
use MediaWiki\Page\PageReference;
use MediaWiki\Title\MalformedTitleException;
use MediaWiki\Title\TitleParser;
use MediaWiki\Title\TitleValue;

/**
 * Validates the arguments of `{{#trainingcourse:}}` (design record 0003, §6): one module
 * per argument, in order, `Training:` optional, text after the first `=` an optional
 * label. An entry that breaks a rule is reported and left out; the others are kept.
 *
 * @license GPL-2.0-or-later
 */
class CourseParser {

	public const SERVICE_NAME = 'Trainings.CourseParser';

	/** Most modules one course may list; later entries are left out. */
	public const MAX_MODULES = 50;

	/** Author input quoted in a problem is cut to this many characters. */
	private const EXCERPT_LENGTH = 60;

	public function __construct(
		private readonly TitleParser $titleParser,
		private readonly LinkBatchFactory $linkBatchFactory,
		private readonly LanguageSubpage $languageSubpage
	) {
	}

	/**
	 * @param list<array{0:?string,1:string}> $arguments [ name, value ] pairs in order, trimmed and
	 *  expanded: [ title, label ] for `title = label`, [ null, title ] for an entry without `=`
	 * @param PageReference|null $course The page the course is on, null when unknown
	 */
	public function parse( array $arguments, ?PageReference $course ): Course {
		$problems = [];
		/** @var array<string,array{0:TitleValue,1:?string}> $entries valid titles by DB key */
		$entries = [];
		$count = 0;
		foreach ( $arguments as [ $name, $value ] ) {
			[ $text, $label ] = $name === null ? [ $value, null ] : [ $name, $value ];
			if ( $text === '' ) {
				// Empty arguments are ignored (a trailing `|`, a blank line).
				continue;
			}
			if ( ++$count > self::MAX_MODULES ) {
				$problems[] = new Problem( 'trainings-course-error-too-many', [ self::MAX_MODULES ] );
				break;
			}
			$title = $this->checkEntry( $text, $course, $entries );
			if ( $title instanceof Problem ) {
				$problems[] = $title;
				continue;
			}
			$label = $label === null ? '' : trim( TranslateMarkup::strip( $label ) );
			$entries[$title->getDBkey()] = [ $title, $label === '' ? null : $label ];
		}
		if ( $count === 0 ) {
			$problems[] = new Problem( 'trainings-course-error-empty' );
		}

		$ids = $this->pageIds( array_map( static fn ( array $entry ) => $entry[0], $entries ) );
		$modules = [];
		$missing = [];
		foreach ( $entries as $dbKey => [ $title, $label ] ) {
			$id = $ids[$dbKey] ?? 0;
			if ( $id > 0 ) {
				$modules[] = new CourseModule( $title, $id, $label );
			} else {
				$missing[] = $title;
				$problems[] = new Problem( 'trainings-course-error-missing', [ $title->getText() ] );
			}
		}
		return new Course( $modules, $missing, $problems );
	}

	/**
	 * Checks one entry's title.
	 *
	 * @param string $text The title as written, not empty
	 * @param PageReference|null $course
	 * @param array<string,mixed> $entries The valid entries so far, by DB key
	 * @return TitleValue|Problem The title when the entry is valid, else what is wrong with it
	 */
	private function checkEntry( string $text, ?PageReference $course, array $entries ): TitleValue|Problem {
		$quoted = [ self::excerpt( $text ) ];
		try {
			$parsed = strlen( $text ) <= 1000 ? $this->titleParser->parseTitle( $text, NS_TRAINING ) : null;
		} catch ( MalformedTitleException ) {
			$parsed = null;
		}
		if ( $parsed === null || $parsed->hasFragment() || $parsed->getDBkey() === '' ) {
			return new Problem( 'trainings-course-error-invalid', $quoted );
		}
		if ( $parsed->isExternal() || $parsed->getNamespace() !== NS_TRAINING ) {
			return new Problem( 'trainings-course-error-namespace', $quoted );
		}
		$dbKey = $parsed->getDBkey();
		if ( $this->languageOf( $dbKey ) !== null ) {
			return new Problem( 'trainings-course-error-language', $quoted );
		}
		if ( $course !== null && $course->getNamespace() === NS_TRAINING ) {
			$courseKey = $course->getDBkey();
			$language = $this->languageOf( $courseKey );
			if ( $dbKey === $courseKey
				|| ( $language !== null && $dbKey === substr( $courseKey, 0, -strlen( $language ) - 1 ) )
			) {
				return new Problem( 'trainings-course-error-self', $quoted );
			}
		}
		if ( isset( $entries[$dbKey] ) ) {
			return new Problem( 'trainings-course-error-duplicate', $quoted );
		}
		return $parsed;
	}

	/**
	 * @return string|null The language code when the page is a language subpage (`X/fr`)
	 */
	private function languageOf( string $dbKey ): ?string {
		return $this->languageSubpage->languageCodeOf( new TitleValue( NS_TRAINING, $dbKey ) );
	}

	/**
	 * Looks up all titles with one query.
	 *
	 * @param array<string,LinkTarget> $titles By DB key, all in NS_TRAINING
	 * @return array<string,int> Page ids of the existing ones, by DB key
	 */
	private function pageIds( array $titles ): array {
		if ( $titles === [] ) {
			return [];
		}
		$batch = $this->linkBatchFactory->newLinkBatch( array_values( $titles ) );
		$batch->setCaller( __METHOD__ );
		$ids = [];
		foreach ( $batch->getPageIdentities() as $page ) {
			if ( $page->getNamespace() === NS_TRAINING ) {
				$ids[$page->getDBkey()] = $page->getId();
			}
		}
		return $ids;
	}

	/**
	 * Author input, cut short enough to quote in a problem.
	 */
	private static function excerpt( string $value ): string {
		return mb_strlen( $value ) > self::EXCERPT_LENGTH
			? mb_substr( $value, 0, self::EXCERPT_LENGTH ) . '…'
			: $value;
	}

}
