<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Extension\Trainings\Groups\GroupAccess;
use MediaWiki\Extension\Trainings\Groups\GroupContent;
use MediaWiki\Extension\Trainings\Groups\GroupInput;
use MediaWiki\Extension\Trainings\Groups\GroupReportBuilder;
use MediaWiki\Extension\Trainings\Groups\GroupStore;
use MediaWiki\Extension\Trainings\Groups\ManageGroupCommand;
use MediaWiki\Extension\Trainings\Groups\TrainingGroup;
use MediaWiki\Html\Html;
use MediaWiki\Session\CsrfTokenSet;
use MediaWiki\SpecialPage\SpecialPage;
use MediaWiki\User\Options\UserOptionsLookup;
use StatusValue;

/**
 * Special:TrainingGroup/<id>: one group for its organisers only: its join link, the table of
 * its participants (GroupTableRenderer; `?format=csv` for a spreadsheet), and forms to add
 * organisers, close and delete it. Anyone else gets the same refusal whether the group
 * exists or not. Server-rendered, no JavaScript (design record 0015).
 *
 * @license GPL-2.0-or-later
 */
class SpecialTrainingGroup extends SpecialPage {

	private const TOKEN_SALT = 'trainings-group';

	public function __construct(
		private readonly UserOptionsLookup $userOptionsLookup,
		private readonly GroupAccess $groupAccess,
		private readonly GroupContent $groupContent,
		private readonly GroupReportBuilder $reportBuilder,
		private readonly GroupStore $groupStore,
		private readonly ManageGroupCommand $manageGroupCommand
	) {
		parent::__construct( 'TrainingGroup', '', false );
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
		$this->requireNamedUser( 'trainings-groups-login' );
		$out = $this->getOutput();
		$out->addModuleStyles( FormStyles::MODULES );
		$id = $subPage !== null && ctype_digit( $subPage ) && strlen( $subPage ) < 10 ? (int)$subPage : 0;
		$group = $id > 0 ? $this->groupStore->get( $id, $this->getRequest()->wasPosted() ) : null;
		$access = $this->groupAccess->organiserId( $this->getAuthority(), $group );
		if ( !$access->isOK() || $group === null ) {
			$out->setStatusCode( 403 );
			$this->showStatus( $access );
			return;
		}
		$request = $this->getRequest();
		if ( $request->getRawVal( 'format' ) === 'csv' ) {
			$this->outputCsv( $group );
			return;
		}
		if ( $request->getCheck( 'edit' ) ) {
			$out->setPageTitleMsg( $this->msg( 'trainings-group-title', $group->name ) );
			$out->addBacklinkSubtitle( $this->getPageTitle( (string)$group->id ) );
			$form = new GroupEditForm( $this->getContext(), $this->manageGroupCommand,
				$this->getPageTitle( (string)$group->id ) );
			if ( $form->show( $group, $this->groupContent->columns( $group->items ) ) ) {
				$out->redirect( $this->getPageTitle( (string)$group->id )->getFullURL() );
			}
			return;
		}
		if ( $request->wasPosted() && $request->getCheck( 'wpAction' ) ) {
			$group = $this->handleAction( $group, (string)$request->getRawVal( 'wpAction' ) );
			if ( $group === null ) {
				return;
			}
		}
		$this->showGroup( $group );
	}

	private function showStatus( StatusValue $status ): void {
		foreach ( $status->getMessages() as $message ) {
			$this->getOutput()->addHTML( Html::errorBox( $this->msg( $message )->parse() ) );
		}
	}

	/**
	 * @return TrainingGroup|null The group as it is now, null when it was deleted
	 */
	private function handleAction( TrainingGroup $group, string $action ): ?TrainingGroup {
		$out = $this->getOutput();
		if ( !( new CsrfTokenSet( $this->getRequest() ) )->matchTokenField( 'wpEditToken', self::TOKEN_SALT ) ) {
			$out->addHTML( Html::errorBox( $this->msg( 'sessionfailure' )->parse() ) );
			return $group;
		}
		$performer = $this->getAuthority();
		$status = match ( $action ) {
			'close' => $this->manageGroupCommand->closeIfAllowed( $performer, $group->id ),
			'delete' => $this->manageGroupCommand->deleteIfAllowed( $performer, $group->id ),
			'organisers' => $this->manageGroupCommand->addOrganisersIfAllowed( $performer, $group->id,
				array_slice( GroupInput::lines( substr( $this->getRequest()->getText( 'wpNames' ), 0, 10000 ) ),
					0, GroupInput::MAX_ORGANISERS + 1 ) ),
			default => StatusValue::newGood( $group ),
		};
		if ( !$status->isOK() ) {
			$this->showStatus( $status );
			return $group;
		}
		$out->addHTML( Html::successBox( $this->msg( "trainings-group-done-$action", $group->name )->parse() ) );
		if ( $action === 'delete' ) {
			$out->addHTML( Html::rawElement( 'p', [], $this->getLinkRenderer()->makeKnownLink(
				SpecialPage::getTitleValueFor( 'TrainingGroups' ), $this->msg( 'trainings-groups' )->text() ) ) );
			return null;
		}
		return $status->getValue() instanceof TrainingGroup ? $status->getValue() : $group;
	}

