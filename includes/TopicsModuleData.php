<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings;

use MediaWiki\ResourceLoader\Context;

/**
 * The catalog's topics for ResourceLoader modules, as virtual package files (design record
 * 0020): keys and labels in the module's language, so that no script names a topic of its own.
 * A static callback, hence the service locator.
 *
 * @license GPL-2.0-or-later
 */
final class TopicsModuleData {

	/**
	 * @param Context $context
	 * @return list<array{key:string,label:string}> In display order
	 */
	public static function getTopics( Context $context ): array {
		$topics = [];
		foreach ( TrainingsServices::getTopics()->labels( $context->getLanguage() ) as $key => $label ) {
			$topics[] = [ 'key' => (string)$key, 'label' => $label ];
		}
		return $topics;
	}

}
