<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Context\IContextSource;
use MediaWiki\Extension\Trainings\Certificates\Certificate;
use MediaWiki\Extension\Trainings\Certificates\CertificateCommand;
use MediaWiki\Html\Html;
use MediaWiki\Title\Title;

/**
 * What only a certificate's learner sees under it (never printed): the name to print (used
 * for this page only, stored only when they tick the box), a print hint, and revoking.
 *
 * @license GPL-2.0-or-later
 */
class CertificateOwnerForms {

	public function __construct(
		private readonly IContextSource $context,
		private readonly Title $page,
		private readonly string $token
	) {
	}

	public function render( Certificate $certificate, string $typedName ): string {
		$hidden = Html::hidden( 'wpEditToken', $this->token );
		$nameForm = Html::rawElement( 'form', [ 'method' => 'post', 'action' => $this->page->getLocalURL(),
				'class' => 'ext-trainings-certificate-nameform' ],
			$hidden .
			Html::label( $this->context->msg( 'trainings-certificate-name-label' )->text(),
				'ext-trainings-certificate-name' ) .
			' ' . Html::input( 'wpName', $typedName !== '' ? $typedName : $certificate->name, 'text', [
				'id' => 'ext-trainings-certificate-name', 'maxlength' => CertificateCommand::MAX_NAME,
				'class' => 'cdx-text-input__input',
			] ) . ' ' .
			Html::check( 'wpStore', false, [ 'id' => 'ext-trainings-certificate-store' ] ) . ' ' .
			Html::label( $this->context->msg( 'trainings-certificate-store' )->text(),
				'ext-trainings-certificate-store' ) .
			' ' . Html::element( 'button', [ 'type' => 'submit', 'class' => 'cdx-button' ],
				$this->context->msg( 'trainings-certificate-name-apply' )->text() ) );
		$revoke = $certificate->isRevoked() ? '' : Html::rawElement( 'form', [ 'method' => 'post',
				'action' => $this->page->getLocalURL(), 'class' => 'ext-trainings-certificate-revokeform' ],
			$hidden . Html::hidden( 'wpAction', 'revoke' ) .
			Html::element( 'button', [ 'type' => 'submit', 'class' => 'cdx-button cdx-button--action-destructive' ],
				$this->context->msg( 'trainings-certificate-revoke' )->text() ) );
		return Html::rawElement( 'div', [ 'class' => 'ext-trainings-certificate-owner noprint' ],
			Html::element( 'h2', [], $this->context->msg( 'trainings-certificate-owner-heading' )->text() ) .
			Html::element( 'p', [], $this->context->msg( 'trainings-certificate-print-hint' )->text() ) .
			$nameForm . $revoke );
	}

}
