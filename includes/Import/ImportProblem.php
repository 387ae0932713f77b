<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * One thing the importer could not convert, named where it is in the source: a page title
 * (on-wiki) or a file path (YAML), and a 1-based line when the problem is on one line.
 * The text is for the administrator running the import (a maintenance script's report).
 * Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class ImportProblem {

	public function __construct(
		public readonly string $source,
		public readonly ?int $line,
		public readonly string $text
	) {
	}

	public function format(): string {
		return $this->source . ( $this->line !== null ? ":{$this->line}" : '' ) . ': ' . $this->text;
	}
}
