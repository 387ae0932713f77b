<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Extension\Trainings\Groups\GroupContent;
use MediaWiki\Extension\Trainings\Groups\GroupStore;
use MediaWiki\Extension\Trainings\Groups\MembershipCommand;
use MediaWiki\Extension\Trainings\Groups\TrainingGroup;
use MediaWiki\Html\Html;
use MediaWiki\Session\CsrfTokenSet;
use MediaWiki\SpecialPage\SpecialPage;
use MediaWiki\User\CentralId\CentralIdLookup;
use StatusValue;

/**
 * Special:JoinTrainingGroup/<code>: the page behind a group's join link. It says exactly what
 * the group's organisers will see and for how long (the words of design record 0015), and
 * joins only when the learner confirms (POST, CSRF token). Anonymous readers are asked to log
 * in first and come back here.
 *
 * @license GPL-2.0-or-later
 */
class SpecialJoinTrainingGroup extends SpecialPage {

	private const TOKEN_SALT = 'trainings-join';

	public function __construct(
		private readonly CentralIdLookup $centralIdLookup,
		private readonly GroupContent $groupContent,
		private readonly GroupStore $groupStore,
		private readonly MembershipCommand $membershipCommand
	) {
		parent::__construct( 'JoinTrainingGroup', '', false );
	}

	/** @inheritDoc */
	public function doesWrites() {
		return true;
	}

	/**
	 * @param string|null $subPage
	 */
	public function execute( $subPage ): void {
		$this->setHeaders();
		$this->requireNamedUser( 'trainings-join-login' );
		$out = $this->getOutput();
		$out->addModuleStyles( FormStyles::MODULES );
		$code = (string)$subPage;
		$group = $code !== '' && strlen( $code ) <= 32 ? $this->groupStore->getByCode( $code ) : null;
		if ( $group === null ) {
			$out->setStatusCode( 404 );
			$this->showStatus( StatusValue::newFatal( 'trainings-group-error-nosuchgroup' ) );
			return;
		}
		$out->setPageTitleMsg( $this->msg( 'trainings-join-title', $group->name ) );
		$request = $this->getRequest();
		if ( $request->wasPosted() ) {
			if ( !( new CsrfTokenSet( $request ) )->matchTokenField( 'wpEditToken', self::TOKEN_SALT ) ) {
				$out->addHTML( Html::errorBox( $this->msg( 'sessionfailure' )->parse() ) );
			} else {
				$status = $this->membershipCommand->joinIfAllowed( $this->getAuthority(), $code );
				if ( $status->isOK() ) {
					$this->showJoined( $group );
					return;
				}
				$this->showStatus( $status );
			}
		}
		$this->showConsent( $group );
	}

	private function showStatus( StatusValue $status ): void {
		foreach ( $status->getMessages() as $message ) {
			$this->getOutput()->addHTML( Html::errorBox( $this->msg( $message )->parse() ) );
		}
	}

	private function showConsent( TrainingGroup $group ): void {
		$out = $this->getOutput();
		$summary = new GroupSummaryRenderer( $this->getContext(), $this->getLinkRenderer() );
		$out->addHTML( $summary->render( $group, false ) );
		if ( $group->isClosed() ) {
			$this->showStatus( StatusValue::newFatal( 'trainings-group-error-closed', $group->name ) );
			return;
		}
		$organisers = array_filter( $this->centralIdLookup->lookupCentralIds(
			array_fill_keys( $group->organisers, null ), CentralIdLookup::AUDIENCE_PUBLIC ) );
		$out->addHTML( Html::element( 'h2', [], $this->msg( 'trainings-join-modules-heading' )->text() ) );
		$out->addHTML( $summary->moduleList( $this->groupContent->columns( $group->items ) ) );
		$out->addHTML( Html::rawElement( 'div', [ 'class' => 'ext-trainings-join-consent' ],
			Html::element( 'h2', [], $this->msg( 'trainings-join-consent-heading' )->text() ) .
			Html::element( 'p', [], $this->msg( 'trainings-join-consent-intro' )
				->params( $this->getLanguage()->listToText( array_values( $organisers ) ) )
				->numParams( count( $organisers ) )->text() ) .
			Html::rawElement( 'ul', [], implode( '', array_map(
				fn ( string $what ) => Html::element( 'li', [], $this->msg( "trainings-join-sees-$what" )->text() ),
				[ 'started', 'steps', 'completed', 'firsttry' ] ) ) ) .
			Html::element( 'p', [], $this->msg( 'trainings-join-sees-nothing-else' )->text() ) .
			Html::element( 'p', [], $this->msg( 'trainings-privacy-groups' )->text() )
		) );
		$out->addHTML( Html::rawElement( 'form', [
				'method' => 'post',
				'action' => $this->getPageTitle( $group->code )->getLocalURL(),
				'class' => 'ext-trainings-join-form',
			],
			Html::hidden( 'wpEditToken', ( new CsrfTokenSet( $this->getRequest() ) )
				->getToken( self::TOKEN_SALT )->toString() ) .
			Html::element( 'button', [
				'type' => 'submit',
				'class' => 'cdx-button cdx-button--action-progressive cdx-button--weight-primary '
					. 'ext-trainings-join-confirm',
			], $this->msg( 'trainings-join-confirm' )->text() ) . ' ' .
			$this->getLinkRenderer()->makeKnownLink( SpecialPage::getTitleValueFor( 'Trainings' ),
				$this->msg( 'trainings-join-cancel' )->text() )
		) );
	}

	private function showJoined( TrainingGroup $group ): void {
		$out = $this->getOutput();
		$out->addHTML( Html::successBox( $this->msg( 'trainings-join-done', $group->name )->parse() ) );
		$out->addHTML( ( new GroupSummaryRenderer( $this->getContext(), $this->getLinkRenderer() ) )
			->moduleList( $this->groupContent->columns( $group->items ) ) );
		$out->addHTML( Html::rawElement( 'p', [], $this->msg( 'trainings-join-leave-hint' )->parse() ) );
	}

}
