<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Api;

use MediaWiki\Api\ApiUsageException;
use MediaWiki\Extension\Trainings\Progress\ProgressStore;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\Progress\ProgressFixture;
use MediaWiki\MainConfigNames;
use MediaWiki\Permissions\Authority;
use MediaWiki\Tests\Api\ApiTestCase;
use MediaWiki\User\User;
use Wikimedia\ObjectCache\HashBagOStuff;

/**
 * action=trainingprogress, action=trainingprogressreset and meta=trainingprogress against real
 * module pages: the round trip, idempotency, the completion rule, every bad input, privacy.
 *
 * @group API
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Api\ApiTrainingProgress
 * @covers \MediaWiki\Extension\Trainings\Api\ApiTrainingProgressReset
 * @covers \MediaWiki\Extension\Trainings\Api\ApiQueryTrainingProgress
 * @covers \MediaWiki\Extension\Trainings\Api\ProgressOutput
 */
class ApiTrainingProgressTest extends ApiTestCase {

	use EditsAsReviewer;
	use ProgressFixture;

	private const MODULE = 'Training:Progress via API';

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
		$this->saveModule( 'Progress via API', 3, 2 );
		// Translate gives every version the source's steps and quizzes.
		$this->saveModule( 'Progress via API/fr', 3, 2 );
	}

	/**
	 * @param array<string,mixed> $params
	 * @return array<string,mixed> The action's result
	 */
	private function recordProgress( array $params, Authority $performer ): array {
		[ $result ] = $this->doApiRequestWithToken(
			$params + [ 'action' => 'trainingprogress', 'module' => self::MODULE ], null, $performer
		);
		$this->assertIsArray( $result['trainingprogress'] );
		return $result['trainingprogress'];
	}

	/**
	 * @param array<string,mixed> $params
	 * @return array<string,mixed> The meta module's result
	 */
	private function readProgress( Authority $performer, array $params = [] ): array {
		[ $result ] = $this->doApiRequest(
			$params + [ 'action' => 'query', 'meta' => 'trainingprogress', 'formatversion' => 2 ],
			null, false, $performer
		);
		return $result['query']['trainingprogress'];
	}

	private function rowCount(): int {
		return $this->getDb()->newSelectQueryBuilder()
			->select( '*' )->from( ProgressStore::TABLE )->caller( __METHOD__ )->fetchRowCount();
	}

	/**
	 * @param array<string,mixed> $params
	 * @param string $code Expected API error code
	 * @param Authority|null $performer
	 */
	private function assertRefused( array $params, string $code, ?Authority $performer = null ): void {
		try {
			$this->doApiRequestWithToken( $params + [ 'action' => 'trainingprogress', 'module' => self::MODULE ],
				null, $performer ?? $this->getTestUser()->getAuthority() );
			$this->fail( "Expected the API error $code" );
		} catch ( ApiUsageException $e ) {
			$this->assertTrue( self::apiExceptionHasCode( $e, $code ),
				"Expected $code, got: " . $e->getMessage() );
		}
		$this->assertSame( 0, $this->rowCount(), 'nothing written' );
	}

	public function testRoundTrip(): void {
		$learner = $this->getTestUser()->getAuthority();
		$written = $this->recordProgress(
			[ 'step' => 2, 'stepsdone' => '1', 'quizzes' => '1:right:1|2:wrong:2' ], $learner );
		$this->assertSame( 'Success', $written['result'] );
		$this->assertSame( self::MODULE, $written['module'] );
		$this->assertSame( self::MODULE, $written['title'] );
		$this->assertSame( 'en', $written['language'] );
		$this->assertSame( 2, $written['step'] );
		$this->assertSame( 3, $written['steps'] );
		$this->assertSame( 2, $written['quizcount'] );
		$this->assertSame( [ 1, 2 ], $written['stepsdone'] );
		$this->assertSame( [
			[ 'quiz' => 1, 'result' => 'right', 'first' => 'right', 'passed' => true ],
			[ 'quiz' => 2, 'result' => 'wrong', 'first' => 'wrong', 'passed' => false ],
		], $written['quizzes'] );
		$this->assertFalse( $written['completed'] );
		$this->assertSame( [ 3 ], $written['missingsteps'] );

		$read = $this->readProgress( $learner );
		$this->assertArrayNotHasKey( 'anonymous', $read );
		$this->assertCount( 1, $read['modules'] );
		$module = $read['modules'][0];
		$keys = [
			'module', 'pageid', 'language', 'title', 'step', 'steps', 'stepsdone', 'quizzes', 'completed', 'updated',
		];
		foreach ( $keys as $key ) {
			$this->assertSame( $written[$key], $module[$key], $key );
		}
	}

	public function testSwitchingLanguageKeepsProgress(): void {
		$learner = $this->getTestUser()->getAuthority();
		$params = [ 'step' => 1, 'stepsdone' => '1', 'quizzes' => '1:wrong:2' ];
		$first = $this->recordProgress( $params, $learner );
		$second = $this->recordProgress( $params, $learner );
		$this->assertSame( $first, $second );
		$this->assertSame( 1, $this->rowCount() );

		// The learner switches to French at step 2: the same record goes on.
		$french = $this->recordProgress( [ 'module' => self::MODULE . '/fr', 'step' => 2 ], $learner );
		$this->assertSame( 'fr', $french['language'] );
		$this->assertSame( self::MODULE, $french['module'] );
		$this->assertSame( self::MODULE . '/fr', $french['title'] );
		$this->assertSame( [ 1, 2 ], $french['stepsdone'], 'step 1 seen in English counts' );
		$this->assertSame( [ [ 'quiz' => 1, 'result' => 'wrong', 'first' => 'wrong', 'passed' => false ] ],
			$french['quizzes'] );
		$this->assertSame( [ 3 ], $french['missingsteps'] );
		$this->assertSame( $french, $this->recordProgress( [ 'language' => 'fr', 'step' => 2 ], $learner ) );
		$this->assertSame( 1, $this->rowCount() );
		$read = $this->readProgress( $learner, [ 'tpmodules' => self::MODULE ] )['modules'];
		$this->assertCount( 1, $read );
		$this->assertSame( 'fr', $read[0]['language'], 'the language followed last' );
		$this->assertSame( [ 1, 2 ], $read[0]['stepsdone'] );
		$this->assertSame( 2, $read[0]['step'] );

		// Back in English, the learner finishes what is left.
		$done = $this->recordProgress( [ 'step' => 3, 'quizzes' => '1:right:1|2:right:1' ], $learner );
		$this->assertTrue( $done['completed'] );
		$this->assertSame( 'en', $done['language'] );
		$this->assertSame( [ 1, 2, 3 ], $done['stepsdone'] );
		$this->assertSame( 1, $this->rowCount() );
	}

	public function testCompletion(): void {
		$learner = $this->getTestUser()->getAuthority();
		// A "completed" flag from the client counts for nothing (it is not even a parameter).
		[ $result ] = $this->doApiRequestWithToken( [ 'action' => 'trainingprogress', 'module' => self::MODULE,
			'step' => 3, 'complete' => 1 ], null, $learner );
		$this->assertFalse( $result['trainingprogress']['completed'] );
		$this->assertSame( [ 1, 2 ], $result['trainingprogress']['missingsteps'] );
		$this->assertSame( [ 1, 2 ], $result['trainingprogress']['missingquizzes'] );
		$this->assertStringContainsString( 'complete', (string)json_encode( $result['warnings'] ) );

		$notYet = $this->recordProgress( [ 'step' => 3, 'stepsdone' => '1|2', 'quizzes' => '1:wrong:2|2:right:1' ],
			$learner );
		$this->assertFalse( $notYet['completed'], 'quiz 1 answered, but not right' );
		$this->assertSame( [ 1 ], $notYet['missingquizzes'] );

		$done = $this->recordProgress( [ 'step' => 3, 'quizzes' => '1:right:1', 'quizfirst' => '1:wrong:2' ],
			$learner );
		$this->assertTrue( $done['completed'] );
		$this->assertSame( [
			[ 'quiz' => 1, 'result' => 'right', 'first' => 'wrong', 'passed' => true ],
			[ 'quiz' => 2, 'result' => 'right', 'first' => 'right', 'passed' => true ],
		], $done['quizzes'], 'the first try recorded first stays' );
		$this->assertIsString( $done['completedat'] );
		$this->assertTrue( $this->readProgress( $learner )['modules'][0]['completed'] );
	}

	/**
	 * @return iterable<string,array{0:array<string,mixed>,1:string}>
	 */
	public static function provideBadInput(): iterable {
		yield 'unknown module' => [ [ 'module' => 'Training:No such module', 'step' => 1 ], 'nosuchmodule' ];
		yield 'not a training page' => [ [ 'module' => 'Main Page', 'step' => 1 ], 'nosuchmodule' ];
		yield 'invalid title' => [ [ 'module' => 'Training:[[', 'step' => 1 ], 'invalidtitle' ];
		yield 'missing language version' => [ [ 'language' => 'de', 'step' => 1 ], 'nosuchmodule' ];
		yield 'language mismatch' => [ [ 'module' => self::MODULE . '/fr', 'language' => 'de', 'step' => 1 ],
			'language' ];
		yield 'step out of range' => [ [ 'step' => 4 ], 'badstep' ];
		yield 'negative step' => [ [ 'step' => -1 ], 'badstep' ];
		yield 'step done out of range' => [ [ 'step' => 1, 'stepsdone' => '1|9' ], 'badstepsdone' ];
		yield 'quiz out of range' => [ [ 'step' => 1, 'quizzes' => '3:right:1' ], 'badquiz' ];
		yield 'malformed quiz result' => [ [ 'step' => 1, 'quizzes' => 'first:right' ], 'badquiz' ];
		yield 'malformed options' => [ [ 'step' => 1, 'quizzes' => '1:right:1,2' ], 'badquiz' ];
		yield 'outcome without options' => [ [ 'step' => 1, 'quizzes' => '1:right' ], 'quiznooptions' ];
		yield 'forged right' => [ [ 'step' => 1, 'quizzes' => '1:right:2' ], 'quizforged' ];
		yield 'forged pass' => [ [ 'step' => 1, 'quizpassed' => '1:2' ], 'quizforged' ];
		yield 'unknown revision' => [ [ 'step' => 1, 'quizzes' => '1:right:1', 'revision' => 99999999 ],
			'badrevision' ];
		yield 'missing step' => [ [], 'missingparam' ];
	}

	/**
	 * @dataProvider provideBadInput
	 * @param array<string,mixed> $params
	 * @param string $code
	 */
	public function testBadInput( array $params, string $code ): void {
		$this->assertRefused( $params, $code );
	}

	public function testMissingAndBadToken(): void {
		$learner = $this->getTestUser()->getAuthority();
		foreach ( [ 'missingparam' => [], 'badtoken' => [ 'token' => 'nonsense+\\' ] ] as $code => $token ) {
			try {
				$this->doApiRequest( [ 'action' => 'trainingprogress', 'module' => self::MODULE, 'step' => 1 ] + $token,
					null, false, $learner );
				$this->fail( "Expected $code" );
			} catch ( ApiUsageException $e ) {
				$this->assertTrue( self::apiExceptionHasCode( $e, $code ), $e->getMessage() );
			}
		}
		$this->assertSame( 0, $this->rowCount() );
	}

	public function testAnonymous(): void {
		$anon = $this->getServiceContainer()->getUserFactory()->newAnonymous( '127.0.0.1' );
		$this->assertRefused( [ 'step' => 1 ], 'notloggedin', $anon );
		$this->assertSame( [ 'anonymous' => true, 'modules' => [] ], $this->readProgress( $anon ) );
	}

	public function testBlockedUser(): void {
		$user = $this->getMutableTestUser()->getUser();
		$this->assertStatusGood( $this->getServiceContainer()->getBlockUserFactory()
			->newBlockUser( $user, $this->getTestSysop()->getAuthority(), 'infinity', 'test' )
			->placeBlock() );
		$this->assertRefused( [ 'step' => 1 ], 'blocked', User::newFromId( $user->getId() ) );
	}

	public function testReadOnly(): void {
		$this->overrideConfigValue( MainConfigNames::ReadOnly, 'Maintenance' );
		$this->assertRefused( [ 'step' => 1 ], 'readonly' );
		$this->overrideConfigValue( MainConfigNames::ReadOnly, false );
	}

	public function testRateLimit(): void {
		$this->overrideConfigValues( [
			MainConfigNames::RateLimits => [ 'trainingprogress' => [ 'user' => [ 1, 60 ] ] ],
			MainConfigNames::MainCacheType => 'hash',
		] );
		$this->setMainCache( new HashBagOStuff() );
		$learner = $this->getMutableTestUser()->getAuthority();
		$this->recordProgress( [ 'step' => 1 ], $learner );
		try {
			$this->recordProgress( [ 'step' => 2 ], $learner );
			$this->fail( 'Expected ratelimited' );
		} catch ( ApiUsageException $e ) {
			$this->assertTrue( self::apiExceptionHasCode( $e, 'ratelimited' ), $e->getMessage() );
		}
	}

	public function testNobodyReadsAnotherUsersProgress(): void {
		$alice = $this->getMutableTestUser()->getAuthority();
		$bob = $this->getMutableTestUser()->getAuthority();
		$this->recordProgress( [ 'step' => 2 ], $alice );
		$this->assertSame( [], $this->readProgress( $bob )['modules'] );
		$this->assertCount( 1, $this->readProgress( $alice )['modules'] );
		// There is no parameter to name another user: an attempt is an unrecognized parameter.
		[ $result ] = $this->doApiRequest( [ 'action' => 'query', 'meta' => 'trainingprogress', 'formatversion' => 2,
			'tpuser' => $alice->getUser()->getName() ], null, false, $bob );
		$this->assertSame( [], $result['query']['trainingprogress']['modules'] );
		$this->assertArrayHasKey( 'warnings', $result );
	}

	public function testContinuation(): void {
		$this->saveModule( 'Progress via API two', 2, 0 );
		$learner = $this->getTestUser()->getAuthority();
		$this->recordProgress( [ 'step' => 1 ], $learner );
		$this->recordProgress( [ 'module' => 'Training:Progress via API two', 'step' => 1 ], $learner );
		[ $result ] = $this->doApiRequest( [ 'action' => 'query', 'meta' => 'trainingprogress', 'tplimit' => 1,
			'formatversion' => 2 ], null, false, $learner );
		$this->assertCount( 1, $result['query']['trainingprogress']['modules'] );
		$continue = $result['continue'];
		[ $next ] = $this->doApiRequest( [ 'action' => 'query', 'meta' => 'trainingprogress', 'tplimit' => 1,
			'formatversion' => 2 ] + $continue, null, false, $learner );
		$this->assertCount( 1, $next['query']['trainingprogress']['modules'] );
		$this->assertNotSame( $result['query']['trainingprogress']['modules'][0]['module'],
			$next['query']['trainingprogress']['modules'][0]['module'] );
		$this->assertArrayNotHasKey( 'continue', $next );
	}

	public function testReset(): void {
		$learner = $this->getMutableTestUser()->getAuthority();
		$other = $this->getMutableTestUser()->getAuthority();
		$this->recordProgress( [ 'step' => 1 ], $learner );
		$this->recordProgress( [ 'module' => self::MODULE . '/fr', 'step' => 1 ], $learner );
		$this->recordProgress( [ 'step' => 1 ], $other );

		// A version names the module: its progress goes, whichever language it was made in.
		[ $result ] = $this->doApiRequestWithToken( [ 'action' => 'trainingprogressreset',
			'module' => self::MODULE, 'language' => 'fr' ], null, $learner );
		$this->assertSame( [ 'result' => 'Success', 'deleted' => 1 ], $result['trainingprogressreset'] );
		$this->assertSame( [], $this->readProgress( $learner )['modules'] );
		$this->recordProgress( [ 'step' => 1 ], $learner );
		[ $result ] = $this->doApiRequestWithToken( [ 'action' => 'trainingprogressreset', 'all' => 1 ],
			null, $learner );
		$this->assertSame( 1, $result['trainingprogressreset']['deleted'] );
		$this->assertSame( [], $this->readProgress( $learner )['modules'] );
		$this->assertCount( 1, $this->readProgress( $other )['modules'] );

		$this->expectException( ApiUsageException::class );
		$this->doApiRequestWithToken( [ 'action' => 'trainingprogressreset' ], null, $learner );
	}

}
