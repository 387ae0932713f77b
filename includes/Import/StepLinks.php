<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

use MediaWiki\Extension\Trainings\Content\StepId;

/**
 * Turns a Dashboard slide link (`./slug` in YAML, `…/slides/<id>-<slug>` on Meta-Wiki) into a
 * link to the step that keeps that slug as its identity (decision records 0019, 0021): in the
 * same module a fragment, in another imported module that module's page and the fragment.
 *
 * @license GPL-2.0-or-later
 */
class StepLinks {

	/**
	 * @param array<string,string> $moduleOfSlide Page title (prefixed) of the module each slide slug is in
	 * @param string $currentModule Prefixed title of the module being converted
	 */
	public function __construct(
		private readonly array $moduleOfSlide,
		private readonly string $currentModule
	) {
	}

	/** Wikitext of a link to the step of $slug with $text, null when no imported module has it. */
	public function link( string $slug, string $text ): ?string {
		$module = $this->moduleOfSlide[$slug] ?? null;
		if ( $module === null ) {
			return null;
		}
		$target = $module === $this->currentModule ? '' : $module;
		return "[[$target#" . self::fragment( StepIdentity::fromSlug( $slug ) ) . "|$text]]";
	}

	/** The fragment of a step's stable link (decision record 0019). */
	public static function fragment( string $id ): string {
		return StepId::fragment( $id );
	}

	/** The slug of a Meta-Wiki slide title or a relative link, or null when it is neither. */
	public static function slugOf( string $target ): ?string {
		$target = trim( $target );
		if ( preg_match( '!^\./([a-z0-9][a-z0-9_-]*)/?$!i', $target, $m ) ) {
			return $m[1];
		}
		if ( preg_match( '!/slides/\d+-([a-z0-9][a-z0-9_-]*)$!i', str_replace( ' ', '_', $target ), $m ) ) {
			return $m[1];
		}
		return null;
	}
}
