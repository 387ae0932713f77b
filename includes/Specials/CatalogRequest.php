<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Extension\Trainings\Catalog\CatalogQuery;
use MediaWiki\Extension\Trainings\Content\SearchKey;
use MediaWiki\Request\WebRequest;

/**
 * The GET parameters of Special:Trainings, read into a valid CatalogQuery (design record
 * 0004, §4). Unknown or absurd values are not an error: they are left out of the query and
 * listed, so that the page can say which ones it ignored. Immutable.
 *
 * | parameter     | accepted value                                   |
 * |---------------|--------------------------------------------------|
 * | `search`      | text within SearchKey's length and word limits   |
 * | `fulltext`    | 1: search inside modules (the wiki's search engine) |
 * | `topic`       | a configured topic key                           |
 * | `level`       | beginner, intermediate, advanced                 |
 * | `format`      | quiz, video, image                               |
 * | `language`    | a known language code                            |
 * | `maxduration` | whole minutes, 1..CatalogQuery::MAX_DURATION     |
 * | `sort`        | title, duration, level, reviewed                 |
 * | `drafts`      | 1 (show drafts too) or 0 / empty                 |
 * | `limit`       | modules per page, 1..CatalogQuery::MAX_LIMIT     |
 * | `continue`    | from the "More modules" link of the same query   |
 *
 * @license GPL-2.0-or-later
 */
final class CatalogRequest {

	/** Parameters that narrow the list (sort and drafts do not). */
	public const FILTERS = [ 'search', 'topic', 'level', 'format', 'language', 'maxduration' ];

	/** Every parameter, in the order of the URL the page writes. */
	public const PARAMETERS = [
		'search', 'fulltext', 'topic', 'level', 'format', 'language', 'maxduration', 'sort', 'drafts', 'limit',
	];

	/**
	 * @param CatalogQuery $query The modules to list
	 * @param array<string,string> $values The accepted values, by parameter (only those set)
	 * @param array<string,string> $ignored The refused values, by parameter
	 */
	private function __construct(
		private readonly CatalogQuery $query,
		private readonly array $values,
		private readonly array $ignored
	) {
	}

	/**
	 * @param WebRequest $request The page request
	 * @param string[] $topics The configured topic keys
	 * @param callable(string):bool $isKnownLanguage Whether a language code is one MediaWiki knows
	 * @param int $limit Modules per page (1..CatalogQuery::MAX_LIMIT) unless the request asks
	 *  for another number
	 */
	public static function fromWebRequest(
		WebRequest $request,
		array $topics,
		callable $isKnownLanguage,
		int $limit
	): self {
		$form = new CatalogRequestValues( $request );
		$read = $form->read( ... );
		$accept = $form->accept( ... );

		$search = trim( (string)preg_replace( '/\s+/u', ' ', $read( 'search' ) ) );
		$accept( 'search', $search, SearchKey::isAcceptable( $search ) );

		$fullText = $read( 'fulltext' );
		if ( $fullText !== '0' && isset( $form->values()['search'] ) ) {
			$accept( 'fulltext', $fullText, $fullText === '1' );
		}

		$topic = $read( 'topic' );
		$accept( 'topic', $topic, in_array( $topic, $topics, true ) );

		$level = $read( 'level' );
		$accept( 'level', $level, in_array( $level, CatalogQuery::LEVELS, true ) );

		$format = $read( 'format' );
		$accept( 'format', $format, in_array( $format, CatalogQuery::FORMATS, true ) );

		$language = $read( 'language' );
		$accept( 'language', $language, preg_match( '/^[a-z][a-z0-9-]{1,34}$/', $language ) === 1
			&& $isKnownLanguage( $language ) );

		$maxDuration = $read( 'maxduration' );
		$accept( 'maxduration', $maxDuration, preg_match( '/^[1-9][0-9]{0,4}$/', $maxDuration ) === 1
			&& (int)$maxDuration <= CatalogQuery::MAX_DURATION );

		$sort = $read( 'sort' );
		$accept( 'sort', $sort, in_array( $sort, CatalogQuery::SORTS, true ) );

		$drafts = $read( 'drafts' );
		if ( $drafts !== '0' ) {
			$accept( 'drafts', $drafts, $drafts === '1' );
		}

		$pageSize = $read( 'limit' );
		$accept( 'limit', $pageSize, preg_match( '/^[1-9][0-9]{0,2}$/', $pageSize ) === 1
			&& (int)$pageSize <= CatalogQuery::MAX_LIMIT );

		$sortOrDefault = $form->values()['sort'] ?? CatalogQuery::SORT_TITLE;
		$continue = $read( 'continue' );
		$continueValid = CatalogQuery::isValidContinue( $continue, $sortOrDefault );
		$accept( 'continue', $continue, $continueValid );

		$values = $form->values();
		$query = self::queryFrom( $values, $limit, $continueValid ? $continue : null );
		unset( $values['continue'] );
		return new self( $query, $values, $form->ignored() );
	}

	/**
	 * @param array<string,string> $values The valid values by name
	 * @param int $limit The page size unless the request asks for another
	 * @param string|null $continue A valid continuation, or null
	 */
	private static function queryFrom( array $values, int $limit, ?string $continue ): CatalogQuery {
		return new CatalogQuery(
			$values['search'] ?? '',
			CatalogQuery::KIND_MODULE,
			$values['topic'] ?? null,
			$values['level'] ?? null,
			$values['format'] ?? null,
			$values['language'] ?? null,
			isset( $values['maxduration'] ) ? (int)$values['maxduration'] : null,
			isset( $values['drafts'] ) ? CatalogQuery::STATUSES : [],
			$values['sort'] ?? CatalogQuery::SORT_TITLE,
			isset( $values['limit'] )
				? (int)$values['limit']
				: max( 1, min( $limit, CatalogQuery::MAX_LIMIT ) ),
			$continue,
			null,
			isset( $values['fulltext'] )
		);
	}

	/** The modules to list. */
	public function getQuery(): CatalogQuery {
		return $this->query;
	}

	/**
	 * @param string $name One of PARAMETERS
	 * @return string The accepted value, or '' when not set or ignored
	 */
	public function getValue( string $name ): string {
		return $this->values[$name] ?? '';
	}

	public function showsDrafts(): bool {
		return isset( $this->values['drafts'] );
	}

	/** Whether a search or a filter narrows the list (courses are then not shown). */
	public function isFiltering(): bool {
		foreach ( self::FILTERS as $name ) {
			if ( isset( $this->values[$name] ) ) {
				return true;
			}
		}
		return false;
	}

	/** Whether the page lists a later page of results (from a "More modules" link). */
	public function isContinued(): bool {
		return $this->query->getContinue() !== null;
	}

	/**
	 * @return array<string,string> The refused values, by parameter, in the order of PARAMETERS
	 *  (then `continue`)
	 */
	public function getIgnored(): array {
		return $this->ignored;
	}

	/**
	 * The accepted values as URL parameters: the same list again (with `continue` for the
	 * next page), or with $continue null the first page.
	 *
	 * @param string|null $continue From CatalogPage::getContinue()
	 * @return array<string,string>
	 */
	public function toUrlParameters( ?string $continue = null ): array {
		$parameters = [];
		foreach ( self::PARAMETERS as $name ) {
			if ( isset( $this->values[$name] ) ) {
				$parameters[$name] = $this->values[$name];
			}
		}
		if ( $continue !== null ) {
			$parameters['continue'] = $continue;
		}
		return $parameters;
	}

}
