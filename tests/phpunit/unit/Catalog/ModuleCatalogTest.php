<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Unit\Catalog;

use MediaWiki\Extension\Trainings\Catalog\ModuleCatalog;
use MediaWikiUnitTestCase;

/**
 * The query itself is tested against a database in the integration suite.
 *
 * @covers \MediaWiki\Extension\Trainings\Catalog\ModuleCatalog
 */
class ModuleCatalogTest extends MediaWikiUnitTestCase {

	/** @return iterable<string,array{string,string[]}> */
	public static function provideCaseVariants(): iterable {
		yield 'lower case' => [ 'talk to', [ 'talk to', 'TALK TO', 'Talk to', 'Talk To' ] ];
		yield 'upper case' => [ 'HOW', [ 'HOW', 'how', 'How' ] ];
		yield 'mixed case' => [ 'VisualEditor', [ 'VisualEditor', 'visualeditor', 'VISUALEDITOR', 'Visualeditor' ] ];
		yield 'non-ASCII' => [ 'édition', [ 'édition', 'ÉDITION', 'Édition' ] ];
	}

	/**
	 * @dataProvider provideCaseVariants
	 * @param string $term
	 * @param string[] $expected
	 */
	public function testCaseVariants( string $term, array $expected ): void {
		$this->assertSame( $expected, ModuleCatalog::caseVariants( $term ) );
	}

}
