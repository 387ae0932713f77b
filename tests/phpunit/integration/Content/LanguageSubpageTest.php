<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Content;

use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Title\Title;
use MediaWikiIntegrationTestCase;

/**
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Content\LanguageSubpage
 * @covers \MediaWiki\Extension\Trainings\Hooks\PageContentLanguageHandler
 */
class LanguageSubpageTest extends MediaWikiIntegrationTestCase {

	/**
	 * @return iterable<string,array{int,string,?string}>
	 */
	public static function provideTitles(): iterable {
		yield 'French version' => [ NS_TRAINING, 'How to talk to partners/fr', 'fr' ];
		yield 'Arabic version' => [ NS_TRAINING, 'How to talk to partners/ar', 'ar' ];
		yield 'Variant code' => [ NS_TRAINING, 'How to talk to partners/pt-br', 'pt-br' ];
		yield 'base page' => [ NS_TRAINING, 'How to talk to partners', null ];
		yield 'subpage that is not a language' => [ NS_TRAINING, 'Events/2015', null ];
		yield 'unknown code' => [ NS_TRAINING, 'Events/xx-nope', null ];
		yield 'other namespace' => [ NS_MAIN, 'How to talk to partners/fr', null ];
	}

	/**
	 * @dataProvider provideTitles
	 */
	public function testLanguageCodeOf( int $namespace, string $text, ?string $expected ): void {
		$subpage = TrainingsServices::getLanguageSubpage( $this->getServiceContainer() );

		$this->assertSame( $expected, $subpage->languageCodeOf( Title::makeTitle( $namespace, $text ) ) );
	}

	public function testLanguageVersionsAreWrittenInTheirLanguage(): void {
		$arabic = Title::makeTitle( NS_TRAINING, 'How to talk to partners/ar' );
		$base = Title::makeTitle( NS_TRAINING, 'How to talk to partners' );

		$this->assertSame( 'ar', $arabic->getPageLanguage()->getCode() );
		$this->assertSame( 'rtl', $arabic->getPageLanguage()->getDir() );
		$this->assertSame( 'en', $base->getPageLanguage()->getCode() );
	}
}
