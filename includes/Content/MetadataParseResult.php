<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

/**
 * What MetadataParser made of the arguments of one `{{#training:}}`: the valid
 * values and a problem for each argument that was not. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class MetadataParseResult {

	/**
	 * @param ModuleMetadata $metadata The values that passed their rules
	 * @param list<Problem> $problems In argument order
	 */
	public function __construct(
		private readonly ModuleMetadata $metadata,
		private readonly array $problems
	) {
	}

	public function getMetadata(): ModuleMetadata {
		return $this->metadata;
	}

	/**
	 * @return list<Problem>
	 */
	public function getProblems(): array {
		return $this->problems;
	}

}
