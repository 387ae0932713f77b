<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Reviews;

/**
 * Told when a review was recorded, so that what is built from reviewed revisions (the
 * catalog's cache) follows at once. An interface of the review folder, so that reviews do not
 * know who listens: the catalog depends on reviews, never the reverse (docs/architecture.md).
 *
 * @license GPL-2.0-or-later
 */
interface ReviewListener {

	/**
	 * @param ModuleReview $review The review just stored
	 */
	public function reviewRecorded( ModuleReview $review ): void;
}
