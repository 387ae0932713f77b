<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Context\IContextSource;
use MediaWiki\Extension\Trainings\Certificates\Certificate;
use MediaWiki\Html\Html;
use MediaWiki\Language\Language;

/**
 * The certificate itself, in the learner's language and direction (whoever reads it), laid
 * out to print on one A4 or Letter page (styles/groups.less, print styles): the name, the
 * course (or the group and what it asked for), the date, the issuing wiki and the
 * verification address.
 *
 * @license GPL-2.0-or-later
 */
class CertificateRenderer {

	public function __construct(
		private readonly IContextSource $context,
		private readonly Language $language
	) {
	}

	/**
	 * @param Certificate $certificate
	 * @param string $name The name to print
	 * @param string $course The course's or module's title, or the group's name
	 * @param string $siteName
	 * @param string $verifyUrl
	 * @param string[] $items A group certificate: the titles of what the group asked for
	 */
	public function render( Certificate $certificate, string $name, string $course, string $siteName,
		string $verifyUrl, array $items = []
	): string {
		$msg = fn ( string $key, ...$params ) => $this->context->msg( $key, ...$params )->inLanguage( $this->language );
		return Html::rawElement( 'div', [
				'class' => 'ext-trainings-certificate' . ( $certificate->isRevoked()
					? ' ext-trainings-certificate--revoked' : '' ),
				'lang' => $this->language->getHtmlCode(),
				'dir' => $this->language->getDir(),
			],
			Html::element( 'p', [ 'class' => 'ext-trainings-certificate-kicker' ],
				$msg( 'trainings-certificate-kicker' )->text() ) .
			Html::element( 'p', [ 'class' => 'ext-trainings-certificate-name' ], $name ) .
			Html::element( 'p', [ 'class' => 'ext-trainings-certificate-has' ], $msg( $certificate->isForGroup()
				? 'trainings-certificate-has-group' : 'trainings-certificate-has' )->text() ) .
			Html::element( 'p', [ 'class' => 'ext-trainings-certificate-course' ], $course ) .
			( $certificate->isForGroup() ? Html::element( 'p', [ 'class' => 'ext-trainings-certificate-items' ],
				$msg( 'trainings-certificate-group-items' )->params( $this->language->commaList( $items ) )
					->numParams( count( $items ) )->text() ) : '' ) .
			Html::element( 'p', [ 'class' => 'ext-trainings-certificate-date' ], $msg( 'trainings-certificate-date' )
				->params( $this->language->date( $certificate->completed, true ) )->text() ) .
			Html::element( 'p', [ 'class' => 'ext-trainings-certificate-issuer' ],
				$msg( 'trainings-certificate-issuer', $siteName )->text() ) .
			Html::rawElement( 'p', [ 'class' => 'ext-trainings-certificate-verify' ],
				htmlspecialchars( $msg( 'trainings-certificate-verify' )->text() ) . ' ' .
				Html::element( 'a', [ 'href' => $verifyUrl, 'dir' => 'ltr' ], $verifyUrl ) )
		);
	}

}
