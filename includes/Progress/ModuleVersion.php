<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Progress;

use MediaWiki\Extension\Trainings\Content\StepLayout;
use MediaWiki\Page\PageIdentity;

/**
 * One language version of a training module, as progress is recorded against it: the module's
 * base page (`Training:X`, whose page id keys the progress and survives moves), the language
 * code of the version, the page the learner reads (`Training:X` itself or `Training:X/fr`) and
 * that page's step and quiz counts (page properties `trainings-steps` and `trainings-quizzes`)
 * and its layout, the steps' ids and the quizzes' keys (design record 0019).
 *
 * @license GPL-2.0-or-later
 */
final class ModuleVersion {

	public function __construct(
		private readonly PageIdentity $module,
		private readonly string $language,
		private readonly PageIdentity $page,
		private readonly int $stepCount,
		private readonly int $quizCount,
		private readonly ?StepLayout $layout = null
	) {
	}

	/** The steps' ids and the quizzes' keys; empty for a page parsed before step ids. */
	public function getLayout(): StepLayout {
		return $this->layout ?? StepLayout::empty();
	}

	/** The module's base page (`Training:X`). */
	public function getModule(): PageIdentity {
		return $this->module;
	}

	public function getModuleId(): int {
		return $this->module->getId();
	}

	/** Language code of the version. */
	public function getLanguage(): string {
		return $this->language;
	}

	/** The page of the version (`Training:X` or `Training:X/fr`). */
	public function getPage(): PageIdentity {
		return $this->page;
	}

	/** Steps of the version, without the introduction (step 0). */
	public function getStepCount(): int {
		return $this->stepCount;
	}

	public function getQuizCount(): int {
		return $this->quizCount;
	}

}
