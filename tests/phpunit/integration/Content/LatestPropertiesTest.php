<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Content;

use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Title\Title;
use MediaWikiIntegrationTestCase;
use stdClass;

/**
 * The one reader of page_props gives what the latest parse stored, while readers keep the
 * reviewed revision's properties (design record 0017): an author's edit waiting for review
 * changes the one, not the other.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Content\LatestProperties
 */
class LatestPropertiesTest extends MediaWikiIntegrationTestCase {

	use EditsAsReviewer;

	private const TWO_STEPS = "{{#training: summary = Two steps}}\n== One ==\nText\n== Two ==\nText";

	private const THREE_STEPS = self::TWO_STEPS . "\n== Three ==\nText";

	private function save( Title $title, string $text, bool $asAuthor = false ): void {
		$performer = $asAuthor ? $this->getTestUser()->getAuthority() : null;
		$this->assertStatusGood( $this->editPage( $title, $text, '', NS_MAIN, $performer ) );
		DeferredUpdates::doUpdates();
	}

	public function testTheLatestParseNotTheReviewedRevision(): void {
		$title = Title::makeTitle( NS_TRAINING, 'Latest properties module' );
		$this->save( $title, self::TWO_STEPS );
		$this->save( $title, self::THREE_STEPS, true );
		$latest = TrainingsServices::getLatestProperties( $this->getServiceContainer() );

		$this->assertSame( '3', $latest->get( $title, ModuleProperties::STEPS ) );
		$this->assertNull( $latest->get( $title, ModuleProperties::COURSE ) );
		$both = $latest->ofPage( $title, ModuleProperties::STEPS, ModuleProperties::STEP_IDS );
		$this->assertSame( [ ModuleProperties::STEP_IDS, ModuleProperties::STEPS ],
			array_keys( $this->sorted( $both ) ) );
		$this->assertCount( 3, explode( ModuleProperties::LIST_SEPARATOR, $both[ModuleProperties::STEP_IDS] ) );
		$this->assertSame( '2', TrainingsServices::getReviewedProperties( $this->getServiceContainer() )
			->get( $title->getArticleID(), ModuleProperties::STEPS ), 'readers keep the reviewed revision' );
	}

	public function testJoinToAddsOneColumnPerProperty(): void {
		$module = Title::makeTitle( NS_TRAINING, 'Latest properties joined' );
		$this->save( $module, self::TWO_STEPS );
		$plain = Title::makeTitle( NS_MAIN, 'Latest properties plain page' );
		$this->save( $plain, 'No module here.' );
		$query = $this->getDb()->newSelectQueryBuilder()
			->select( [ 'page_id' ] )
			->from( 'page' )
			->where( [ 'page_id' => [ $module->getArticleID(), $plain->getArticleID() ] ] )
			->orderBy( 'page_id' );
		$rows = TrainingsServices::getLatestProperties( $this->getServiceContainer() )
			->joinTo( $query, [ 'steps' => ModuleProperties::STEPS, 'course' => ModuleProperties::COURSE ] )
			->caller( __METHOD__ )
			->fetchResultSet();

		$values = [];
		foreach ( $rows as $row ) {
			/** @var stdClass $row */
			$values[(int)$row->page_id] = [ $row->steps, $row->course ];
		}
		$this->assertSame( [
			$module->getArticleID() => [ '2', null ],
			$plain->getArticleID() => [ null, null ],
		], $values );
	}

	/**
	 * @param array<string,string> $values
	 * @return array<string,string>
	 */
	private function sorted( array $values ): array {
		ksort( $values );
		return $values;
	}

}
