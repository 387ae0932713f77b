<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Specials;

use DOMElement;
use DOMXPath;
use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Specials\SpecialTrainings;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\HtmlAssertions;
use MediaWiki\Permissions\Authority;
use MediaWiki\Request\FauxRequest;
use MediaWiki\Title\Title;
use SpecialPageTestBase;

/**
 * What the tests of Special:Trainings rendered on the server share: a small library (modules
 * published, outdated, draft and without metadata, a translation, a course), the page as a
 * reader without JavaScript gets it (messages in qqx: keys and parameters show), and reading
 * its cards and chips.
 */
abstract class SpecialTrainingsTestBase extends SpecialPageTestBase {

	use EditsAsReviewer;
	use HtmlAssertions;

	protected const ITEM = "//li[contains(concat(' ', @class, ' '), ' ext-trainings-catalog__item ')]";

	public function addDBDataOnce(): void {
		$this->editPage(
			Title::makeTitle( NS_TRAINING, 'How to talk to partners' ),
			"{{#training: summary = Plan a '''first''' meeting. | level = beginner | duration = 20"
				. " | topics = partnerships }}\nIntro.\n== Step ==\nText."
		);
		DeferredUpdates::doUpdates();
		$this->editPage(
			Title::makeTitle( NS_TRAINING, 'Measuring "success" & impact' ),
			"Intro.\n== Step ==\nText."
		);
		$this->editPage(
			Title::makeTitle( NS_TRAINING, 'Old module' ),
			"{{#training: summary = How it was done. | level = advanced | duration = 45 | status = outdated }}"
				. "\nIntro.\n== Step ==\nText."
		);
		$this->editPage(
			Title::makeTitle( NS_TRAINING, 'Draft module' ),
			"{{#training: summary = Not ready. | status = draft }}\nIntro.\n== Step ==\nText."
		);
		$this->editPage( Title::makeTitle( NS_TRAINING, 'How to talk to partners/fr' ), "Intro.\n== Étape ==\nTexte." );
		$this->editPage(
			Title::makeTitle( NS_TRAINING, 'Partnership path' ),
			"{{#training: summary = Two modules in order. | level = beginner }}\n"
				. "{{#trainingcourse: | Old module | How to talk to partners }}"
		);
		DeferredUpdates::doUpdates();
	}

	protected function newSpecialPage(): SpecialTrainings {
		// Built as the wiki builds it: the services extension.json names.
		$page = $this->getServiceContainer()->getSpecialPageFactory()->getPage( 'Trainings' );
		$this->assertInstanceOf( SpecialTrainings::class, $page );
		return $page;
	}

	/**
	 * @param array<string,string> $query
	 * @param Authority|null $performer
	 */
	protected function render( array $query = [], ?Authority $performer = null ): DOMXPath {
		[ $html ] = $this->executeSpecialPage( '', new FauxRequest( $query ), 'qqx', $performer );
		return self::xpath( $html );
	}

	/**
	 * @return list<string> Titles of the module cards, in order
	 */
	protected function cardTitles( DOMXPath $xpath ): array {
		return array_map(
			static fn ( DOMElement $title ) => $title->textContent,
			$this->all( $xpath, self::ITEM . "//span[@class='cdx-card__text__title']" )
		);
	}

	/**
	 * @return list<string> Texts of the chips under $context
	 */
	protected function chips( DOMXPath $xpath, string $context ): array {
		return array_map(
			static fn ( DOMElement $chip ) => $chip->textContent,
			$this->all( $xpath, $context . "//span[contains(concat(' ', @class, ' '), ' cdx-info-chip ')]" )
		);
	}

}
