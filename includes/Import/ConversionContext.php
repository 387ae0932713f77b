<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * What converting one slide text needs besides the text: where it comes from (for the
 * report), how to link other slides, and the wiki's files.
 *
 * @license GPL-2.0-or-later
 */
final class ConversionContext {

	public function __construct(
		public readonly string $source,
		public readonly ImportReport $report,
		public readonly StepLinks $links,
		public readonly MediaResolver $media
	) {
	}

	public function problem( int $line, string $text ): void {
		$this->report->problem( $this->source, $line, $text );
	}
}
