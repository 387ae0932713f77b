<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

use MediaWiki\Extension\Trainings\Content\StepId;

/**
 * A slide's slug as a step identity (`[a-z][a-z0-9-]{0,63}`, decision record 0019): Dashboard
 * slugs are nearly always that already; the few that are not are lower-cased, `_` and other
 * characters become `-`, and one starting with a digit gets `s-` in front. The same slug
 * always gives the same id, so links and re-imports agree.
 *
 * @license GPL-2.0-or-later
 */
final class StepIdentity {

	public static function fromSlug( string $slug ): string {
		$id = trim( (string)preg_replace( '/[^a-z0-9]+/', '-', strtolower( $slug ) ), '-' );
		if ( !preg_match( '/^[a-z]/', $id ) ) {
			$id = 's-' . $id;
		}
		return rtrim( substr( $id, 0, StepId::MAX_LENGTH ), '-' );
	}
}
