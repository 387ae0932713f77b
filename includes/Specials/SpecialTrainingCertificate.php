<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Extension\Trainings\Certificates\Certificate;
use MediaWiki\Extension\Trainings\Certificates\CertificateCommand;
use MediaWiki\Extension\Trainings\Certificates\CertificateStore;
use MediaWiki\Extension\Trainings\Certificates\OpenBadges;
use MediaWiki\Html\Html;
use MediaWiki\Languages\LanguageFactory;
use MediaWiki\MainConfigNames;
use MediaWiki\Session\CsrfTokenSet;
use MediaWiki\Title\TitleFactory;
use MediaWiki\User\CentralId\CentralIdLookup;
use StatusValue;

/**
 * Special:TrainingCertificate/<code>: anyone checks that a certificate is genuine and what it
 * certifies; its learner prints it (a name typed for printing is not stored unless they
 * ask) or revokes it. `?format=json` is its Open Badges hosted assertion, `format=badge` and
 * `format=issuer` the badge class and issuer it refers to. Without a code, `?course=<title>`
 * lets a learner who completed the course open (POST) their certificate.
 *
 * @license GPL-2.0-or-later
 */
class SpecialTrainingCertificate extends LearnerSpecialPage {

	private const TOKEN_SALT = 'trainings-certificate';

	public function __construct(
		private readonly CentralIdLookup $centralIdLookup,
		private readonly LanguageFactory $languageFactory,
		private readonly TitleFactory $titleFactory,
		private readonly CertificateCommand $certificateCommand,
		private readonly CertificateStore $certificateStore
	) {
		parent::__construct( 'TrainingCertificate' );
	}

	/**
	 * @param string|null $subPage
	 */
	public function execute( $subPage ): void {
		$this->setHeaders();
		$out = $this->getOutput();
		$out->addModuleStyles( [ 'mediawiki.codex.messagebox.styles', 'ext.trainings.styles' ] );
		$code = (string)$subPage;
		if ( $code === '' ) {
			$this->showIssue( substr( $this->getRequest()->getText( 'course' ), 0, 255 ) );
			return;
		}
		$certificate = strlen( $code ) <= 32 ? $this->certificateStore->getByCode( $code,
			$this->getRequest()->wasPosted() ) : null;
		$format = $this->getRequest()->getRawVal( 'format' );
		if ( $certificate === null ) {
			$out->setStatusCode( 404 );
			$this->showStatus( StatusValue::newFatal( 'trainings-certificate-unknown' ) );
			return;
		}
		if ( in_array( $format, [ 'json', 'badge', 'issuer' ], true ) ) {
			$this->outputJson( $certificate, $format );
			return;
		}
		$this->showCertificate( $certificate );
	}

	private function showStatus( StatusValue $status ): void {
		foreach ( $status->getMessages() as $message ) {
			$this->getOutput()->addHTML( Html::errorBox( $this->msg( $message )->parse() ) );
		}
	}

	private function tokens(): CsrfTokenSet {
		return new CsrfTokenSet( $this->getRequest() );
	}

	private function showIssue( string $course ): void {
		$this->requireNamedUser( 'trainings-certificate-login' );
		$title = $this->titleFactory->newFromText( $course, NS_TRAINING );
		if ( $title === null ) {
			$this->getOutput()->addHTML( Html::element( 'p', [], $this->msg( 'trainings-certificate-howto' )
				->text() ) );
			return;
		}
		$request = $this->getRequest();
		if ( $request->wasPosted() && $this->tokens()->matchTokenField( 'wpEditToken', self::TOKEN_SALT ) ) {
			$status = $this->certificateCommand->issueIfAllowed( $this->getAuthority(), $title,
				$this->getLanguage()->getCode() );
			if ( $status->isOK() ) {
				$this->getOutput()->redirect(
					$this->getPageTitle( $status->getValue()->code )->getFullURL() );
				return;
			}
			$this->showStatus( $status );
		}
		$this->getOutput()->addHTML( Html::rawElement( 'form', [
				'method' => 'post', 'action' => $this->getPageTitle()
					->getLocalURL( [ 'course' => $title->getPrefixedText() ] ),
			],
			Html::hidden( 'wpEditToken', $this->tokens()->getToken( self::TOKEN_SALT )->toString() ) .
			Html::element( 'button', [
				'type' => 'submit',
				'class' => 'cdx-button cdx-button--action-progressive cdx-button--weight-primary '
					. 'ext-trainings-certificate-open',
			], $this->msg( 'trainings-certificate-open', $title->getText() )->text() ) ) );
	}

