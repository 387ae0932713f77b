<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

/**
 * The style modules of the special pages' server-rendered forms, tables and cards. Core's
 * `mediawiki.htmlform.codex.styles` carries the Codex form components (buttons, fields,
 * messages); the extension's one style module carries only the components core has no module
 * for (cards, chips), so that module pages, which load the same style
 * module, do not download the forms' CSS (docs/architecture.md, "ResourceLoader modules").
 *
 * @license GPL-2.0-or-later
 */
final class FormStyles {

	public const MODULES = [ 'ext.trainings.styles', 'mediawiki.htmlform.codex.styles' ];

	private function __construct() {
		// Constants only.
	}
}
