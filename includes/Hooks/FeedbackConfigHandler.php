<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\Config\Config;
use MediaWiki\ResourceLoader\Hook\ResourceLoaderGetConfigVarsHook;

/**
 * Tells the player whether anonymous readers may comment when they flag a step
 * (`wgTrainingsFeedbackAnonymousComments`): one boolean in the startup module, cached with it.
 *
 * @license GPL-2.0-or-later
 */
class FeedbackConfigHandler implements ResourceLoaderGetConfigVarsHook {

	/**
	 * @param array<string,mixed> &$vars
	 * @param string $skin
	 * @param Config $config
	 */
	public function onResourceLoaderGetConfigVars( array &$vars, $skin, Config $config ): void {
		$vars['wgTrainingsFeedbackAnonymousComments'] = (bool)$config->get( 'TrainingsFeedbackAnonymousComments' );
	}

}
