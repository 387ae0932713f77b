<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

/**
 * The validated metadata of a training module, from `{{#training:}}`. Every
 * value has passed its rule (see MetadataParser); a value that did not is null
 * or empty here. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class ModuleMetadata {

	public const LEVELS = [ 'beginner' => 1, 'intermediate' => 2, 'advanced' => 3 ];

	/**
	 * What an author may write; only a review publishes (design record 0017): `ready` says
	 * "ready for review", and no status grants anything.
	 */
	public const STATUSES = [ 'draft' => 0, 'published' => 1, 'outdated' => 2, 'ready' => 3 ];

	public const DEFAULT_STATUS = 'published';

	/**
	 * @param string|null $title Plain-text title
	 * @param string|null $titleHtml The title as parsed HTML (inline)
	 * @param string|null $summary Plain-text summary
	 * @param string|null $summaryHtml The summary as parsed HTML (inline)
	 * @param string|null $level A key of LEVELS
	 * @param int|null $duration Minutes
	 * @param list<string> $topics Topic keys
	 * @param list<string> $maintainers Canonical user names
	 * @param string|null $reviewed Date of the last review, YYYY-MM-DD
	 * @param string $status A key of STATUSES
	 * @param string|null $image DB key of the cover image (an existing file)
	 */
	public function __construct(
		private readonly ?string $title = null,
		private readonly ?string $titleHtml = null,
		private readonly ?string $summary = null,
		private readonly ?string $summaryHtml = null,
		private readonly ?string $level = null,
		private readonly ?int $duration = null,
		private readonly array $topics = [],
		private readonly array $maintainers = [],
		private readonly ?string $reviewed = null,
		private readonly string $status = self::DEFAULT_STATUS,
		private readonly ?string $image = null
	) {
	}

	public function getTitle(): ?string {
		return $this->title;
	}

	public function getTitleHtml(): ?string {
		return $this->titleHtml;
	}

	public function getSummary(): ?string {
		return $this->summary;
	}

	public function getSummaryHtml(): ?string {
		return $this->summaryHtml;
	}

	public function getLevel(): ?string {
		return $this->level;
	}

	/**
	 * @return int|null 1 (beginner) to 3 (advanced), the sortable form of the level
	 */
	public function getLevelNumber(): ?int {
		return $this->level === null ? null : self::LEVELS[$this->level];
	}

	public function getDuration(): ?int {
		return $this->duration;
	}

	/**
	 * @return list<string>
	 */
	public function getTopics(): array {
		return $this->topics;
	}

	/**
	 * @return list<string>
	 */
	public function getMaintainers(): array {
		return $this->maintainers;
	}

	public function getReviewed(): ?string {
		return $this->reviewed;
	}

	/**
	 * @return int|null The review date as the number YYYYMMDD
	 */
	public function getReviewedNumber(): ?int {
		return $this->reviewed === null ? null : (int)str_replace( '-', '', $this->reviewed );
	}

	public function getStatus(): string {
		return $this->status;
	}

	/**
	 * @return int 0 (draft), 1 (published) or 2 (outdated)
	 */
	public function getStatusNumber(): int {
		return self::STATUSES[$this->status];
	}

	public function getImage(): ?string {
		return $this->image;
	}

}
