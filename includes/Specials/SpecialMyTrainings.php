<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Extension\Trainings\Groups\MembershipCommand;
use MediaWiki\Extension\Trainings\Progress\LearnerCheck;
use MediaWiki\Extension\Trainings\Progress\ModuleProgress;
use MediaWiki\Extension\Trainings\Progress\ModuleResolver;
use MediaWiki\Extension\Trainings\Progress\ModuleVersion;
use MediaWiki\Extension\Trainings\Progress\ProgressStore;
use MediaWiki\Extension\Trainings\Progress\ResetProgressCommand;
use MediaWiki\Html\Html;
use MediaWiki\Languages\LanguageNameUtils;
use MediaWiki\Page\PageIdentity;
use MediaWiki\Session\CsrfTokenSet;
use MediaWiki\SpecialPage\SpecialPage;
use MediaWiki\Title\TitleValue;
use StatusValue;

/**
 * Special:MyTrainings: the current user's own progress on this wiki (there is no parameter to
 * name anyone else), most recently changed first: each module version with its state, the
 * step reached, the last change and a "continue" link to that step; and POST forms (CSRF
 * token) to reset one module version or, after a confirmation step, everything.
 *
 * @license GPL-2.0-or-later
 */
class SpecialMyTrainings extends LearnerSpecialPage {

	/** The most rows shown (the API pages through more). */
	public const LIMIT = 500;

	private const TOKEN_SALT = 'trainings-mytrainings';

	public function __construct(
		private readonly LanguageNameUtils $languageNameUtils,
		private readonly LearnerCheck $learnerCheck,
		private readonly MembershipCommand $membershipCommand,
		private readonly ModuleResolver $moduleResolver,
		private readonly ProgressStore $progressStore,
		private readonly ResetProgressCommand $resetProgressCommand
	) {
		parent::__construct( 'MyTrainings' );
	}

	/**
	 * @param string|null $subPage
	 */
	public function execute( $subPage ): void {
		$this->setHeaders();
		$this->requireNamedUser( 'trainings-mytrainings-login' );
		$this->outputHeader();
		$out = $this->getOutput();
		$out->addModuleStyles( 'mediawiki.codex.messagebox.styles' );

		$learner = $this->learnerCheck->learnerId( $this->getAuthority() );
		if ( !$learner->isOK() ) {
			$this->showStatus( $learner );
			return;
		}
		$request = $this->getRequest();
		$groups = new GroupMembershipSection( $this->getContext(), $this->membershipCommand, $this->getPageTitle(),
			$this->csrfTokens()->getToken( self::TOKEN_SALT )->toString() );
		if ( $request->wasPosted() && $request->getCheck( 'wpAction' ) ) {
			if ( !$this->csrfTokens()->matchTokenField( 'wpEditToken', self::TOKEN_SALT ) ) {
				$out->addHTML( Html::errorBox( $this->msg( 'sessionfailure' )->parse() ) );
			} elseif ( $request->getRawVal( 'wpAction' ) === 'leave' ) {
				$out->addHTML( $groups->leave( (string)$request->getRawVal( 'wpGroup' ) ) );
			} elseif ( $this->handleReset( $request->getVal( 'wpAction' ), $request->getVal( 'wpModule' ),
				$request->getVal( 'wpLanguage' ), $request->getBool( 'wpConfirm' ) )
			) {
				// The confirmation step for "reset everything" replaces the list.
				return;
			}
		}
		// Right after a reset in this request the replica may still have the rows: the
		// primary shows what the learner just did (design record 0016).
		$this->showList( (int)$learner->getValue(), $request->wasPosted() );
		// Training groups (design record 0015): where a participant leaves.
		$out->addHTML( $groups->render( $request->wasPosted() ) );
	}

