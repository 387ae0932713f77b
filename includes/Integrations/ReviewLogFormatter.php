<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Integrations;

use LogFormatter;
use MediaWiki\Message\Message;

/**
 * Special:Log entries of the log type `trainingreview` (design record 0017): the fourth
 * message parameter is the reviewed revision, linked to that revision of the page.
 *
 * @license GPL-2.0-or-later
 */
class ReviewLogFormatter extends LogFormatter {

	/**
	 * @return array<int,mixed>
	 */
	protected function getMessageParameters() {
		$params = parent::getMessageParameters();
		$revisionId = (int)( $params[3] ?? 0 );
		if ( $revisionId > 0 ) {
			$label = $this->msg( 'trainings-review-log-revision' )->numParams( $revisionId )->text();
			$params[3] = Message::rawParam( $this->plaintext ? $label : $this->makePageLink(
				$this->entry->getTarget(), [ 'oldid' => $revisionId ], htmlspecialchars( $label ) ) );
		}
		return $params;
	}

}
