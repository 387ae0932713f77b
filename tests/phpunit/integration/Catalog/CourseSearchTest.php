<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Catalog;

use MediaWiki\Extension\Trainings\Catalog\CatalogQuery;
use MediaWiki\Extension\Trainings\Catalog\CourseMatch;
use MediaWiki\Extension\Trainings\Catalog\CourseSearch;
use MediaWiki\Extension\Trainings\Catalog\ModuleCatalog;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWikiIntegrationTestCase;

/**
 * Courses follow the catalog's search and filters (design record 0023), against a real
 * database: the course of CatalogFixture has "How to talk to partners" and "Running a local
 * meetup".
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Catalog\CourseSearch
 * @covers \MediaWiki\Extension\Trainings\Catalog\CourseMatch
 */
class CourseSearchTest extends MediaWikiIntegrationTestCase {

	use EditsAsReviewer;

	public function addDBDataOnce(): void {
		CatalogFixture::create( fn ( $title, $text ) => $this->editPage( $title, $text ) );
	}

	/**
	 * @param array<string,mixed> $options Parameters of CatalogQuery::fromParameters() (the modules' query)
	 * @return array<string,list<string>> The courses listed, each with its matching modules
	 */
	private function courses( array $options ): array {
		$services = $this->getServiceContainer();
		$search = new CourseSearch( new ModuleCatalog(
			$services->getConnectionProvider(),
			TrainingsServices::getLanguageSubpage( $services ),
			'en'
		) );
		$found = [];
		foreach ( $search->find( CatalogQuery::fromParameters( $options ) ) as $match ) {
			$this->assertInstanceOf( CourseMatch::class, $match );
			$found[$match->course->getDBkey()] = $match->matchingModules;
		}
		return $found;
	}

	public function testWithoutFiltersEveryCourseIsListedAndNothingMarked(): void {
		$this->assertSame( [ 'Partnership_course' => [] ], $this->courses( [] ) );
		$this->assertSame( [ 'Partnership_course' => [] ], $this->courses( [ 'sort' => 'duration' ] ),
			'a sort is no filter' );
	}

	public function testACourseIsListedWhenOneOfItsModulesMatches(): void {
		$this->assertSame( [ 'Partnership_course' => [ 'Running_a_local_meetup' ] ],
			$this->courses( [ 'search' => 'convivial' ] ), 'a word of one module\'s summary' );
		$this->assertSame( [ 'Partnership_course' => [ 'How_to_talk_to_partners' ] ],
			$this->courses( [ 'maxduration' => 30, 'search' => 'talk' ] ), 'search and filters together' );
		$this->assertSame( [ 'Partnership_course' => [ 'How_to_talk_to_partners', 'Running_a_local_meetup' ] ],
			$this->courses( [ 'level' => 'beginner' ] ), 'in the course\'s order' );
		$this->assertSame( [ 'Partnership_course' => [ 'Running_a_local_meetup' ] ],
			$this->courses( [ 'language' => 'fr', 'maxduration' => 20 ] ) );
	}

	public function testACourseIsListedWhenItMatchesItself(): void {
		$this->assertSame( [ 'Partnership_course' => [] ], $this->courses( [ 'search' => 'step by step' ] ),
			'the course\'s own summary; none of its modules matches' );
	}

	public function testNoCourseWhenNeitherItNorItsModulesMatch(): void {
		$this->assertSame( [], $this->courses( [ 'search' => 'zzzzqqq' ] ) );
		$this->assertSame( [], $this->courses( [ 'format' => 'video' ] ) );
		$this->assertSame( [], $this->courses( [ 'search' => 'venue' ] ),
			'"Organising an offline event" matches, but is in no course' );
	}

}
