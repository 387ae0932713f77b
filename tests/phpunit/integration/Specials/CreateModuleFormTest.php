<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Specials;

use MediaWiki\Extension\Trainings\Specials\CreateModuleForm;
use MediaWiki\Extension\Trainings\Tests\Integration\HtmlAssertions;
use MediaWikiIntegrationTestCase;
use MessageLocalizer;

/**
 * @covers \MediaWiki\Extension\Trainings\Specials\CreateModuleForm
 */
class CreateModuleFormTest extends MediaWikiIntegrationTestCase {
	use HtmlAssertions;

	/** Messages as their keys, in parentheses. */
	private function newLocalizer(): MessageLocalizer {
		$localizer = $this->createMock( MessageLocalizer::class );
		$localizer->method( 'msg' )->willReturnCallback( fn ( string $key ) => $this->getMockMessage( "($key)" ) );
		return $localizer;
	}

	public function testOpensTheEditorOnATrainingTitle(): void {
		$html = ( new CreateModuleForm( $this->newLocalizer(), '/w/index.php' ) )->render();
		$xpath = self::xpath( $html );

		$this->assertSame( '/w/index.php', $this->single( $xpath, "//form[@method='get']" )->getAttribute( 'action' ) );
		$this->assertSame( 'edit', $this->single( $xpath, "//input[@name='action']" )->getAttribute( 'value' ) );
		$title = $this->single( $xpath, "//input[@name='title']" );
		$this->assertSame( 'Training:', $title->getAttribute( 'value' ) );
		$this->assertTrue( $title->hasAttribute( 'required' ) );
		$this->assertCount( 1, $this->all( $xpath, "//label[@for='" . $title->getAttribute( 'id' ) . "']" ) );
	}

}
