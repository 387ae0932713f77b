<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\CommentStore\CommentStoreComment;
use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Extension\Trainings\Permissions\ReviewRule;
use MediaWiki\Extension\Trainings\Permissions\ReviewState;
use MediaWiki\Extension\Trainings\Permissions\ReviewStateLookup;
use MediaWiki\Revision\RenderedRevision;
use MediaWiki\Status\Status;
use MediaWiki\Storage\Hook\MultiContentSaveHook;
use MediaWiki\User\UserFactory;
use MediaWiki\User\UserIdentity;

/**
 * Refuses a save of an existing Training page that changes its review state (the `reviewed`
 * date, or a status only reviewers may set) when the editor lacks the right `trainings-review`.
 * It runs for every save (edit form, API, VisualEditor, imports by a user) on the parse the save
 * makes anyway. Maintenance scripts and bots of the software itself (system users, such as
 * Translate's FuzzyBot) are trusted.
 *
 * @license GPL-2.0-or-later
 */
class ReviewPermissionHandler implements MultiContentSaveHook {

	public function __construct(
		private readonly UserFactory $userFactory,
		private readonly ReviewRule $reviewRule,
		private readonly ReviewStateLookup $reviewStateLookup
	) {
	}

	/**
	 * @param RenderedRevision $renderedRevision
	 * @param UserIdentity $user
	 * @param CommentStoreComment $summary
	 * @param int $flags
	 * @param Status $hookStatus
	 * @return bool|void False to refuse the save
	 */
	public function onMultiContentSave( $renderedRevision, $user, $summary, $flags, $hookStatus ) {
		$page = $renderedRevision->getRevision()->getPage();
		// A new page has no review state yet: what it claims is checked from its next edit on
		// (design record 0009).
		if ( $page->getNamespace() !== NS_TRAINING || !$page->exists() ) {
			return;
		}
		$editor = $this->userFactory->newFromUserIdentity( $user );
		if ( $editor->isSystemUser() ) {
			return;
		}
		$output = $renderedRevision->getRevisionParserOutput( [ 'generate-html' => false ] );
		$after = [
			ModuleProperties::STATUS => $output->getPageProperty( ModuleProperties::STATUS ),
			ModuleProperties::REVIEWED => $output->getPageProperty( ModuleProperties::REVIEWED ),
		];
		$status = $this->reviewRule->check(
			$this->reviewStateLookup->getState( $page->getNamespace(), $page->getDBkey() ),
			ReviewState::fromPageProperties( $after ),
			$editor->isAllowed( ReviewRule::RIGHT )
		);
		if ( !$status->isOK() ) {
			$hookStatus->merge( $status );
			return false;
		}
	}

}
