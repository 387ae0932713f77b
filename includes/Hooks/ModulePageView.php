<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\Extension\Trainings\Content\ModulePageOutput;
use MediaWiki\Output\OutputPage;

/**
 * Whether an output page is a reader's view of a module: the current or reviewed revision of a
 * Training page, viewed as an article, with the player script (which ParserAfterTidyHandler adds to
 * modules and courses), not a course. Shared by the hooks that act on such views.
 *
 * @license GPL-2.0-or-later
 */
final class ModulePageView {

	private function __construct() {
		// Static helper only.
	}

	public static function isModuleView( OutputPage $out ): bool {
		$title = $out->getTitle();
		// The reviewed revision readers get is their module view too (design record 0017).
		return $title !== null && $title->getNamespace() === NS_TRAINING && $out->isArticle()
			&& $out->getActionName() === 'view'
			&& ( $out->isRevisionCurrent() || $out->getProperty( ReviewedViewHandler::PROPERTY ) !== null )
			&& in_array( ParserAfterTidyHandler::PLAYER_MODULE, $out->getModules(), true )
			&& !( $out->getJsConfigVars()[ModulePageOutput::COURSE_CONFIG_VAR] ?? false );
	}

}