	/**
	 * @return bool Whether the page is done (a confirmation form is shown)
	 */
	private function handleReset( ?string $action, ?string $module, ?string $language, bool $confirmed ): bool {
		$out = $this->getOutput();
		if ( $action === 'resetall' && !$confirmed ) {
			$out->addHTML( Html::warningBox( $this->msg( 'trainings-mytrainings-resetall-confirm' )->parse() ) );
			$out->addHTML( $this->resetForm( [ 'wpAction' => 'resetall', 'wpConfirm' => '1' ],
				'trainings-mytrainings-resetall-confirm-button', 'ext-trainings-mytrainings-confirm', true ) );
			$out->addHTML( Html::rawElement( 'p', [],
				$this->getLinkRenderer()->makeKnownLink( $this->getPageTitle(),
					$this->msg( 'trainings-mytrainings-cancel' )->text() ) ) );
			return true;
		}
		if ( $action === 'resetall' ) {
			$status = $this->resetProgressCommand->resetIfAllowed( $this->getAuthority() );
			$done = 'trainings-mytrainings-resetall-done';
		} elseif ( $action === 'reset' && $module !== null && ctype_digit( $module ) && $language !== null ) {
			// Only ever the performer's own rows: the command deletes by their central id.
			$status = $this->resetProgressCommand->resetIfAllowed( $this->getAuthority(), (int)$module );
			$done = 'trainings-mytrainings-reset-done';
		} else {
			return false;
		}
		if ( $status->isOK() ) {
			$out->addHTML( Html::successBox( $this->msg( $done )->numParams( (int)$status->getValue() )->parse() ) );
		} else {
			$this->showStatus( $status );
		}
		return false;
	}

	/**
	 * The tokens of this page's request. (A DerivativeContext, as in tests and page
	 * transclusion, answers getCsrfTokenSet() with the main request's session in 1.43.)
	 */
	private function csrfTokens(): CsrfTokenSet {
		return new CsrfTokenSet( $this->getRequest() );
	}

	private function showStatus( StatusValue $status ): void {
		foreach ( $status->getMessages() as $message ) {
			$this->getOutput()->addHTML( Html::errorBox( $this->msg( $message )->parse() ) );
		}
	}

	private function showList( int $learnerId, bool $fromPrimary ): void {
		$out = $this->getOutput();
		$rows = $this->progressStore->listForUser( $learnerId, self::LIMIT, null, [], $fromPrimary );
		$modules = $this->moduleResolver->resolveStored(
			array_map( static fn ( ModuleProgress $row ) => [ $row->getModuleId(), $row->getLanguage() ], $rows )
		);
		$items = '';
		foreach ( $rows as $i => $progress ) {
			// Progress in modules whose page is gone is kept for an undeletion, not shown.
			if ( $modules[$i] !== null ) {
				$items .= $this->row( $progress, $modules[$i] );
			}
		}
		if ( $items === '' ) {
			$out->addHTML( Html::rawElement( 'p', [ 'class' => 'ext-trainings-mytrainings-empty' ],
				$this->msg( 'trainings-mytrainings-empty' )->parse() ) );
			$out->addHTML( Html::rawElement( 'p', [],
				$this->getLinkRenderer()->makeKnownLink( SpecialPage::getTitleValueFor( 'Trainings' ),
					$this->msg( 'trainings-mytrainings-catalog' )->text() ) ) );
			return;
		}
		$head = '';
		foreach ( [ 'module', 'language', 'state', 'updated', 'actions' ] as $column ) {
			$head .= Html::element( 'th', [ 'scope' => 'col' ],
				$this->msg( "trainings-mytrainings-col-$column" )->text() );
		}
		$out->addHTML( Html::rawElement( 'table', [ 'class' => 'wikitable ext-trainings-mytrainings' ],
			Html::rawElement( 'thead', [], Html::rawElement( 'tr', [], $head ) ) .
			Html::rawElement( 'tbody', [], $items )
		) );
		$out->addHTML( $this->resetForm( [ 'wpAction' => 'resetall' ], 'trainings-mytrainings-resetall',
			'ext-trainings-mytrainings-resetall', true ) );
	}

