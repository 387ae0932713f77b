<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use MediaWiki\Linker\LinkTarget;

/**
 * One module of a course (design record 0003, §6): an existing page of the Training
 * namespace, and the label the course gives it. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class CourseModule {

	/**
	 * @param LinkTarget $title The module page, in NS_TRAINING
	 * @param int $pageId Its page id
	 * @param string|null $label Inline wikitext of the label, Translate markup removed; null for
	 *  the default (the title)
	 */
	public function __construct(
		private readonly LinkTarget $title,
		private readonly int $pageId,
		private readonly ?string $label
	) {
	}

	public function getTitle(): LinkTarget {
		return $this->title;
	}

	public function getPageId(): int {
		return $this->pageId;
	}

	public function getLabel(): ?string {
		return $this->label;
	}

}
