<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Api;

use MediaWiki\Api\ApiMain;
use MediaWiki\Api\ApiUsageException;
use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Api\ApiTrainingEvent;
use MediaWiki\Extension\Trainings\Stats\StatsRecorder;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\Progress\ProgressFixture;
use MediaWiki\MainConfigNames;
use MediaWiki\Permissions\Authority;
use MediaWiki\Request\FauxRequest;
use MediaWiki\Tests\Api\ApiTestCase;
use stdClass;
use Wikimedia\ObjectCache\HashBagOStuff;
use Wikimedia\ScopedCallback;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * action=trainingevent: anonymous learners' starts, completions and first quiz answers reach
 * the statistics; logged-in users, bad input, GET and floods are refused and count nothing.
 *
 * @group API
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Api\ApiTrainingEvent
 * @covers \MediaWiki\Extension\Trainings\Stats\StatsRecorder
 */
class ApiTrainingEventTest extends ApiTestCase {

	use EditsAsReviewer;
	use ProgressFixture;

	private const MODULE = 'Training:Counted anonymously';

	private int $moduleId;

	private ?ScopedCallback $deferring = null;

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
		ConvertibleTimestamp::setFakeTime( '20250310120000' );
		$this->moduleId = $this->saveModule( 'Counted anonymously', 3, 2 )->getArticleID();
		$this->saveModule( 'Counted anonymously/fr', 2, 0 );
		DeferredUpdates::doUpdates();
		// Command-line code runs deferred updates at once unless this holds them until doUpdates().
		$this->deferring = DeferredUpdates::preventOpportunisticUpdates();
	}

	protected function tearDown(): void {
		ScopedCallback::consume( $this->deferring );
		parent::tearDown();
	}

	private function anonymous(): Authority {
		return $this->getServiceContainer()->getUserFactory()->newAnonymous( '127.0.0.1' );
	}

	/**
	 * @param array<string,mixed> $params
	 * @return array<string,mixed> The action's result
	 */
	private function sendEvent( array $params, ?Authority $performer = null ): array {
		[ $result ] = $this->doApiRequest( $params + [ 'action' => 'trainingevent', 'module' => self::MODULE ],
			null, false, $performer ?? $this->anonymous() );
		return $result['trainingevent'];
	}

	/**
	 * @return array<string,array<string,int>> Language => counter column => sum, after the
	 *  deferred updates ran
	 */
	private function counters(): array {
		DeferredUpdates::doUpdates();
		$rows = $this->getDb()->newSelectQueryBuilder()
			->select( array_merge( [ 'ts_lang', 'ts_day' ], StatsRecorder::COUNTERS ) )
			->from( StatsRecorder::TABLE )
			->where( [ 'ts_page' => $this->moduleId ] )
			->caller( __METHOD__ )
			->fetchResultSet();
		$counts = [];
		foreach ( $rows as $row ) {
			/** @var stdClass $row */
			$this->assertSame( '20250310', $row->ts_day );
			foreach ( StatsRecorder::COUNTERS as $column ) {
				$counts[$row->ts_lang][$column] = ( $counts[$row->ts_lang][$column] ?? 0 ) + (int)$row->$column;
			}
		}
		return $counts;
	}

	/**
	 * @param array<string,mixed> $params
	 * @param string $code Expected API error code
	 * @param Authority|null $performer
	 */
	private function assertRefused( array $params, string $code, ?Authority $performer = null ): void {
		try {
			$this->sendEvent( $params, $performer );
			$this->fail( "Expected the API error $code" );
		} catch ( ApiUsageException $e ) {
			$this->assertTrue( self::apiExceptionHasCode( $e, $code ), "Expected $code, got: " . $e->getMessage() );
		}
		$this->assertSame( [], $this->counters(), 'nothing written' );
	}

	public function testAnonymousEventsAreCounted(): void {
		$this->assertSame( [ 'result' => 'Success' ], $this->sendEvent( [ 'event' => 'start' ] ) );
		$this->sendEvent( [ 'event' => 'quiz', 'quiz' => 1, 'outcome' => 'right' ] );
		$this->sendEvent( [ 'event' => 'quiz', 'quiz' => 2, 'outcome' => 'partial' ] );
		$this->sendEvent( [ 'event' => 'complete', 'stepsdone' => '1|2|3', 'quizpassed' => '1|2' ] );
		$this->sendEvent( [ 'event' => 'start', 'module' => self::MODULE . '/fr' ] );
		$this->sendEvent( [ 'event' => 'start', 'language' => 'fr' ] );

		$zero = array_fill_keys( StatsRecorder::COUNTERS, 0 );
		$this->assertEquals( [
			'en' => [
				StatsRecorder::STARTS => 1,
				StatsRecorder::COMPLETIONS => 1,
				StatsRecorder::QUIZ_ANSWERS => 2,
				StatsRecorder::QUIZ_RIGHT => 1,
			] + $zero,
			'fr' => [ StatsRecorder::STARTS => 2 ] + $zero,
		], $this->counters() );
		$this->assertSame( [ [ 1, 1, 1 ], [ 2, 1, 0 ] ], $this->questionRows(),
			'per question: learners and first tries right' );
	}

	/**
	 * @return list<array{0:int,1:int,2:int}> Quiz, learners, first right of the module's rows
	 */
	private function questionRows(): array {
		DeferredUpdates::doUpdates();
		$rows = [];
		$result = $this->getDb()->newSelectQueryBuilder()
			->select( [ 'tqs_quiz', 'tqs_learners', 'tqs_first_right' ] )
			->from( StatsRecorder::QUIZ_TABLE )
			->where( [ 'tqs_page' => $this->moduleId ] )
			->orderBy( 'tqs_quiz' )
			->caller( __METHOD__ )
			->fetchResultSet();
		foreach ( $result as $row ) {
			/** @var stdClass $row */
			$rows[] = [ (int)$row->tqs_quiz, (int)$row->tqs_learners, (int)$row->tqs_first_right ];
		}
		return $rows;
	}

	public function testACompletionCountsOnlyWhenTheReportedProgressCompletesTheModule(): void {
		$claims = [
			'no progress at all' => [],
			'a deep link to the last step' => [ 'stepsdone' => '3', 'quizpassed' => '1|2' ],
			'a quiz not passed' => [ 'stepsdone' => '1|2|3', 'quizpassed' => '1' ],
			'numbers beyond the module' => [ 'stepsdone' => '1|2|4', 'quizpassed' => '1|2|3' ],
		];
		foreach ( $claims as $why => $params ) {
			$result = $this->sendEvent( [ 'event' => 'complete' ] + $params );
			$this->assertFalse( $result['counted'], $why );
		}
		$this->assertSame( [], $this->counters(), 'no completion counted' );
		$this->assertSame( [ 'result' => 'Success' ],
			$this->sendEvent( [ 'event' => 'complete', 'stepsdone' => '1|2|3', 'quizpassed' => '2|1' ] ) );
		$this->assertSame( 1, $this->counters()['en'][StatsRecorder::COMPLETIONS] );
	}

	public function testDeferred(): void {
		$this->sendEvent( [ 'event' => 'start' ] );
		$this->assertSame( 0, $this->getDb()->newSelectQueryBuilder()
			->select( '*' )->from( StatsRecorder::TABLE )->caller( __METHOD__ )->fetchRowCount(),
			'not before the deferred updates' );
		$this->assertSame( 1, $this->counters()['en'][StatsRecorder::STARTS] );
	}

	public function testLoggedInUsersAreRefused(): void {
		$this->assertRefused( [ 'event' => 'start' ], 'useprogressapi', $this->getTestUser()->getAuthority() );
	}

	/**
	 * @return iterable<string,array{0:array<string,mixed>,1:string}>
	 */
	public static function provideBadInput(): iterable {
		yield 'unknown module' => [ [ 'module' => 'Training:No such module', 'event' => 'start' ], 'nosuchmodule' ];
		yield 'not a training page' => [ [ 'module' => 'Main Page', 'event' => 'start' ], 'nosuchmodule' ];
		yield 'invalid title' => [ [ 'module' => 'Training:[[', 'event' => 'start' ], 'invalidtitle' ];
		yield 'missing language version' => [ [ 'language' => 'de', 'event' => 'start' ], 'nosuchmodule' ];
		yield 'unknown event' => [ [ 'event' => 'view' ], 'badvalue' ];
		yield 'missing event' => [ [], 'missingparam' ];
		yield 'quiz out of range' => [ [ 'event' => 'quiz', 'quiz' => 3, 'outcome' => 'right' ], 'badquiz' ];
		yield 'quiz zero' => [ [ 'event' => 'quiz', 'quiz' => 0, 'outcome' => 'right' ], 'badquiz' ];
		yield 'quiz in a version without quizzes' => [
			[ 'module' => self::MODULE . '/fr', 'event' => 'quiz', 'quiz' => 1, 'outcome' => 'right' ], 'badquiz' ];
		yield 'quiz without number' => [ [ 'event' => 'quiz', 'outcome' => 'right' ], 'missingparam' ];
		yield 'quiz without outcome' => [ [ 'event' => 'quiz', 'quiz' => 1 ], 'missingparam' ];
		yield 'bad outcome' => [ [ 'event' => 'quiz', 'quiz' => 1, 'outcome' => 'maybe' ], 'badvalue' ];
		yield 'quiz with another event' => [ [ 'event' => 'start', 'quiz' => 1 ], 'invalidparammix' ];
		yield 'steps with another event' => [ [ 'event' => 'start', 'stepsdone' => '1' ], 'invalidparammix' ];
	}

	/**
	 * @dataProvider provideBadInput
	 * @param array<string,mixed> $params
	 * @param string $code
	 */
	public function testBadInput( array $params, string $code ): void {
		$this->assertRefused( $params, $code );
	}

	public function testReadOnly(): void {
		$this->overrideConfigValue( MainConfigNames::ReadOnly, 'Maintenance' );
		$this->assertRefused( [ 'event' => 'start' ], 'readonly' );
		$this->overrideConfigValue( MainConfigNames::ReadOnly, false );
	}

	public function testPostOnlyWithoutToken(): void {
		// ApiTestCase's requests are internal, where ApiMain does not check the method: the
		// browser test (tests/e2e/browser/stats-anonymous.test.mjs) sends a real GET.
		$module = ( new ApiMain( new FauxRequest() ) )->getModuleManager()->getModule( 'trainingevent', 'action' );
		$this->assertInstanceOf( ApiTrainingEvent::class, $module );
		$this->assertTrue( $module->mustBePosted() );
		$this->assertFalse( $module->needsToken() );
		$this->assertTrue( $module->isWriteMode() );
	}

	public function testRateLimit(): void {
		$this->overrideConfigValues( [
			MainConfigNames::RateLimits => [ 'trainingevent' => [ 'ip' => [ 2, 60 ], 'anon' => [ 2, 60 ] ] ],
			MainConfigNames::MainCacheType => 'hash',
		] );
		$this->setMainCache( new HashBagOStuff() );
		$this->sendEvent( [ 'event' => 'start' ] );
		$this->sendEvent( [ 'event' => 'complete', 'stepsdone' => '1|2|3', 'quizpassed' => '1|2' ] );
		try {
			$this->sendEvent( [ 'event' => 'start' ] );
			$this->fail( 'Expected ratelimited' );
		} catch ( ApiUsageException $e ) {
			$this->assertTrue( self::apiExceptionHasCode( $e, 'ratelimited' ), $e->getMessage() );
		}
		$counts = $this->counters()['en'];
		$this->assertSame( 1, $counts[StatsRecorder::STARTS], 'the refused start is not counted' );
		$this->assertSame( 1, $counts[StatsRecorder::COMPLETIONS] );
	}

}
