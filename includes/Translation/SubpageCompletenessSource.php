<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Translation;

use MediaWiki\Title\Title;

/**
 * Without the Translate extension a language version is a hand-made `Training:X/<code>`
 * subpage: nothing records how much of it is translated, so completeness is unknown, and
 * translating means creating or editing that subpage.
 *
 * @license GPL-2.0-or-later
 */
class SubpageCompletenessSource implements CompletenessSource {

	/** @inheritDoc */
	public function getCompleteness( Title $base, string $sourceLanguage, array $codes ): array {
		return array_fill_keys( $codes, null );
	}

	/**
	 * @inheritDoc
	 * Hand-made versions have no translation units to count: unknown, as for one module.
	 */
	public function getCompletenessInLanguage( string $code, array $bases ): array {
		$result = [];
		foreach ( $bases as $base ) {
			$result[$base->getPrefixedDBkey()] = null;
		}
		return $result;
	}

	/** @inheritDoc */
	public function getTranslateUrl( Title $base, string $code ): string {
		$version = $base->getSubpage( $code );
		return $version ? $version->getLocalURL( [ 'action' => 'edit' ] ) : $base->getLocalURL();
	}

}
