<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Unit\Specials;

use DOMElement;
use DOMXPath;
use MediaWiki\Extension\Trainings\Specials\CatalogFilterForm;
use MediaWiki\Extension\Trainings\Specials\CatalogRequest;
use MediaWiki\Extension\Trainings\Tests\Integration\HtmlAssertions;
use MediaWiki\Request\FauxRequest;
use MediaWikiUnitTestCase;
use MessageLocalizer;

/**
 * @covers \MediaWiki\Extension\Trainings\Specials\CatalogFilterForm
 */
class CatalogFilterFormTest extends MediaWikiUnitTestCase {
	use HtmlAssertions;

	/** Messages as their keys, in parentheses. */
	private function newLocalizer(): MessageLocalizer {
		$localizer = $this->createMock( MessageLocalizer::class );
		$localizer->method( 'msg' )->willReturnCallback( fn ( string $key ) => $this->getMockMessage( "($key)" ) );
		return $localizer;
	}

	/**
	 * @param array<string,string> $query
	 */
	private function render( array $query ): DOMXPath {
		$request = CatalogRequest::fromWebRequest(
			new FauxRequest( $query ),
			[ 'events', 'partnerships' ],
			static fn ( string $code ): bool => in_array( $code, [ 'en', 'fr', 'de' ], true ),
			50
		);
		$form = new CatalogFilterForm(
			$this->newLocalizer(),
			'/index.php',
			'Special:Trainings',
			[ 'events' => 'Events', 'partnerships' => 'Partnerships' ],
			[ 'en', 'fr' ],
			static fn ( string $code ): string => "name-of-$code"
		);
		return self::xpath( $form->render( $request ) );
	}

	/**
	 * @return list<string>
	 */
	private function optionValues( DOMXPath $xpath, string $name ): array {
		return array_map(
			static fn ( DOMElement $option ): string => $option->getAttribute( 'value' ),
			$this->all( $xpath, "//select[@name='$name']/option" )
		);
	}

	private function selected( DOMXPath $xpath, string $name ): string {
		$options = $this->all( $xpath, "//select[@name='$name']/option[@selected]" );
		$this->assertCount( 1, $options, "one selected option in $name" );
		return $options[0]->getAttribute( 'value' );
	}

	public function testDefaults(): void {
		$xpath = $this->render( [] );
		$this->assertSame( '/index.php', $this->single( $xpath, '//form' )->getAttribute( 'action' ) );
		$this->assertSame( [], $this->all( $xpath, "//input[@name='limit']" ), 'no limit unless asked' );
		$this->assertSame( [ '', 'events', 'partnerships' ], $this->optionValues( $xpath, 'topic' ) );
		$this->assertSame( [ '', 'en', 'fr' ], $this->optionValues( $xpath, 'language' ) );
		$this->assertSame( [ '', '15', '30', '60' ], $this->optionValues( $xpath, 'maxduration' ) );
		$this->assertSame( '', $this->selected( $xpath, 'topic' ) );
		$this->assertSame( 'title', $this->selected( $xpath, 'sort' ), 'sort has no "any"' );
		$this->assertFalse( $this->single( $xpath, "//input[@name='drafts']" )->hasAttribute( 'checked' ) );
	}

	public function testKeepsTheRequestedValues(): void {
		$xpath = $this->render( [
			'search' => 'partners', 'topic' => 'events', 'language' => 'de', 'maxduration' => '45',
			'sort' => 'duration', 'drafts' => '1', 'limit' => '2',
		] );
		$this->assertSame( 'partners', $this->single( $xpath, "//input[@name='search']" )->getAttribute( 'value' ) );
		$this->assertSame( '2', $this->single( $xpath, "//input[@name='limit']" )->getAttribute( 'value' ) );
		$this->assertSame( 'events', $this->selected( $xpath, 'topic' ) );
		$this->assertSame( [ '', 'en', 'fr', 'de' ], $this->optionValues( $xpath, 'language' ),
			'a valid language without modules is offered' );
		$this->assertSame( 'name-of-de', $this->single( $xpath, "//option[@value='de']" )->textContent );
		$this->assertSame( [ '', '15', '30', '45', '60' ], $this->optionValues( $xpath, 'maxduration' ),
			'another duration takes its place in order' );
		$this->assertSame( 'duration', $this->selected( $xpath, 'sort' ) );
		$this->assertTrue( $this->single( $xpath, "//input[@name='drafts']" )->hasAttribute( 'checked' ) );
	}

}