	private function showCertificate( Certificate $certificate ): void {
		$out = $this->getOutput();
		$request = $this->getRequest();
		$isOwner = $this->isOwner( $certificate );
		$typedName = '';
		if ( $isOwner && $request->wasPosted() && $this->tokens()->matchTokenField( 'wpEditToken',
			self::TOKEN_SALT ) ) {
			$typedName = mb_substr( trim( $request->getText( 'wpName' ) ), 0, CertificateCommand::MAX_NAME );
			$certificate = $this->handleOwnerAction( $certificate, $typedName );
		}
		$out->addHTML( $certificate->isRevoked()
			? Html::warningBox( $this->msg( 'trainings-certificate-revoked' )->parse() )
			: Html::successBox( $this->msg( 'trainings-certificate-valid' )->parse() ) );
		$page = $this->titleFactory->newFromID( $certificate->pageId );
		$out->addHTML( ( new CertificateRenderer( $this->getContext(),
			$this->languageFactory->getLanguage( $certificate->language ) ) )->render(
				$certificate,
				$typedName !== '' ? $typedName : $this->storedName( $certificate ),
				$page ? $page->getText() : $this->msg( 'trainings-certificate-gone' )->text(),
				(string)$this->getConfig()->get( MainConfigNames::Sitename ),
				$this->getPageTitle( $certificate->code )->getCanonicalURL()
			) );
		$out->addHTML( Html::rawElement( 'p', [ 'class' => 'ext-trainings-certificate-badge noprint' ],
			Html::element( 'a', [ 'href' => $this->getPageTitle( $certificate->code )
				->getLocalURL( [ 'format' => 'json' ] ) ],
				$this->msg( 'trainings-certificate-badge' )->text() ) ) );
		if ( $isOwner ) {
			$out->addHTML( ( new CertificateOwnerForms( $this->getContext(), $this->getPageTitle( $certificate->code ),
				$this->tokens()->getToken( self::TOKEN_SALT )->toString() ) )->render( $certificate, $typedName ) );
		}
	}

	private function handleOwnerAction( Certificate $certificate, string $typedName ): Certificate {
		$request = $this->getRequest();
		$status = StatusValue::newGood();
		if ( $request->getRawVal( 'wpAction' ) === 'revoke' ) {
			$status = $this->certificateCommand->revokeIfAllowed( $this->getAuthority(), $certificate->code );
		} elseif ( $request->getCheck( 'wpStore' ) ) {
			$status = $this->certificateCommand->storeNameIfAllowed( $this->getAuthority(), $certificate->code,
				$typedName );
		}
		$this->showStatus( $status );
		return $this->certificateStore->getByCode( $certificate->code, true ) ?? $certificate;
	}

	private function isOwner( Certificate $certificate ): bool {
		$user = $this->getUser();
		return $user->isNamed() && $this->centralIdLookup->centralIdFromLocalUser( $user,
			CentralIdLookup::AUDIENCE_RAW )
			=== $certificate->userId;
	}

	private function storedName( Certificate $certificate ): string {
		if ( $certificate->name !== '' ) {
			return $certificate->name;
		}
		return $this->centralIdLookup->nameFromCentralId( $certificate->userId )
			?? $this->msg( 'rev-deleted-user' )->text();
	}

	private function outputJson( Certificate $certificate, string $format ): void {
		$self = $this->getPageTitle( $certificate->code );
		$badgeUrl = $self->getCanonicalURL( [ 'format' => 'badge' ] );
		$issuerUrl = $self->getCanonicalURL( [ 'format' => 'issuer' ] );
		$config = $this->getConfig();
		$page = $this->titleFactory->newFromID( $certificate->pageId );
		$name = $this->centralIdLookup->nameFromCentralId( $certificate->userId ) ?? '';
		$data = match ( $format ) {
			'json' => OpenBadges::assertion( $certificate, $self->getCanonicalURL( [ 'format' => 'json' ] ), $badgeUrl,
				$this->titleFactory->makeTitle( NS_USER, $name )->getCanonicalURL() ),
			'badge' => OpenBadges::badgeClass( $badgeUrl, $page ? $page->getText() : '',
				$this->msg( 'trainings-certificate-badge-description' )->inContentLanguage()->text(),
				$page ? $page->getCanonicalURL() : '', $issuerUrl,
				(string)wfExpandUrl( (string)( $config->get( MainConfigNames::Logos )['1x'] ?? '' ),
					PROTO_CANONICAL ) ),
			default => OpenBadges::issuer( $issuerUrl, (string)$config->get( MainConfigNames::Sitename ),
				(string)$config->get( MainConfigNames::CanonicalServer ) ),
		};
		$this->getOutput()->disable();
		$response = $this->getRequest()->response();
		if ( $format === 'json' && $certificate->isRevoked() ) {
			$response->statusHeader( 410 );
		}
		$response->header( 'Content-Type: application/ld+json; charset=utf-8' );
		$response->header( 'Access-Control-Allow-Origin: *' );
		$response->header( 'X-Content-Type-Options: nosniff' );
		print json_encode( $data, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
	}

}
