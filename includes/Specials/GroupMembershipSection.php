<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Context\IContextSource;
use MediaWiki\Extension\Trainings\Groups\MembershipCommand;
use MediaWiki\Html\Html;
use MediaWiki\Session\CsrfTokenSet;
use MediaWiki\SpecialPage\SpecialPage;
use MediaWiki\Title\Title;

/**
 * The "Your groups" section of Special:MyTrainings: the training groups the learner joined,
 * each with a link to open its certificate (once everything it asks for is completed) and a
 * "Leave" button (POST, the page's CSRF token). After leaving, the group's organisers see
 * nothing of the learner (design record 0015).
 *
 * @license GPL-2.0-or-later
 */
class GroupMembershipSection {

	public function __construct(
		private readonly IContextSource $context,
		private readonly MembershipCommand $membershipCommand,
		private readonly Title $page,
		private readonly string $token
	) {
	}

	/**
	 * Handles a posted "leave" (the caller checked the token).
	 *
	 * @return string HTML of the outcome
	 */
	public function leave( string $groupId ): string {
		if ( !ctype_digit( $groupId ) || strlen( $groupId ) > 9 ) {
			return '';
		}
		$groups = $this->membershipCommand->groupsOf( $this->context->getAuthority(), true );
		$name = '';
		foreach ( $groups as $group ) {
			if ( $group->id === (int)$groupId ) {
				$name = $group->name;
			}
		}
		$status = $this->membershipCommand->leaveIfAllowed( $this->context->getAuthority(), (int)$groupId );
		if ( !$status->isOK() ) {
			return implode( '', array_map( fn ( $m ) => Html::errorBox( $this->context->msg( $m )->parse() ),
				$status->getMessages() ) );
		}
		return Html::successBox( $this->context->msg( 'trainings-mytrainings-left', $name )->parse() );
	}

	/**
	 * @param bool $fromPrimary Right after a change by the learner
	 * @return string HTML, '' when the learner is in no group
	 */
	public function render( bool $fromPrimary ): string {
		$groups = $this->membershipCommand->groupsOf( $this->context->getAuthority(), $fromPrimary );
		if ( $groups === [] ) {
			return '';
		}
		$items = '';
		foreach ( $groups as $group ) {
			$items .= Html::rawElement( 'li', [ 'data-trainings-group' => (string)$group->id ],
				Html::element( 'span', [ 'class' => 'ext-trainings-mytrainings-group' ], $group->name ) . ' ' .
				Html::element( 'a', [
					'class' => 'ext-trainings-mytrainings-group-certificate',
					'href' => SpecialPage::getTitleFor( 'TrainingCertificate' )
						->getLocalURL( [ 'group' => (string)$group->id ] ),
				], $this->context->msg( 'trainings-mytrainings-certificate' )->text() ) . ' ' .
				Html::rawElement( 'form', [
					'method' => 'post', 'action' => $this->page->getLocalURL(), 'style' => 'display: inline;',
				],
					Html::hidden( 'wpEditToken', $this->token ) .
					Html::hidden( 'wpAction', 'leave' ) .
					Html::hidden( 'wpGroup', (string)$group->id ) .
					Html::element( 'button', [ 'type' => 'submit', 'class' => 'ext-trainings-mytrainings-leave' ],
						$this->context->msg( 'trainings-mytrainings-leave' )->text() ) ) );
		}
		return Html::element( 'h2', [], $this->context->msg( 'trainings-mytrainings-groups' )->text() ) .
			Html::element( 'p', [], $this->context->msg( 'trainings-mytrainings-groups-intro' )->text() ) .
			Html::rawElement( 'ul', [ 'class' => 'ext-trainings-mytrainings-groups' ], $items );
	}

}
