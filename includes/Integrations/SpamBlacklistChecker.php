<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Integrations;

use MediaWiki\Extension\SpamBlacklist\BaseBlacklist;
use MediaWiki\Extension\Trainings\MaintenanceLoop\CommentChecker;
use MediaWiki\Page\PageIdentity;
use MediaWiki\Title\TitleFactory;
use MediaWiki\User\UserFactory;
use MediaWiki\User\UserIdentity;

/**
 * Checks the addresses in a learner's comment against SpamBlacklist's lists (wired only when
 * SpamBlacklist is loaded), the way it checks the external links of an edit.
 *
 * @license GPL-2.0-or-later
 */
class SpamBlacklistChecker implements CommentChecker {

	public function __construct(
		private readonly TitleFactory $titleFactory,
		private readonly UserFactory $userFactory
	) {
	}

	/** @inheritDoc */
	public function findSpam( string $comment, PageIdentity $page, UserIdentity $user ): array {
		// Bare domains count too: a comment is not rendered, so "example.com" is what a spammer writes.
		preg_match_all( '/\b(?:https?:\/\/|\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(\/\S*)?/iu', $comment, $matches );
		$links = [];
		foreach ( $matches[1] as $i => $host ) {
			$links[] = 'https://' . $host . ( $matches[2][$i] ?? '' );
		}
		if ( $links === [] ) {
			return [];
		}
		$result = BaseBlacklist::getSpamBlacklist()->filter( $links,
			$this->titleFactory->newFromPageIdentity( $page ), $this->userFactory->newFromUserIdentity( $user ), true );
		return is_array( $result ) ? array_values( array_map( 'strval', $result ) ) : [];
	}

}
