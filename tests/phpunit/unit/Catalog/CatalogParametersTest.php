<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Unit\Catalog;

use MediaWiki\Extension\Trainings\Catalog\CatalogParameter;
use MediaWiki\Extension\Trainings\Catalog\CatalogParameters;
use MediaWiki\Extension\Trainings\Catalog\CatalogQuery;
use MediaWiki\Extension\Trainings\Content\FormatDetector;
use MediaWiki\Extension\Trainings\Content\ModuleMetadata;
use MediaWikiUnitTestCase;

/**
 * The catalog's one declaration of its parameters (catalogParameters.json, design record 0025)
 * agrees with the module format it filters on, and bounds every value.
 *
 * @covers \MediaWiki\Extension\Trainings\Catalog\CatalogParameters
 * @covers \MediaWiki\Extension\Trainings\Catalog\CatalogParameter
 */
class CatalogParametersTest extends MediaWikiUnitTestCase {

	public function testValuesAreThoseOfTheModuleFormat(): void {
		$declared = CatalogParameters::declared();
		$this->assertSame( array_keys( ModuleMetadata::LEVELS ), $declared->values( 'level' ), 'levels, in order' );
		$this->assertSame( [ FormatDetector::QUIZ, FormatDetector::VIDEO, FormatDetector::IMAGE ],
			$declared->values( 'format' ) );
		$this->assertSame( [], array_diff( $declared->values( 'status' ), array_keys( ModuleMetadata::STATUSES ) ) );
		$this->assertSame( [ 'title', 'duration', 'level', 'reviewed' ], $declared->values( 'sort' ) );
		$this->assertSame( [ CatalogQuery::SORT_TITLE, CatalogQuery::SORT_DURATION, CatalogQuery::SORT_LEVEL,
			CatalogQuery::SORT_REVIEWED ], $declared->values( 'sort' ), 'the sorts the catalog knows' );
		$this->assertSame( [ CatalogQuery::KIND_MODULE, CatalogQuery::KIND_COURSE ], $declared->values( 'kind' ) );
		$this->assertSame( 'topics', $declared->get( 'topic' )->valuesFrom, 'the wiki lists the topics' );
	}

	public function testEveryValueIsBounded(): void {
		foreach ( [ CatalogParameter::ON_PAGE, CatalogParameter::ON_API ] as $where ) {
			foreach ( CatalogParameters::declared()->on( $where ) as $name => $parameter ) {
				$this->assertTrue( $parameter->type === CatalogParameter::TYPE_BOOLEAN
					|| $parameter->values !== null || $parameter->valuesFrom !== null || $parameter->max !== null
					|| $parameter->maxChars !== null || $parameter->maxBytes !== null, "$where $name" );
			}
		}
	}

	public function testWhereEachParameterIs(): void {
		$declared = CatalogParameters::declared();
		$this->assertSame( [ 'search', 'fulltext', 'topic', 'level', 'format', 'language', 'maxduration', 'sort',
			'drafts', 'limit', 'continue' ], array_keys( $declared->on( CatalogParameter::ON_PAGE ) ),
			'the URL order' );
		$this->assertSame( [ 'search', 'fulltext', 'kind', 'topic', 'level', 'format', 'language', 'maxduration',
			'status', 'sort', 'limit', 'continue' ], array_keys( $declared->on( CatalogParameter::ON_API ) ) );
		$this->assertSame( [ 'search', 'topic', 'level', 'format', 'language', 'maxduration' ],
			$declared->narrowing() );
		$this->assertSame( 'tr', $declared->apiPrefix );
	}

	public function testAllows(): void {
		$declared = CatalogParameters::declared();
		$duration = $declared->get( 'maxduration' );
		$this->assertTrue( $duration->allows( '1' ) );
		$this->assertTrue( $duration->allows( '10000' ) );
		foreach ( [ '0', '10001', '-5', '1e3', '030', '99999999999999999999', ' 5', '' ] as $refused ) {
			$this->assertFalse( $duration->allows( $refused ), $refused );
		}
		$this->assertTrue( $declared->get( 'level' )->allows( 'advanced' ) );
		$this->assertFalse( $declared->get( 'level' )->allows( 'expert' ) );
		$this->assertFalse( $declared->get( 'continue' )->allows( '|' . str_repeat( 'x', 300 ) ) );
	}

	public function testAcceptableSearches(): void {
		$declared = CatalogParameters::declared();
		$this->assertTrue( $declared->isAcceptableSearch( str_repeat( 'é', 300 ) ) );
		$this->assertFalse( $declared->isAcceptableSearch( str_repeat( 'é', 301 ) ) );
		$this->assertTrue( $declared->isAcceptableSearch( trim( str_repeat( 'a ', 20 ) ) ) );
		$this->assertFalse( $declared->isAcceptableSearch( trim( str_repeat( 'a ', 21 ) ) ) );
	}

}
