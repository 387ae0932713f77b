<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\CommentStore\CommentStoreComment;
use MediaWiki\Extension\Trainings\Content\LanguageSubpage;
use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Extension\Trainings\Permissions\ReviewRule;
use MediaWiki\Extension\Trainings\Permissions\ReviewState;
use MediaWiki\Extension\Trainings\Permissions\ReviewStateLookup;
use MediaWiki\Page\PageIdentity;
use MediaWiki\Revision\RenderedRevision;
use MediaWiki\Status\Status;
use MediaWiki\Storage\Hook\MultiContentSaveHook;
use MediaWiki\Title\Title;
use MediaWiki\User\UserFactory;
use MediaWiki\User\UserIdentity;

/**
 * Refuses a save of a Training page that changes its review state (the `reviewed` date, or a
 * status only reviewers may set) when the editor lacks the right `trainings-review`; a new page
 * starts from no state at all, a new language version from its source module's.
 * It runs for every save (edit form, API, VisualEditor, imports by a user) on the parse the save
 * makes anyway. Maintenance scripts and bots of the software itself (system users, such as
 * Translate's FuzzyBot) are trusted.
 *
 * @license GPL-2.0-or-later
 */
class ReviewPermissionHandler implements MultiContentSaveHook {

	public function __construct(
		private readonly UserFactory $userFactory,
		private readonly LanguageSubpage $languageSubpage,
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
		if ( $page->getNamespace() !== NS_TRAINING ) {
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
			$this->stateBefore( $page ),
			ReviewState::fromPageProperties( $after ),
			$editor->isAllowed( ReviewRule::RIGHT )
		);
		if ( !$status->isOK() ) {
			$hookStatus->merge( $status );
			return false;
		}
	}

	/**
	 * What an edit may keep without the right: the page's stored state; for a new page, nothing,
	 * except that a new language version may carry its source module's state (a hand-made
	 * translation copies the source's metadata; it claims no review of its own).
	 */
	private function stateBefore( PageIdentity $page ): ReviewState {
		if ( $page->exists() ) {
			return $this->reviewStateLookup->getState( $page->getNamespace(), $page->getDBkey() );
		}
		$title = Title::newFromPageIdentity( $page );
		if ( $this->languageSubpage->languageCodeOf( $title ) === null ) {
			return ReviewState::none();
		}
		$text = $title->getText();
		return $this->reviewStateLookup->getState( NS_TRAINING, strtr(
			substr( $text, 0, (int)strrpos( $text, '/' ) ), ' ', '_' ) );
	}

}
