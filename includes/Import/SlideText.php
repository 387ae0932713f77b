<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * A slide in one language as the source wrote it: title, body and quiz, with the body in
 * the source's markup (FORMAT_WIKITEXT for Meta-Wiki pages, FORMAT_MARKDOWN for YAML), and
 * where it was read (page or file, and the line its body starts on). Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class SlideText {

	public const FORMAT_WIKITEXT = 'wikitext';
	public const FORMAT_MARKDOWN = 'markdown';

	public function __construct(
		public readonly string $title,
		public readonly string $body,
		public readonly string $format,
		public readonly ?SourceQuiz $quiz,
		public readonly string $source,
		public readonly int $bodyLine
	) {
	}
}
