<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Catalog;

use MediaWiki\Extension\Trainings\Content\ModuleProperties;
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
	 * @param string $search Only modules whose title contains this text
	 *  (ignoring case, spaces and underscores alike); empty for all modules
	 * @param int $limit At most this many modules (clamped to 1..MAX_LIMIT)
	 * @return ModuleSummary[] Sorted by title
	 */
	public function listModules( string $search = '', int $limit = self::DEFAULT_LIMIT ): array {
		$limit = max( 1, min( $limit, self::MAX_LIMIT ) );
		$dbr = $this->connectionProvider->getReplicaDatabase();

		$queryBuilder = $dbr->newSelectQueryBuilder()
			->select( [ 'page_id', 'page_namespace', 'page_title', 'pp_value' ] )
			->from( 'page' )
			// The summary from the module's metadata, on the (pp_page, pp_propname) primary key.
			->leftJoin( 'page_props', null, [
				'pp_page = page_id',
				'pp_propname' => ModuleProperties::SUMMARY,
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
			$queryBuilder->andWhere( $searchCondition );
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
	 * A condition matching titles that contain the search text.
	 *
	 * page_title is a binary column and SQLite runs with case_sensitive_like,
	 * so a LIKE is case-sensitive on every backend MediaWiki supports, and
	 * MediaWiki has no portable case-folding SQL function. The condition
	 * therefore matches the usual spellings of the text: as typed, lower case,
	 * upper case, first letter capitalised, and every word capitalised. That
	 * covers sentence-case titles ("How to talk to partners") whatever the
	 * learner types; mixed-case words inside a title ("VisualEditor") only
	 * match when typed the same way.
	 *
	 * @return IExpression|null Null when there is nothing to search for
	 */
	private function buildSearchCondition( IReadableDatabase $dbr, string $search ): ?IExpression {
		// Titles are stored with underscores for spaces; collapse runs of either.
		$term = trim( (string)preg_replace( '/[\s_]+/u', ' ', $search ) );
		if ( $term === '' ) {
			return null;
		}
		$conditions = [];
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
