<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Hardening;

use MediaWiki\Api\ApiUsageException;
use MediaWiki\Block\Restriction\NamespaceRestriction;
use MediaWiki\Extension\Trainings\Progress\ProgressStore;
use MediaWiki\Extension\Trainings\Stats\StatsRecorder;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\Progress\ProgressFixture;
use MediaWiki\MainConfigNames;
use MediaWiki\Permissions\Authority;
use MediaWiki\Tests\Api\ApiTestCase;
use MediaWiki\User\User;
use Wikimedia\ObjectCache\HashBagOStuff;

/**
 * Abuse of the write APIs (action=trainingprogress, trainingprogressreset, trainingevent): every
 * request here must fail with the documented error code and leave both tables exactly as they
 * were. Each case is counted; the total is printed (for the hardening note).
 *
 * @group API
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Api\ApiTrainingProgress
 * @covers \MediaWiki\Extension\Trainings\Api\ApiTrainingProgressReset
 * @covers \MediaWiki\Extension\Trainings\Api\ApiTrainingEvent
 * @covers \MediaWiki\Extension\Trainings\Api\ApiQueryTrainingProgress
 * @covers \MediaWiki\Extension\Trainings\Progress\LearnerCheck
 */
class ApiAbuseTest extends ApiTestCase {

	use EditsAsReviewer;
	use ProgressFixture;

	private const MODULE = 'Training:Abused module';

	private const WRITES = [
		'progress' => [ 'action' => 'trainingprogress', 'module' => self::MODULE, 'step' => 2, 'stepsdone' => '1' ],
		'reset one' => [ 'action' => 'trainingprogressreset', 'module' => self::MODULE ],
		'reset all' => [ 'action' => 'trainingprogressreset', 'all' => 1 ],
	];

