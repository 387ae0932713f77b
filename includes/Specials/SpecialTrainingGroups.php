<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Extension\Trainings\Groups\CreateGroupCommand;
use MediaWiki\Extension\Trainings\Groups\GroupAccess;
use MediaWiki\Extension\Trainings\Groups\GroupInput;
use MediaWiki\Extension\Trainings\Groups\GroupStore;
use MediaWiki\Extension\Trainings\Groups\TrainingGroup;
use MediaWiki\Html\Html;
use MediaWiki\HTMLForm\HTMLForm;
use MediaWiki\SpecialPage\SpecialPage;
use StatusValue;

/**
 * Special:TrainingGroups: the groups the current user organises, and the form that creates
 * one (right `trainings-organise`). Server-rendered, no JavaScript (design record 0015).
 *
 * @license GPL-2.0-or-later
 */
class SpecialTrainingGroups extends LearnerSpecialPage {

	public function __construct(
		private readonly CreateGroupCommand $createGroupCommand,
		private readonly GroupAccess $groupAccess,
		private readonly GroupStore $groupStore
	) {
		parent::__construct( 'TrainingGroups' );
	}

	/**
	 * @param string|null $subPage
	 */
	public function execute( $subPage ): void {
		$this->setHeaders();
		$this->requireNamedUser( 'trainings-groups-login' );
		$this->outputHeader();
		$out = $this->getOutput();
		$out->addModuleStyles( FormStyles::MODULES );
		$central = $this->groupAccess->learnerId( $this->getAuthority() );
		if ( !$central->isOK() ) {
			$this->showStatus( $central );
			return;
		}
		if ( $subPage === 'new' || $this->getRequest()->wasPosted() ) {
			$this->showCreateForm();
			return;
		}
		$this->showList( (int)$central->getValue() );
	}

	private function showStatus( StatusValue $status ): void {
		foreach ( $status->getMessages() as $message ) {
			$this->getOutput()->addHTML( Html::errorBox( $this->msg( $message )->parse() ) );
		}
	}

	private function showList( int $central ): void {
		$out = $this->getOutput();
		$groups = $this->groupStore->listForOrganiser( $central );
		if ( $this->getAuthority()->isAllowed( GroupAccess::RIGHT ) ) {
			$out->addHTML( Html::rawElement( 'p', [],
				$this->getLinkRenderer()->makeKnownLink( $this->getPageTitle( 'new' ),
					$this->msg( 'trainings-groups-create' )->text(),
					[ 'class' => 'cdx-button cdx-button--fake-button cdx-button--fake-button--enabled '
						. 'cdx-button--action-progressive cdx-button--weight-primary '
						. 'ext-trainings-groups-create' ] ) ) );
		}
		if ( $groups === [] ) {
			$out->addHTML( Html::element( 'p', [ 'class' => 'ext-trainings-groups-empty' ],
				$this->msg( 'trainings-groups-empty' )->text() ) );
			return;
		}
		$rows = '';
		foreach ( $groups as $group ) {
			$rows .= $this->row( $group );
		}
		$head = '';
		foreach ( [ 'name', 'due', 'state' ] as $column ) {
			$head .= Html::element( 'th', [ 'scope' => 'col' ], $this->msg( "trainings-groups-col-$column" )->text() );
		}
		$out->addHTML( Html::rawElement( 'table', [ 'class' => 'wikitable ext-trainings-groups' ],
			Html::rawElement( 'thead', [], Html::rawElement( 'tr', [], $head ) ) .
			Html::rawElement( 'tbody', [], $rows ) ) );
	}

	private function row( TrainingGroup $group ): string {
		$language = $this->getLanguage();
		return Html::rawElement( 'tr', [ 'data-trainings-group' => (string)$group->id ],
			Html::rawElement( 'td', [], $this->getLinkRenderer()->makeKnownLink(
				SpecialPage::getTitleValueFor( 'TrainingGroup', (string)$group->id ), $group->name ) ) .
			Html::element( 'td', [], $group->due === null ? '' : $language->userDate( $group->due,
				$this->getUser() ) ) .
			Html::element( 'td', [], $this->msg( $group->isClosed() ? 'trainings-group-state-closed'
				: 'trainings-group-state-open' )->text() )
		);
	}

	private function showCreateForm(): void {
		$this->getOutput()->addBacklinkSubtitle( $this->getPageTitle() );
		if ( !$this->getAuthority()->isAllowed( GroupAccess::RIGHT ) ) {
			$this->showStatus( StatusValue::newFatal( 'trainings-group-error-right' ) );
			return;
		}
		$form = HTMLForm::factory( 'codex', GroupFormFields::fields( $this->getRequest()->getText( 'items' ) ),
			$this->getContext() );
		$form->setTitle( $this->getPageTitle( 'new' ) )
			->setWrapperLegendMsg( 'trainings-groups-create' )
			->setSubmitTextMsg( 'trainings-groups-create-submit' )
			->setSubmitCallback( function ( array $data ) {
				$status = $this->createGroupCommand->createIfAllowed( $this->getAuthority(),
					GroupFormFields::input( $data ) );
				if ( $status->isOK() ) {
					/** @var TrainingGroup $group */
					$group = $status->getValue();
					$this->getOutput()->redirect(
						SpecialPage::getTitleFor( 'TrainingGroup', (string)$group->id )->getFullURL() );
				}
				return $status;
			} )
			->show();
	}

}
