<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Permissions;

use MediaWiki\Extension\Trainings\Content\ModuleMetadata;
use MediaWiki\Extension\Trainings\Content\ModuleProperties;

/**
 * What a reviewer vouches for on a module page: its status and the date of its last review,
 * as the page properties of one revision hold them. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class ReviewState {

	/**
	 * @param string|null $status A key of ModuleMetadata::STATUSES; null when the page has no metadata
	 * @param int|null $reviewed YYYYMMDD; null when no valid review date is given
	 */
	public function __construct(
		private readonly ?string $status,
		private readonly ?int $reviewed
	) {
	}

	/** The state of a page that does not exist yet, or has no metadata. */
	public static function none(): self {
		return new self( null, null );
	}

	/**
	 * @param array<string,mixed> $properties Page properties by name, as stored or as a parse set them
	 */
	public static function fromPageProperties( array $properties ): self {
		$status = $properties[ModuleProperties::STATUS] ?? null;
		$reviewed = $properties[ModuleProperties::REVIEWED] ?? null;
		$statusKey = is_numeric( $status )
			? array_search( (int)$status, ModuleMetadata::STATUSES, true )
			: false;
		return new self(
			is_string( $statusKey ) ? $statusKey : null,
			is_numeric( $reviewed ) ? (int)$reviewed : null
		);
	}

	public function getStatus(): ?string {
		return $this->status;
	}

	public function getReviewed(): ?int {
		return $this->reviewed;
	}

}
