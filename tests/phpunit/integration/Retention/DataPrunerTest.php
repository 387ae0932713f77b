<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Retention;

use MediaWiki\Extension\Trainings\Retention\DataPruner;
use MediaWiki\WikiMap\WikiMap;
use MediaWikiIntegrationTestCase;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * The retention of statistics and flags (maintenance/pruneTrainingsData.php): what is older
 * goes, in batches of the size asked, what is newer and other wikis' rows stay.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Retention\DataPruner
 * @license GPL-2.0-or-later
 */
class DataPrunerTest extends MediaWikiIntegrationTestCase {

	private const NOW = '20250610120000';

	protected function setUp(): void {
		parent::setUp();
		ConvertibleTimestamp::setFakeTime( self::NOW );
	}

	private function pruner( int $statsDays, int $feedbackDays ): DataPruner {
		$services = $this->getServiceContainer();
		return new DataPruner( $services->getConnectionProvider(), $services->getDBLoadBalancerFactory(),
			WikiMap::getCurrentWikiId(), $statsDays, $feedbackDays );
	}

	/** Statistics of five days (10 to 6 days ago, one module and language each) and quiz stats. */
	private function addStats( string $wiki ): void {
		$db = $this->getDb();
		foreach ( [ 10, 9, 8, 7, 6 ] as $ago ) {
			$time = (int)ConvertibleTimestamp::now( TS_UNIX ) - $ago * 86400;
			$day = substr( (string)ConvertibleTimestamp::convert( TS_MW, $time ), 0, 8 );
			$db->newInsertQueryBuilder()->insertInto( 'trainings_stats' )
				->row( [ 'ts_wiki' => $wiki, 'ts_day' => $day, 'ts_page' => 1, 'ts_lang' => 'en', 'ts_views' => 1,
					'ts_starts' => 0, 'ts_completions' => 0, 'ts_quiz_answers' => 0, 'ts_quiz_right' => 0 ] )
				->caller( __METHOD__ )->execute();
			$db->newInsertQueryBuilder()->insertInto( 'trainings_quiz_stats' )
				->row( [ 'tqs_wiki' => $wiki, 'tqs_day' => $day, 'tqs_page' => 1, 'tqs_lang' => 'en', 'tqs_quiz' => 1,
					'tqs_learners' => 1, 'tqs_first_right' => 1 ] )
				->caller( __METHOD__ )->execute();
		}
	}

	private function addFlag( int $daysAgo ): void {
		$db = $this->getDb();
		$db->newInsertQueryBuilder()->insertInto( 'trainings_feedback' )
			->row( [ 'tf_wiki' => WikiMap::getCurrentWikiId(), 'tf_page' => 1, 'tf_lang' => 'en', 'tf_step' => 1,
				'tf_kind' => 'unclear', 'tf_comment' => '', 'tf_user' => 0,
				'tf_timestamp' => $db->timestamp( (int)ConvertibleTimestamp::now( TS_UNIX ) - $daysAgo * 86400 ) ] )
			->caller( __METHOD__ )->execute();
	}

	/**
	 * @param string $table
	 * @param string $column
	 * @param array<string,string> $where
	 * @return list<string>
	 */
	private function column( string $table, string $column, array $where = [] ): array {
		return array_values( array_map( 'strval', $this->getDb()->newSelectQueryBuilder()->select( $column )
			->from( $table )->where( $where )->orderBy( $column )->caller( __METHOD__ )->fetchFieldValues() ) );
	}

	public function testOlderRowsGoInBatchesNewerAndOtherWikisStay(): void {
		$this->addStats( WikiMap::getCurrentWikiId() );
		$this->addStats( 'otherwiki' );
		$batches = [];
		$deleted = $this->pruner( 8, 0 )->prune( 2, static function ( string $table, int $count ) use ( &$batches ) {
			$batches[] = "$table:$count";
		} );

		// Kept: the cut-off day (8 days ago) and later.
		$this->assertSame( [ '20250602', '20250603', '20250604' ],
			$this->column( 'trainings_stats', 'ts_day', [ 'ts_wiki' => WikiMap::getCurrentWikiId() ] ) );
		$this->assertSame( [ '20250602', '20250603', '20250604' ],
			$this->column( 'trainings_quiz_stats', 'tqs_day', [ 'tqs_wiki' => WikiMap::getCurrentWikiId() ] ) );
		$this->assertCount( 5, $this->column( 'trainings_stats', 'ts_day', [ 'ts_wiki' => 'otherwiki' ] ) );
		// Two old days in one batch of 2, then an empty look; flags kept (retention 0).
		$this->assertSame( [ 'trainings_stats:2', 'trainings_quiz_stats:2' ], $batches );
		$this->assertSame(
			[ 'trainings_stats' => 2, 'trainings_quiz_stats' => 2, 'trainings_feedback' => 0 ], $deleted );
	}

	public function testTheBatchSizeIsHonoured(): void {
		foreach ( [ 40, 39, 38, 37, 36, 35, 34, 2, 1 ] as $ago ) {
			$this->addFlag( $ago );
		}
		$batches = [];
		$deleted = $this->pruner( 0, 30 )->prune( 3, static function ( string $table, int $count ) use ( &$batches ) {
			$batches[] = "$table:$count";
		} );
		$this->assertSame( [ 'trainings_feedback:3', 'trainings_feedback:3', 'trainings_feedback:1' ], $batches );
		$this->assertSame( 7, $deleted['trainings_feedback'] );
		$this->assertCount( 2, $this->column( 'trainings_feedback', 'tf_id' ), 'the flags of the last 30 days stay' );
	}

	public function testARetentionOfZeroKeepsEverything(): void {
		$this->addStats( WikiMap::getCurrentWikiId() );
		$this->addFlag( 4000 );
		$this->assertSame( [ 'trainings_stats' => 0, 'trainings_quiz_stats' => 0, 'trainings_feedback' => 0 ],
			$this->pruner( 0, 0 )->prune( 100 ) );
		$this->assertCount( 5, $this->column( 'trainings_stats', 'ts_day' ) );
		$this->assertCount( 1, $this->column( 'trainings_feedback', 'tf_id' ) );
	}
}
