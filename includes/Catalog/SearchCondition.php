<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Catalog;

use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Extension\Trainings\Content\SearchFragments;
use MediaWiki\Extension\Trainings\Reviews\ReviewedProperties;
use MediaWiki\Extension\Trainings\Reviews\ReviewStore;
use MediaWiki\Extension\Trainings\Reviews\SearchFragmentIndex;
use Wikimedia\Rdbms\IExpression;
use Wikimedia\Rdbms\IReadableDatabase;
use Wikimedia\Rdbms\LikeValue;
use Wikimedia\Rdbms\SelectQueryBuilder;

/**
 * The catalog search as SQL on the word index (design record 0023): the modules one of whose
 * pages (the base page, or a language version readers get) holds every word of the search
 * inside the words of its search key or title, in any order, case and accents aside (the rule
 * of the browser filter, SearchKey).
 *
 * Each word is a range on the index (SearchFragments), so the cost follows the number of
 * matching pages, not the size of the library: `module.page_title IN (<modules found>)`, an
 * uncorrelated sub-select the database runs once.
 *
 * @license GPL-2.0-or-later
 */
final class SearchCondition {

	private function __construct() {
		// Static helpers only.
	}

	/**
	 * @param IReadableDatabase $dbr
	 * @param list<string> $words Folded search words, not empty
	 * @param string|null $language Only the pages of this language version ('' for the base
	 *  page, the source language); null for any page
	 * @return string SQL condition on the outer `module` page
	 */
	public static function modulesMatching( IReadableDatabase $dbr, array $words, ?string $language = null ): string {
		// The longest word first: usually the fewest index rows to start from.
		usort( $words, static fn ( string $a, string $b ) => strlen( $b ) <=> strlen( $a ) );
		$first = array_shift( $words );
		$query = $dbr->newSelectQueryBuilder()
			->select( 'f0.tsf_module' )
			->from( SearchFragmentIndex::TABLE, 'f0' )
			// Only versions readers get: a draft `/xx`'s words find nothing (design record 0017).
			->leftJoin( ReviewStore::TABLE, 'f0_review', [
				'f0_review.trr_page = f0.tsf_page',
				'f0_review.trr_state' => ReviewStore::SHOWN_STATES,
			] )
			->where( self::wordCondition( $dbr, 'f0', (string)$first ) )
			->andWhere( $dbr->orExpr( [
				$dbr->expr( 'f0.tsf_language', '=', '' ),
				$dbr->expr( 'f0_review.trr_page', '!=', null ),
			] ) )
			->caller( __METHOD__ );
		if ( $language !== null ) {
			$query->andWhere( [ 'f0.tsf_language' => $language ] );
		}
		foreach ( $words as $i => $word ) {
			$alias = 'f' . ( $i + 1 );
			$query->andWhere( 'EXISTS (' . $dbr->newSelectQueryBuilder()
				->select( '1' )
				->from( SearchFragmentIndex::TABLE, $alias )
				->where( "$alias.tsf_page = f0.tsf_page" )
				->andWhere( self::wordCondition( $dbr, $alias, $word ) )
				->caller( __METHOD__ )
				->getSQL() . ')' );
		}
		return 'module.page_title IN (' . $query->getSQL() . ')';
	}

	/**
	 * @return string SQL: the word occurs in a word of the page behind the alias
	 */
	private static function wordCondition( IReadableDatabase $dbr, string $alias, string $word ): string {
		$fragment = SearchFragments::cut( $word );
		$upper = SearchFragments::upperBound( $fragment );
		$conditions = [ "$alias.tsf_fragment >= " . $dbr->addQuotes( $fragment ) ];
		$conditions[] = $upper === null
			? $dbr->expr( "$alias.tsf_fragment", IExpression::LIKE, new LikeValue( $fragment, $dbr->anyString() ) )
				->toSql( $dbr )
			: "$alias.tsf_fragment < " . $dbr->addQuotes( $upper );
		if ( SearchFragments::isCut( $word ) ) {
			// Longer than a fragment: the index narrows, the stored search key decides.
			$conditions[] = 'EXISTS (' . self::newKeyCheck( $dbr, $alias, $word )->getSQL() . ')';
		}
		return $dbr->makeList( $conditions, IReadableDatabase::LIST_AND );
	}

	private static function newKeyCheck( IReadableDatabase $dbr, string $alias, string $word ): SelectQueryBuilder {
		return $dbr->newSelectQueryBuilder()
			->select( '1' )
			->from( ReviewedProperties::TABLE, "{$alias}_key" )
			->where( [
				"{$alias}_key.trp_page = $alias.tsf_page",
				"{$alias}_key.trp_propname" => ModuleProperties::SEARCH_KEY,
				$dbr->expr( "{$alias}_key.trp_value", IExpression::LIKE,
					new LikeValue( $dbr->anyString(), $word, $dbr->anyString() ) ),
			] )
			->caller( __METHOD__ );
	}

}
