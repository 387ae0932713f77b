<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use MediaWiki\Linker\LinkTarget;

/**
 * What CourseParser made of the arguments of one `{{#trainingcourse:}}`: the valid
 * modules in course order, the pages listed but missing (linked all the same, so
 * the course is parsed again when one is created), and a problem for each entry
 * that was left out. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class Course {

	/**
	 * @param list<CourseModule> $modules In course order, distinct
	 * @param list<LinkTarget> $missingPages Valid titles in NS_TRAINING that do not exist
	 * @param list<Problem> $problems In argument order
	 */
	public function __construct(
		private readonly array $modules,
		private readonly array $missingPages,
		private readonly array $problems
	) {
	}

	/**
	 * @return list<CourseModule>
	 */
	public function getModules(): array {
		return $this->modules;
	}

	/**
	 * @return list<string> DB keys of the modules, in course order
	 */
	public function getModuleKeys(): array {
		return array_map( static fn ( CourseModule $module ) => $module->getTitle()->getDBkey(), $this->modules );
	}

	/**
	 * @return list<LinkTarget>
	 */
	public function getMissingPages(): array {
		return $this->missingPages;
	}

	/**
	 * @return list<Problem>
	 */
	public function getProblems(): array {
		return $this->problems;
	}

}
