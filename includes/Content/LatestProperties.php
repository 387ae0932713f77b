<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use MediaWiki\Page\PageIdentity;
use MediaWiki\Page\PageProps;
use Wikimedia\Rdbms\SelectQueryBuilder;

/**
 * The one reader of core's `page_props` for the extension's properties (ModuleProperties): what
 * the last parse of each page's latest revision stored. That is what editors and the extension's
 * own bookkeeping need (step counts and ids for progress, a group's columns, a course's
 * modules). What readers get is the reviewed revision's, read from Reviews\ReviewedProperties
 * instead (design record 0017): a draft edit changes these properties, not those.
 *
 * @license GPL-2.0-or-later
 */
class LatestProperties {

	public const SERVICE_NAME = 'Trainings.LatestProperties';

	public function __construct( private readonly PageProps $pageProps ) {
	}

	/**
	 * @param PageIdentity $page
	 * @param string ...$names Property names (ModuleProperties)
	 * @return array<string,string> Name => value, for the properties the page has
	 */
	public function ofPage( PageIdentity $page, string ...$names ): array {
		// Names given as an array: the values come by page, then by name.
		$values = $this->pageProps->getProperties( $page, $names )[$page->getId()] ?? [];
		return is_array( $values ) ? array_map( 'strval', $values ) : [];
	}

	/**
	 * @param PageIdentity $page
	 * @param string $name A property name (ModuleProperties)
	 * @return string|null Its value; null when the page has none
	 */
	public function get( PageIdentity $page, string $name ): ?string {
		return $this->ofPage( $page, $name )[$name] ?? null;
	}

	/**
	 * Adds properties to a query of core's `page` table, one column each: the value, null for a
	 * page without it. One query stays one query, whatever the number of pages.
	 *
	 * @param SelectQueryBuilder $query A query with `page` among its tables
	 * @param array<string,string> $columns Column alias => property name (ModuleProperties)
	 * @return SelectQueryBuilder The same query
	 */
	public function joinTo( SelectQueryBuilder $query, array $columns ): SelectQueryBuilder {
		foreach ( $columns as $alias => $name ) {
			$query->leftJoin( 'page_props', $alias, [ "$alias.pp_page = page_id", "$alias.pp_propname" => $name ] )
				->select( [ $alias => "$alias.pp_value" ] );
		}
		return $query;
	}

}
