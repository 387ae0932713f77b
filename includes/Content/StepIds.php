<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

/**
 * The id of every step of a page (design record 0019), in order: the id of its
 * `{{#trainingstep:}}` marker; else, on a language version, the source's id at the same
 * position; else the id made from its heading, as the pre-save transform will write it.
 * Ids are unique on the page: a repeated one gives way to the next rule.
 *
 * @license GPL-2.0-or-later
 */
final class StepIds {

	private function __construct() {
		// Static helpers only.
	}

	/**
	 * @param list<StepBoundary> $boundaries
	 * @param list<string> $sourceIds The source page's ids, on a language version
	 * @return list<string>
	 */
	public static function resolve( array $boundaries, array $sourceIds = [] ): array {
		$taken = [];
		foreach ( $boundaries as $boundary ) {
			if ( $boundary->stepId !== null && StepId::isValid( $boundary->stepId ) ) {
				$taken[$boundary->stepId] = true;
			}
		}
		$ids = [];
		$used = [];
		foreach ( $boundaries as $index => $boundary ) {
			$id = $boundary->stepId;
			if ( $id === null || !StepId::isValid( $id ) || isset( $used[$id] ) ) {
				$id = $sourceIds[$index] ?? null;
				if ( $id === null || isset( $taken[$id] ) || isset( $used[$id] ) ) {
					$id = StepId::fromHeading( $boundary->label, $taken + $used );
				}
			}
			$used[$id] = true;
			$ids[] = $id;
		}
		return $ids;
	}

}
