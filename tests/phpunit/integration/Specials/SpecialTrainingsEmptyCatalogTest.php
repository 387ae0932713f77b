<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Specials;

use MediaWiki\Extension\Trainings\Catalog\CatalogLookup;
use MediaWiki\Extension\Trainings\Catalog\CourseSearch;
use MediaWiki\Extension\Trainings\Specials\SpecialTrainings;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Request\FauxRequest;
use SpecialPageTestBase;

/**
 * A wiki without any training module yet: the catalog says so instead of "no results".
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Specials\SpecialTrainings
 */
class SpecialTrainingsEmptyCatalogTest extends SpecialPageTestBase {

	protected function newSpecialPage(): SpecialTrainings {
		$services = $this->getServiceContainer();
		return new SpecialTrainings( $services->getLanguageNameUtils(), $services->get( CourseSearch::SERVICE_NAME ),
			$services->get( CatalogLookup::SERVICE_NAME ),
			TrainingsServices::getReaderVersionLookup( $services ),
			TrainingsServices::getTopics( $services ) );
	}

	public function testEmptyCatalogSaysThereIsNothingYet(): void {
		[ $html ] = $this->executeSpecialPage( '', null, 'qqx' );

		$this->assertStringNotContainsString( 'ext-trainings-catalog__item', $html );
		$this->assertStringNotContainsString( 'ext-trainings-catalog__courses', $html, 'no courses either' );
		$this->assertMatchesRegularExpression(
			'#<p class="ext-trainings-catalog__empty">\(trainings-catalog-no-modules\)</p>#',
			$html
		);
		$this->assertStringContainsString( '(trainings-catalog-result-count: 0)', $html );
		$this->assertStringNotContainsString( 'ext-trainings-catalog__more', $html );
	}

	public function testSearchingAnEmptyCatalogSaysNothingMatched(): void {
		[ $html ] = $this->executeSpecialPage( '', new FauxRequest( [ 'search' => 'partners' ] ), 'qqx' );

		$this->assertStringContainsString( '(trainings-catalog-no-results)', $html );
		$this->assertStringContainsString( '(trainings-catalog-clear)', $html );
	}
}
