<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Groups;

/**
 * What a group's organisers see: its columns, its participants (sorted) with their cells,
 * totals per column and first-try rates per quiz question, computed only from the current
 * participants' progress in the group's modules. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class GroupReport {

	/**
	 * @param TrainingGroup $group
	 * @param GroupColumn[] $columns
	 * @param array<int,string|null> $names Central id => username (null when hidden), in row order
	 * @param array<int,array<int,GroupCell>> $cells Central id => column page id => cell
	 * @param array<int,array<string,int>> $totals Column page id => GroupCell state => count
	 * @param array<int,array<int,array{0:int,1:int}>> $firstTries Module page id => quiz number =>
	 *  [ participants who answered it, right at their first try ]
	 */
	public function __construct(
		public readonly TrainingGroup $group,
		public readonly array $columns,
		public readonly array $names,
		public readonly array $cells,
		public readonly array $totals,
		public readonly array $firstTries
	) {
	}

}
