<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

/**
 * Where a step begins in the HTML of a module page, as found by StepScanner.
 * Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class StepBoundary {

	/**
	 * @param int $offset Byte offset in the HTML where the step's section opens
	 * @param string $label Plain text of the step heading
	 * @param string|null $anchor Id the heading will carry (its data-mw-anchor or id)
	 * @param string|null $lang Language of the heading text, when marked (Translate wrappers)
	 * @param string|null $dir Direction of the heading text, when marked
	 * @param string|null $splitWrapper When the heading sits inside a Translate wrapper
	 *  `<div>`, not at its start: the wrapper's start tag, to close before the section
	 *  and open again inside it
	 * @param string|null $stepId The id of the `{{#trainingstep:}}` marker before the heading,
	 *  if any (design record 0019)
	 */
	public function __construct(
		public readonly int $offset,
		public readonly string $label,
		public readonly ?string $anchor,
		public readonly ?string $lang = null,
		public readonly ?string $dir = null,
		public readonly ?string $splitWrapper = null,
		public readonly ?string $stepId = null
	) {
	}

}