	private User $learner;

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
		$this->saveModule( 'Abused module', 3, 2 );
		$this->learner = $this->getMutableTestUser()->getUser();
		// Something to lose: the learner's own progress, which no refused request may change.
		$this->doApiRequestWithToken( self::WRITES['progress'], null, $this->learner );
	}

	/**
	 * @return string Every row of the extension's tables that requests write
	 */
	private function snapshot(): string {
		$rows = [];
		foreach ( [ ProgressStore::TABLE, StatsRecorder::TABLE ] as $table ) {
			$result = $this->getDb()->newSelectQueryBuilder()
				->select( '*' )->from( $table )->caller( __METHOD__ )->fetchResultSet();
			foreach ( $result as $row ) {
				$rows[] = $table . ' ' . json_encode( (array)$row );
			}
		}
		sort( $rows );
		return implode( "\n", $rows );
	}

	/**
	 * Runs a request that must be refused with $code, and checks that nothing was written.
	 *
	 * @param callable():mixed $request
	 * @param string $code
	 * @param string $label
	 */
	private function assertRefusedWithoutWrite( callable $request, string $code, string $label ): void {
		$before = $this->snapshot();
		$this->assertNotSame( '', $before );
		try {
			$request();
			$this->fail( "$label: expected the API error $code" );
		} catch ( ApiUsageException $e ) {
			$this->assertTrue( self::apiExceptionHasCode( $e, $code ),
				"$label: expected $code, got " . $e->getMessage() );
		}
		$this->assertSame( $before, $this->snapshot(), "$label: nothing written" );
		self::$cases++;
	}

	/** Number of abuse cases run in this process, printed at the end. */
	private static int $cases = 0;

	public static function tearDownAfterClass(): void {
		fwrite( STDERR, "\n[api-abuse] " . self::$cases
			. " abusive API requests refused with their documented error, none wrote\n" );
		parent::tearDownAfterClass();
	}

	public function testTokens(): void {
		foreach ( self::WRITES as $name => $params ) {
			$this->assertRefusedWithoutWrite(
				fn () => $this->doApiRequest( $params, null, false, $this->learner ),
				'missingparam', "$name without token" );
			$this->assertRefusedWithoutWrite(
				fn () => $this->doApiRequest( $params + [ 'token' => '+\\' ], null, false, $this->learner ),
				'badtoken', "$name with the anonymous token" );
			$this->assertRefusedWithoutWrite(
				fn () => $this->doApiRequest( $params + [ 'token' => str_repeat( 'f', 32 ) . '+\\' ], null, false,
					$this->learner ), 'badtoken', "$name with a forged token" );
		}
		// GET where POST is needed: ApiMain checks it for web requests only (not FauxRequest), so
		// tests/http/hostile-api.test.mjs sends those over HTTP.
	}

	private function anonymous(): Authority {
		return $this->getServiceContainer()->getUserFactory()->newAnonymous( '127.0.0.1' );
	}

	public function testAnonymousAndLoggedInRoles(): void {
		foreach ( self::WRITES as $name => $params ) {
			$this->assertRefusedWithoutWrite(
				fn () => $this->doApiRequestWithToken( $params, null, $this->anonymous() ),
				'notloggedin', "$name anonymously" );
		}
		$this->assertRefusedWithoutWrite(
			fn () => $this->doApiRequest( [ 'action' => 'trainingevent', 'module' => self::MODULE, 'event' => 'start' ],
				null, false, $this->learner ), 'useprogressapi', 'event logged in' );
	}

	public function testOtherUsersData(): void {
		$other = $this->getMutableTestUser()->getUser();
		// No parameter names another user: bob's requests act on bob alone, or are refused.
		[ $read ] = $this->doApiRequest( [ 'action' => 'query', 'meta' => 'trainingprogress', 'formatversion' => 2,
			'tpuser' => $this->learner->getName(), 'user' => $this->learner->getName() ], null, false, $other );
		$this->assertSame( [], $read['query']['trainingprogress']['modules'] );
		$before = $this->snapshot();
		foreach ( [ 'reset one', 'reset all' ] as $name ) {
			[ $result ] = $this->doApiRequestWithToken( self::WRITES[$name] + [ 'user' => $this->learner->getName() ],
				null, $other );
			$this->assertSame( 0, $result['trainingprogressreset']['deleted'], "$name by another user" );
			self::$cases++;
		}
		$this->assertSame( $before, $this->snapshot(), 'the learner\'s progress is untouched' );
		// Writing "for" the learner writes for the performer, never the learner.
		$learnerRows = $this->snapshotOf( $this->learner );
		$this->doApiRequestWithToken( [ 'step' => 3, 'stepsdone' => '1|2', 'user' => $this->learner->getName() ]
			+ self::WRITES['progress'], null, $other );
		$this->assertSame( $learnerRows, $this->snapshotOf( $this->learner ) );
		$this->assertSame( 3, $this->readAs( $other )[0]['step'] );
	}

	/**
	 * @return list<array<string,mixed>> What meta=trainingprogress tells $user
	 */
	private function readAs( User $user ): array {
		[ $read ] = $this->doApiRequest( [ 'action' => 'query', 'meta' => 'trainingprogress', 'formatversion' => 2 ],
			null, false, $user );
		return $read['query']['trainingprogress']['modules'];
	}

	private function snapshotOf( User $user ): string {
		return json_encode( $this->readAs( $user ) ) ?: '';
	}

	public function testBlocks(): void {
		$blocker = $this->getTestSysop()->getAuthority();
		$blockUserFactory = $this->getServiceContainer()->getBlockUserFactory();
		$this->assertStatusGood(
			$blockUserFactory->newBlockUser( $this->learner, $blocker, 'infinity', 'test' )->placeBlock() );
		$blocked = User::newFromId( $this->learner->getId() );
		foreach ( self::WRITES as $name => $params ) {
			$this->assertRefusedWithoutWrite(
				fn () => $this->doApiRequestWithToken( $params, null, $blocked ),
				'blocked', "$name by a blocked user" );
		}

		// A partial block (here: from editing the Training namespace) keeps learning open: progress
		// is no edit of a page (LearnerCheck, design record 0009).
		$partial = $this->getMutableTestUser()->getUser();
		$this->assertStatusGood( $blockUserFactory->newBlockUser( $partial, $blocker, 'infinity', 'test',
			[], [ new NamespaceRestriction( 0, NS_TRAINING ) ] )->placeBlock() );
		$partial = User::newFromId( $partial->getId() );
		$block = $partial->getBlock();
		$this->assertNotNull( $block );
		$this->assertFalse( $block->isSitewide() );
		[ $result ] = $this->doApiRequestWithToken( self::WRITES['progress'], null, $partial );
		$this->assertSame( 'Success', $result['trainingprogress']['result'] );
	}

	/**
	 * @return iterable<string,array{0:array<string,mixed>,1:string}>
	 */
	public static function provideHugeParameters(): iterable {
		$progress = self::WRITES['progress'];
		yield 'title of 300 kB' => [
			[ 'module' => 'Training:' . str_repeat( 'x', 300000 ) ] + $progress, 'maxbytes' ];
		yield 'title with control characters' => [ [ 'module' => "Training:\x01\x7f<>" ] + $progress, 'invalidtitle' ];
		yield '600 steps done' => [ [ 'stepsdone' => implode( '|', range( 1, 600 ) ) ] + $progress, 'toomanyvalues' ];
		yield 'step beyond 64 bits' => [ [ 'step' => str_repeat( '9', 40 ) ] + $progress, 'badinteger' ];
		yield 'quiz result of 1 MB' => [ [ 'quizzes' => '1:' . str_repeat( 'r', 1000000 ) ] + $progress, 'maxbytes' ];
		yield 'quiz result of 15 bytes' => [ [ 'quizzes' => '1:' . str_repeat( 'r', 13 ) ] + $progress, 'badquiz' ];
		yield 'language of 10 kB' => [ [ 'language' => str_repeat( 'fr', 5000 ) ] + $progress, 'maxchars' ];
		yield 'language of 30 characters' => [ [ 'language' => str_repeat( 'fr', 15 ) ] + $progress, 'language' ];
		yield 'reset: module and all' => [
			self::WRITES['reset all'] + [ 'module' => self::MODULE ], 'invalidparammix' ];
		yield 'reset: title of 300 kB' => [ [ 'module' => str_repeat( 'x', 300000 ) ] + self::WRITES['reset one'],
			'maxbytes' ];
		yield 'reset: title of 300 bytes' => [ [ 'module' => str_repeat( 'x', 300 ) ] + self::WRITES['reset one'],
			'invalidtitle' ];
	}

	/**
	 * @dataProvider provideHugeParameters
	 * @param array<string,mixed> $params
	 * @param string $code
	 */
	public function testHugeParameters( array $params, string $code ): void {
		$this->assertRefusedWithoutWrite(
			fn () => $this->doApiRequestWithToken( $params, null, $this->learner ), $code, 'huge parameter' );
	}

	public function testHugeEventParameters(): void {
		$event = [ 'action' => 'trainingevent', 'module' => self::MODULE, 'event' => 'quiz' ];
		$cases = [
			'maxbytes' => [ 'module' => str_repeat( 'x', 300000 ), 'quiz' => 1, 'outcome' => 'right' ],
			'invalidtitle' => [ 'module' => str_repeat( 'x', 300 ), 'quiz' => 1, 'outcome' => 'right' ],
			'badvalue' => [ 'event' => str_repeat( 'start', 1000 ) ],
			'badinteger' => [ 'quiz' => str_repeat( '9', 40 ), 'outcome' => 'right' ],
		];
		foreach ( $cases as $code => $params ) {
			$this->assertRefusedWithoutWrite(
				fn () => $this->doApiRequest( $params + $event, null, false, $this->anonymous() ),
				$code, "event: $code" );
		}
	}

	public function testRateLimitOverflow(): void {
		$this->overrideConfigValues( [
			MainConfigNames::RateLimits => [
				'trainingprogress' => [ 'user' => [ 2, 60 ] ],
				'trainingevent' => [ 'ip' => [ 1, 60 ], 'anon' => [ 1, 60 ] ],
			],
			MainConfigNames::MainCacheType => 'hash',
		] );
		$this->setMainCache( new HashBagOStuff() );
		$user = $this->getMutableTestUser()->getUser();
		$this->doApiRequestWithToken( self::WRITES['progress'], null, $user );
		$this->doApiRequestWithToken( self::WRITES['reset one'], null, $user );
		foreach ( self::WRITES as $name => $params ) {
			$this->assertRefusedWithoutWrite(
				fn () => $this->doApiRequestWithToken( $params, null, $user ), 'ratelimited', "$name over the limit" );
		}
		$event = [ 'action' => 'trainingevent', 'module' => self::MODULE, 'event' => 'start' ];
		$this->doApiRequest( $event, null, false, $this->anonymous() );
		\MediaWiki\Deferred\DeferredUpdates::doUpdates();
		$this->assertRefusedWithoutWrite(
			fn () => $this->doApiRequest( $event, null, false, $this->anonymous() ),
			'ratelimited', 'event over the limit' );
	}

	public function testReadOnlyAndLockedDatabase(): void {
		$lock = $this->getNewTempFile();
		file_put_contents( $lock, 'Locked for the hardening test' );
		$event = [ 'action' => 'trainingevent', 'module' => self::MODULE, 'event' => 'start' ];
		$settings = [
			MainConfigNames::ReadOnly => 'Read-only for the hardening test',
			MainConfigNames::ReadOnlyFile => $lock,
		];
		foreach ( $settings as $setting => $value ) {
			$this->overrideConfigValue( $setting, $value );
			foreach ( self::WRITES as $name => $params ) {
				$this->assertRefusedWithoutWrite(
					fn () => $this->doApiRequestWithToken( $params, null, $this->learner ),
					'readonly', "$name, $setting" );
			}
			$this->assertRefusedWithoutWrite(
				fn () => $this->doApiRequest( $event, null, false, $this->anonymous() ),
				'readonly', "event, $setting" );
			// null, the default: false would stop ReadOnlyMode from looking at the lock file.
			$this->overrideConfigValue( $setting, null );
		}
		// Reading still works, and says nothing was lost.
		[ $read ] = $this->doApiRequest( [ 'action' => 'query', 'meta' => 'trainingprogress', 'formatversion' => 2 ],
			null, false, $this->learner );
		$this->assertCount( 1, $read['query']['trainingprogress']['modules'] );
	}

}
