<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Unit\Catalog;

use MediaWiki\Extension\Trainings\Catalog\ModuleSummary;
use MediaWiki\Page\PageIdentityValue;
use MediaWikiUnitTestCase;

/**
 * @covers \MediaWiki\Extension\Trainings\Catalog\ModuleSummary
 */
class ModuleSummaryTest extends MediaWikiUnitTestCase {

	public function testGetters(): void {
		$page = PageIdentityValue::localIdentity( 7, 1640, 'How_to_talk_to_partners' );
		$summary = new ModuleSummary( $page, 'How to talk to partners', 'Plan a first meeting.' );

		$this->assertSame( $page, $summary->getPage() );
		$this->assertSame( 'How to talk to partners', $summary->getTitleText() );
		$this->assertSame( 'Plan a first meeting.', $summary->getSummary() );
	}

	public function testSummaryDefaultsToEmpty(): void {
		$summary = new ModuleSummary(
			PageIdentityValue::localIdentity( 1, 1640, 'Quiz' ),
			'Quiz'
		);

		$this->assertSame( '', $summary->getSummary() );
	}

	/** @return iterable<string,array{string,string,string}> */
	public static function provideSearchText(): iterable {
		yield 'title only' => [ 'How to Measure Success', '', 'how to measure success' ];
		yield 'title and summary' => [ 'Offline events', 'Plan an EDIT-a-thon', 'offline events plan an edit-a-thon' ];
		yield 'non-ASCII letters' => [ 'Éditer Wikipédia', 'ÜBERSICHT', 'éditer wikipédia übersicht' ];
	}

	/**
	 * @dataProvider provideSearchText
	 */
	public function testGetSearchText( string $title, string $text, string $expected ): void {
		$summary = new ModuleSummary(
			PageIdentityValue::localIdentity( 1, 1640, strtr( $title, ' ', '_' ) ),
			$title,
			$text
		);

		$this->assertSame( $expected, $summary->getSearchText() );
	}

}