	private function showGroup( TrainingGroup $group ): void {
		$out = $this->getOutput();
		$out->setPageTitleMsg( $this->msg( 'trainings-group-title', $group->name ) );
		$out->addBacklinkSubtitle( SpecialPage::getTitleFor( 'TrainingGroups' ) );
		$out->addHTML( ( new GroupSummaryRenderer( $this->getContext(), $this->getLinkRenderer() ) )
			->render( $group ) );
		$request = $this->getRequest();
		$sort = substr( (string)$request->getRawVal( 'sort' ), 0, 12 ) ?: GroupReportBuilder::SORT_NAME;
		$descending = $request->getRawVal( 'dir' ) === 'desc';
		$report = $this->reportBuilder->build( $group, $sort, $descending );
		$renderer = new GroupTableRenderer( $this->getContext(), $this->getLinkRenderer(),
			$this->getPageTitle( (string)$group->id ),
			(string)$this->userOptionsLookup->getOption( $this->getUser(), 'timecorrection' ) );
		$out->addHTML( Html::element( 'h2', [], $this->msg( 'trainings-group-progress-heading' )->text() ) );
		$out->addHTML( $renderer->table( $report, $sort, $descending ) );
		$out->addHTML( Html::rawElement( 'p', [], $this->getLinkRenderer()->makeKnownLink(
			$this->getPageTitle( (string)$group->id ), $this->msg( 'trainings-group-csv' )->text(),
			[ 'class' => 'ext-trainings-group-csv' ], [ 'format' => 'csv' ] ) ) );
		$out->addHTML( $renderer->firstTries( $report ) );
		$out->addHTML( Html::element( 'h2', [], $this->msg( 'trainings-group-manage-heading' )->text() ) );
		$out->addHTML( Html::rawElement( 'p', [], $this->getLinkRenderer()->makeKnownLink(
			$this->getPageTitle( (string)$group->id ), $this->msg( 'trainings-group-edit' )->text(),
			[ 'class' => 'ext-trainings-group-edit' ], [ 'edit' => '1' ] ) ) );
		$out->addHTML( $this->actionForm( $group, 'organisers', Html::label(
			$this->msg( 'trainings-group-field-organisers' )->text(), 'ext-trainings-group-names' ) . ' ' .
			Html::input( 'wpNames', '', 'text', [ 'id' => 'ext-trainings-group-names', 'maxlength' => 255,
				'class' => 'cdx-text-input__input' ] ) ) );
		if ( !$group->isClosed() ) {
			$out->addHTML( $this->actionForm( $group, 'close', '' ) );
		}
		$out->addHTML( $this->actionForm( $group, 'delete', Html::element( 'p', [],
			$this->msg( 'trainings-group-delete-warning' )->text() ) ) );
	}

	private function actionForm( TrainingGroup $group, string $action, string $fieldsHtml ): string {
		$tokens = new CsrfTokenSet( $this->getRequest() );
		return Html::rawElement( 'form', [
				'method' => 'post',
				'action' => $this->getPageTitle( (string)$group->id )->getLocalURL(),
				'class' => "ext-trainings-group-form ext-trainings-group-form--$action",
			],
			Html::hidden( 'wpEditToken', $tokens->getToken( self::TOKEN_SALT )->toString() ) .
			Html::hidden( 'wpAction', $action ) . $fieldsHtml . ' ' .
			Html::element( 'button', [
				'type' => 'submit',
				'class' => 'cdx-button' . ( $action === 'delete' ? ' cdx-button--action-destructive' : '' ),
			], $this->msg( "trainings-group-action-$action" )->text() ) );
	}

	private function outputCsv( TrainingGroup $group ): void {
		$report = $this->reportBuilder->build( $group );
		$this->getOutput()->disable();
		$response = $this->getRequest()->response();
		$response->header( 'Content-Type: text/csv; charset=utf-8' );
		$response->header( 'Content-Disposition: attachment; filename="training-group-' . $group->id . '.csv"' );
		$response->header( 'X-Content-Type-Options: nosniff' );
		$response->header( 'Cache-Control: private, no-store' );
		print StatsCsv::format( GroupTableRenderer::csvRows( $report ) );
	}

	public static function joinUrl( TrainingGroup $group ): string {
		return SpecialPage::getTitleFor( 'JoinTrainingGroup', $group->code )->getCanonicalURL();
	}

}