	private function row( ModuleProgress $progress, ModuleVersion|PageIdentity $module ): string {
		$version = $module instanceof ModuleVersion ? $module : null;
		$page = $version ? $version->getPage() : $module;
		$linkRenderer = $this->getLinkRenderer();
		$language = $this->getLanguage();
		$user = $this->getUser();
		$target = new TitleValue( NS_TRAINING, $page->getDBkey() );

		if ( $progress->isCompleted() ) {
			$state = $this->msg( 'trainings-mytrainings-state-completed' )
				->dateTimeParams( (string)$progress->getCompleted() )->text();
			$stateClass = 'completed';
		} elseif ( $version !== null ) {
			$state = $this->msg( 'trainings-mytrainings-state-step' )
				->numParams( $progress->getStep(), $version->getStepCount() )->text();
			$stateClass = 'in-progress';
		} else {
			$state = $this->msg( 'trainings-mytrainings-state-gone' )->text();
			$stateClass = 'gone';
		}
		$continue = !$progress->isCompleted() && $progress->getStep() > 0 && $version !== null ?
			$linkRenderer->makeKnownLink( $target->createFragmentTarget( 'step-' . $progress->getStep() ),
				$this->msg( 'trainings-mytrainings-continue' )->text(),
				[ 'class' => 'ext-trainings-mytrainings-continue' ] ) :
			$linkRenderer->makeKnownLink( $target, $this->msg( 'trainings-mytrainings-open' )->text() );
		$reset = $this->resetForm(
			[
				'wpAction' => 'reset',
				'wpModule' => (string)$progress->getModuleId(),
				'wpLanguage' => $progress->getLanguage(),
			],
			'trainings-mytrainings-reset', null, false
		);
		$languageName = $this->languageNameUtils->getLanguageName( $progress->getLanguage(), $language->getCode() );
		return Html::rawElement( 'tr', [
				'data-trainings-module' => $version ? $version->getModule()->getDBkey() : $page->getDBkey(),
				'data-trainings-language' => $progress->getLanguage(),
			],
			Html::rawElement( 'td', [], $linkRenderer->makeKnownLink( $target ) ) .
			Html::element( 'td', [ 'lang' => $language->getHtmlCode() ],
				$languageName !== '' ? $languageName : $progress->getLanguage() ) .
			Html::element( 'td',
				[ 'class' => "ext-trainings-mytrainings-state ext-trainings-mytrainings-state--$stateClass" ],
				$state ) .
			Html::element( 'td', [], $language->userTimeAndDate( $progress->getUpdated(), $user ) ) .
			Html::rawElement( 'td', [], $continue . ' ' . $this->certificateLink( $progress, $module ) . $reset )
		);
	}

	/**
	 * For a completed module, a link to open its certificate (design record 0015).
	 */
	private function certificateLink( ModuleProgress $progress, ModuleVersion|PageIdentity $module ): string {
		if ( !$progress->isCompleted() ) {
			return '';
		}
		$base = $module instanceof ModuleVersion ? $module->getModule() : $module;
		return $this->getLinkRenderer()->makeKnownLink( SpecialPage::getTitleValueFor( 'TrainingCertificate' ),
			$this->msg( 'trainings-mytrainings-certificate' )->text(),
			[ 'class' => 'ext-trainings-mytrainings-certificate' ],
			[ 'course' => ( new TitleValue( NS_TRAINING, $base->getDBkey() ) )->getText() ] ) . ' ';
	}

	/**
	 * A POST form with a CSRF token and one submit button.
	 *
	 * @param array<string,string> $fields Hidden fields
	 * @param string $label Message key of the button
	 * @param string|null $id
	 * @param bool $block Whether the form is a block (a paragraph) rather than inline
	 * @return string HTML
	 */
	private function resetForm( array $fields, string $label, ?string $id, bool $block ): string {
		$hidden = Html::hidden( 'wpEditToken', $this->csrfTokens()->getToken( self::TOKEN_SALT )->toString() );
		foreach ( $fields as $name => $value ) {
			$hidden .= Html::hidden( $name, $value );
		}
		$attributes = [
			'method' => 'post',
			'action' => $this->getPageTitle()->getLocalURL(),
			'class' => 'ext-trainings-mytrainings-form',
			'style' => $block ? null : 'display: inline;',
		];
		if ( $id !== null ) {
			$attributes['id'] = $id;
		}
		return Html::rawElement( 'form', $attributes, $hidden . Html::element( 'button', [
			'type' => 'submit',
			'class' => 'ext-trainings-mytrainings-button',
		], $this->msg( $label )->text() ) );
	}

}
