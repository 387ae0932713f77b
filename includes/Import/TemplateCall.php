<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * A template call found in source wikitext: its name, its parameters (named, and positional
 * as "1", "2", ...), where it is (byte offsets, 1-based line). Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class TemplateCall {

	/**
	 * @param string $name Normalised: first letter upper case, spaces for underscores
	 * @param array<int|string,string> $params Trimmed values (PHP keys positional ones by int)
	 * @param int $start Byte offset of "{{"
	 * @param int $end Byte offset after "}}"
	 * @param int $line
	 */
	public function __construct(
		public readonly string $name,
		public readonly array $params,
		public readonly int $start,
		public readonly int $end,
		public readonly int $line
	) {
	}

	public function param( string $name ): string {
		return $this->params[$name] ?? '';
	}
}
