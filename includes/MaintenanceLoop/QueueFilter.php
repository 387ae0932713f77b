<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\MaintenanceLoop;

/**
 * What the maintainers' queue is narrowed to: one maintainer's modules, one topic, one
 * language (translations and flags in that language, and the rest of modules written in it).
 *
 * @license GPL-2.0-or-later
 */
final class QueueFilter {

	public function __construct(
		public readonly ?string $maintainer = null,
		public readonly ?string $topic = null,
		public readonly ?string $language = null
	) {
	}

	public function matchesModule( ModuleRecord $module ): bool {
		return ( $this->maintainer === null || in_array( $this->maintainer, $module->maintainers, true ) )
			&& ( $this->topic === null || in_array( $this->topic, $module->topics, true ) );
	}

	public function matchesLanguage( string $language ): bool {
		return $this->language === null || $this->language === $language;
	}

}
