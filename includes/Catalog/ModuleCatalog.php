<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Catalog;

use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Extension\Trainings\Content\SearchKey;
use MediaWiki\Page\PageIdentityValue;
use stdClass;
use Wikimedia\Rdbms\IConnectionProvider;
use Wikimedia\Rdbms\IExpression;
use Wikimedia\Rdbms\IReadableDatabase;
use Wikimedia\Rdbms\LikeValue;

/**
 * Lists the training modules: the pages of the Training namespace that are
 * neither redirects nor subpages (`Training:X/fr` is the French version of
 * `Training:X`, not a module of its own).
 *
 * Each module comes with the summary from its metadata (the `trainings-summary`
 * page property, joined in).
 *
 * The search matches like the browser filter of Special:Trainings: every word of
 * the query, folded by SearchKey (case and accents ignored), must occur in the
 * module's `trainings-searchkey` page property (its folded display title and
 * summary), in any order. Pages without that property (no metadata, or not
 * reparsed since the property was introduced) still match when their title
 * contains the whole query, as before.
 *
 * One query on a replica, bounded by a limit, walking the (page_namespace,
 * page_title) index in title order, so the cost does not grow with the size of
 * the library beyond the rows it returns (or scans to find matches).
 *
 * @license GPL-2.0-or-later
 */
class ModuleCatalog {

	public const SERVICE_NAME = 'Trainings.ModuleCatalog';

	/** Number of modules returned when the caller does not ask for another limit. */
	public const DEFAULT_LIMIT = 500;

	/** Upper bound on any limit, whatever the caller asks for. */
	public const MAX_LIMIT = 5000;

	public function __construct(
		private readonly IConnectionProvider $connectionProvider
	) {
	}

	/**
	 * @param string $search Only modules whose search key (folded display title and summary)
	 *  contains every word of this text, ignoring case and accents, or whose title contains the
	 *  whole text (see buildSearchCondition()); blank for all modules
	 * @param int $limit At most this many modules (clamped to 1..MAX_LIMIT)
	 * @return ModuleSummary[] Sorted by title
	 */
	public function listModules( string $search = '', int $limit = self::DEFAULT_LIMIT ): array {
		$limit = max( 1, min( $limit, self::MAX_LIMIT ) );
		$dbr = $this->connectionProvider->getReplicaDatabase();

		$queryBuilder = $dbr->newSelectQueryBuilder()
			->select( [ 'page_id', 'page_namespace', 'page_title', 'pp_value' => 'summary.pp_value' ] )
			->from( 'page' )
			// The summary from the module's metadata, on the (pp_page, pp_propname) primary key.
			->leftJoin( 'page_props', 'summary', [
				'summary.pp_page = page_id',
				'summary.pp_propname' => ModuleProperties::SUMMARY,
			] )
			->where( [
				'page_namespace' => NS_TRAINING,
				'page_is_redirect' => 0,
				$dbr->expr( 'page_title', IExpression::NOT_LIKE,
					new LikeValue( $dbr->anyString(), '/', $dbr->anyString() ) ),
			] )
			->orderBy( 'page_title' )
			->limit( $limit )
			->caller( __METHOD__ );

		$searchCondition = $this->buildSearchCondition( $dbr, $search );
		if ( $searchCondition !== null ) {
			// The search key, on the same primary key; left join: pages without it can match by title.
			$queryBuilder
				->leftJoin( 'page_props', 'searchkey', [
					'searchkey.pp_page = page_id',
					'searchkey.pp_propname' => ModuleProperties::SEARCH_KEY,
				] )
				->andWhere( $searchCondition );
		}

		$modules = [];
		foreach ( $queryBuilder->fetchResultSet() as $row ) {
			/** @var stdClass $row */
			$dbKey = (string)$row->page_title;
			$modules[] = new ModuleSummary(
				PageIdentityValue::localIdentity( (int)$row->page_id, (int)$row->page_namespace, $dbKey ),
				strtr( $dbKey, '_', ' ' ),
				$row->pp_value === null ? '' : (string)$row->pp_value
			);
		}
		return $modules;
	}

	/**
	 * A condition matching the modules found by the search text, on the `searchkey` alias of
	 * page_props (left joined on the `trainings-searchkey` property).
	 *
	 * Either every word of the text, folded by SearchKey::fold(), occurs in the search key
	 * (the same semantics as the browser filter: any order, title or summary, case and accents
	 * ignored), or the title contains the whole text. The title match keeps pages without a
	 * search key findable (no metadata, or not reparsed yet).
	 *
	 * page_title is a binary column and SQLite runs with case_sensitive_like,
	 * so a LIKE is case-sensitive on every backend MediaWiki supports, and
	 * MediaWiki has no portable case-folding SQL function. The search key is
	 * folded when stored, so its words need no variants. The title match
	 * therefore matches the usual spellings of the text: as typed, lower case,
	 * upper case, first letter capitalised, and every word capitalised. That
	 * covers sentence-case titles ("How to talk to partners") whatever the
	 * learner types; mixed-case words inside a title ("VisualEditor") only
	 * match when typed the same way.
	 *
	 * LIKE wildcards in the text (`%`, `_`) are matched literally.
	 *
	 * @return IExpression|null Null when there is nothing to search for
	 */
	private function buildSearchCondition( IReadableDatabase $dbr, string $search ): ?IExpression {
		$words = SearchKey::words( $search );
		// Titles are stored with underscores for spaces; collapse runs of either.
		$term = trim( (string)preg_replace( '/[\s_]+/u', ' ', $search ) );
		if ( $words === [] || $term === '' ) {
			return null;
		}
		$wordConditions = [];
		foreach ( $words as $word ) {
			$wordConditions[] = $dbr->expr( 'searchkey.pp_value', IExpression::LIKE, new LikeValue(
				$dbr->anyString(), $word, $dbr->anyString()
			) );
		}
		$conditions = [ $dbr->andExpr( $wordConditions ) ];
		foreach ( self::caseVariants( $term ) as $variant ) {
			$conditions[] = $dbr->expr( 'page_title', IExpression::LIKE, new LikeValue(
				$dbr->anyString(), strtr( $variant, ' ', '_' ), $dbr->anyString()
			) );
		}
		return $dbr->orExpr( $conditions );
	}

	/**
	 * @param string $term Non-empty search text with single spaces between words
	 * @return string[] Distinct spellings of the term to look for
	 */
	public static function caseVariants( string $term ): array {
		$lower = mb_strtolower( $term );
		$capitalisedWords = array_map( [ self::class, 'capitaliseFirst' ], explode( ' ', $lower ) );
		return array_values( array_unique( [
			$term,
			$lower,
			mb_strtoupper( $term ),
			self::capitaliseFirst( $lower ),
			implode( ' ', $capitalisedWords ),
		] ) );
	}

	private static function capitaliseFirst( string $text ): string {
		return mb_strtoupper( mb_substr( $text, 0, 1 ) ) . mb_substr( $text, 1 );
	}

}
