<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Extension\Trainings\Certificates\Certificate;
use MediaWiki\Extension\Trainings\Certificates\CertificateCommand;
use MediaWiki\Extension\Trainings\Certificates\CertificateStore;
use MediaWiki\Extension\Trainings\Certificates\OpenBadges;
use MediaWiki\Extension\Trainings\Groups\GroupContent;
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
 * lets a learner who completed the course open (POST) their certificate, and `?group=<id>` a
 * participant who completed everything the group asks for.
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
		private readonly CertificateStore $certificateStore,
		private readonly GroupContent $groupContent
	) {
		parent::__construct( 'TrainingCertificate' );
	}

	/**
	 * @param string|null $subPage
	 */
	public function execute( $subPage ): void {
		$this->setHeaders();
		$out = $this->getOutput();
		$out->addModuleStyles( FormStyles::MODULES );
		$code = (string)$subPage;
		if ( $code === '' ) {
			$group = $this->getRequest()->getRawVal( 'group' );
			if ( $group !== null ) {
				$this->showGroupIssue( $group );
				return;
			}
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
		if ( $this->issuePosted() && $this->redirected( $this->certificateCommand->issueIfAllowed(
			$this->getAuthority(), $title, $this->getLanguage()->getCode() ) ) ) {
			return;
		}
		$this->addIssueForm( [ 'course' => $title->getPrefixedText() ],
			$this->msg( 'trainings-certificate-open', $title->getText() )->text() );
	}

	/**
	 * A participant opens the certificate for everything a group asks for (design record 0015 §4).
	 */
	private function showGroupIssue( string $groupId ): void {
		$this->requireNamedUser( 'trainings-certificate-login' );
		$group = ctype_digit( $groupId ) && strlen( $groupId ) <= 9
			? $this->certificateCommand->groupOf( $this->getAuthority(), (int)$groupId ) : null;
		if ( $group === null ) {
			$this->showStatus( StatusValue::newFatal( 'trainings-certificate-error-notmember' ) );
			return;
		}
		if ( $this->issuePosted() && $this->redirected( $this->certificateCommand->issueForGroupIfAllowed(
			$this->getAuthority(), $group->id, $this->getLanguage()->getCode() ) ) ) {
			return;
		}
		$this->addIssueForm( [ 'group' => (string)$group->id ],
			$this->msg( 'trainings-certificate-open-group', $group->name )->text() );
	}

	private function issuePosted(): bool {
		return $this->getRequest()->wasPosted()
			&& $this->tokens()->matchTokenField( 'wpEditToken', self::TOKEN_SALT );
	}

	/**
	 * @return bool Whether the certificate was opened (and the reader sent to it); else its errors are shown
	 */
	private function redirected( StatusValue $status ): bool {
		if ( $status->isOK() ) {
			$this->getOutput()->redirect( $this->getPageTitle( $status->getValue()->code )->getFullURL() );
			return true;
		}
		$this->showStatus( $status );
		return false;
	}

	/**
	 * @param array<string,string> $query What the certificate is for
	 * @param string $label
	 */
	private function addIssueForm( array $query, string $label ): void {
		$this->getOutput()->addHTML( Html::rawElement( 'form', [
				'method' => 'post', 'action' => $this->getPageTitle()->getLocalURL( $query ),
			],
			Html::hidden( 'wpEditToken', $this->tokens()->getToken( self::TOKEN_SALT )->toString() ) .
			Html::element( 'button', [
				'type' => 'submit',
				'class' => 'cdx-button cdx-button--action-progressive cdx-button--weight-primary '
					. 'ext-trainings-certificate-open',
			], $label ) ) );
	}

	/**
	 * What a certificate is for: the course's or module's title, or the group's name with the
	 * titles of what it asked for.
	 *
	 * @return array{0:string,1:string[]}
	 */
	private function subject( Certificate $certificate ): array {
		$gone = $this->msg( 'trainings-certificate-gone' )->text();
		if ( !$certificate->isForGroup() ) {
			$page = $this->titleFactory->newFromID( $certificate->pageId );
			return [ $page ? $page->getText() : $gone, [] ];
		}
		$titles = $this->groupContent->titles( $certificate->groupItems );
		return [ $certificate->groupName, array_map( static fn ( int $id ) => isset( $titles[$id] )
			? $titles[$id]->getText() : $gone, $certificate->groupItems ) ];
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
		[ $subject, $items ] = $this->subject( $certificate );
		$out->addHTML( ( new CertificateRenderer( $this->getContext(),
			$this->languageFactory->getLanguage( $certificate->language ) ) )->render(
				$certificate,
				$typedName !== '' ? $typedName : $this->storedName( $certificate ),
				$subject,
				(string)$this->getConfig()->get( MainConfigNames::Sitename ),
				$this->getPageTitle( $certificate->code )->getCanonicalURL(),
				$items
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

	/**
	 * The badge class: named after the course or module, whose page is the criteria; or after
	 * the group, with what it asked for as the criteria's narrative.
	 *
	 * @return array<string,mixed>
	 */
	private function badgeClass( Certificate $certificate, string $badgeUrl, string $issuerUrl ): array {
		[ $subject, $items ] = $this->subject( $certificate );
		$page = $certificate->isForGroup() ? null : $this->titleFactory->newFromID( $certificate->pageId );
		$criteria = $certificate->isForGroup()
			? [ 'narrative' => $this->msg( 'trainings-certificate-badge-criteria-group' )->inContentLanguage()
				->params( $this->getContentLanguage()->commaList( $items ) )->text() ]
			: [ 'id' => $page ? $page->getCanonicalURL() : '' ];
		return OpenBadges::badgeClass( $badgeUrl, $page || $certificate->isForGroup() ? $subject : '',
			$this->msg( 'trainings-certificate-badge-description' )->inContentLanguage()->text(), $criteria,
			$issuerUrl, (string)wfExpandUrl( (string)( $this->getConfig()->get( MainConfigNames::Logos )['1x'] ?? '' ),
				PROTO_CANONICAL ) );
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
		$name = $this->centralIdLookup->nameFromCentralId( $certificate->userId ) ?? '';
		$data = match ( $format ) {
			'json' => OpenBadges::assertion( $certificate, $self->getCanonicalURL( [ 'format' => 'json' ] ), $badgeUrl,
				$this->titleFactory->makeTitle( NS_USER, $name )->getCanonicalURL() ),
			'badge' => $this->badgeClass( $certificate, $badgeUrl, $issuerUrl ),
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
