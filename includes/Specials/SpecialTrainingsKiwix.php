<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Extension\Trainings\Zim\ZimDownloadLink;
use MediaWiki\Extension\Trainings\Zim\ZimDownloads;
use MediaWiki\Extension\Trainings\Zim\ZimFile;
use MediaWiki\Html\Html;
use MediaWiki\Languages\LanguageNameUtils;
use MediaWiki\SpecialPage\SpecialPage;

/**
 * Special:TrainingsKiwix[/language]: the library as a ZIM file for Kiwix (design record 0007). Shows at
 * once what there is, never waiting for a build: the file of the language (the reader's by
 * default) with its size and date, or "being prepared" while ZimBuildJob builds it; how to
 * use it; and the files of the other languages.
 *
 * @license GPL-2.0-or-later
 */
class SpecialTrainingsKiwix extends SpecialPage {

	public function __construct(
		private readonly LanguageNameUtils $languageNameUtils,
		private readonly ZimDownloads $downloads
	) {
		parent::__construct( ZimDownloadLink::SPECIAL_PAGE );
	}

	/**
	 * @param string|null $subPage A language code
	 */
	public function execute( $subPage ): void {
		$this->setHeaders();
		$this->outputHeader();
		$out = $this->getOutput();
		$language = $this->downloads->languageFor( $subPage ?: $this->getLanguage()->getCode() );
		$offer = $this->downloads->offer( $language );
		$name = $this->languageName( $language );

		if ( $offer->file ) {
			$html = Html::rawElement( 'p', [],
				Html::element( 'a', [
					'class' => 'ext-trainings-zim-file',
					'href' => $offer->file->url,
					'download' => $offer->file->name,
				], $this->msg( 'trainings-zim-download-language' )->plaintextParams( $name )->text() ) .
				' ' . Html::element( 'span', [], $this->details( $offer->file ) )
			);
			if ( !$offer->fresh ) {
				$html .= Html::element( 'p', [ 'class' => 'ext-trainings-zim-updating' ],
					$this->msg( 'trainings-zim-updating' )->text() );
			}
		} else {
			$html = Html::element( 'p', [ 'class' => 'ext-trainings-zim-preparing' ],
				$this->msg( 'trainings-zim-preparing' )->plaintextParams( $name )->text() );
		}
		$html .= $this->msg( 'trainings-zim-help' )->parseAsBlock();
		$html .= $this->otherLanguages( $language );
		$out->addHTML( Html::rawElement( 'div', [ 'class' => 'ext-trainings-zim' ], $html ) );
	}

	private function details( ZimFile $file ): string {
		return $this->msg( 'trainings-zim-download-details' )
			->sizeParams( $file->bytes )
			->dateParams( $file->timestamp )
			->text();
	}

	private function otherLanguages( string $shown ): string {
		$items = '';
		foreach ( $this->downloads->builtFiles() as $file ) {
			if ( $file->language === $shown ) {
				continue;
			}
			$items .= Html::rawElement( 'li', [],
				Html::element( 'a', [ 'href' => ZimDownloadLink::pageFor( $file->language )->getLocalURL() ],
					$this->languageName( $file->language ) ) .
				' ' . Html::element( 'span', [], $this->details( $file ) )
			);
		}
		return $items === '' ? '' :
			Html::element( 'h2', [], $this->msg( 'trainings-zim-other-languages' )->text() ) .
			Html::rawElement( 'ul', [], $items );
	}

	private function languageName( string $code ): string {
		$name = $this->languageNameUtils->getLanguageName( $code, $this->getLanguage()->getCode() );
		return $name !== '' ? $name : $code;
	}

	/** @inheritDoc */
	protected function getGroupName(): string {
		return 'pages';
	}
}
