<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Hardening;

use MediaWiki\Api\ApiUsageException;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\Progress\ProgressFixture;
use MediaWiki\MainConfigNames;
use MediaWiki\Tests\Api\ApiTestCase;

/**
 * Searches and continuation values no request of the extension's own front end sends: each is
 * refused with its documented code, and nothing reaches the database or the exception log.
 *
 * @group API
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Api\ApiQueryTrainings
 * @covers \MediaWiki\Extension\Trainings\Api\ApiQueryTrainingProgress
 */
class ApiBadInputTest extends ApiTestCase {

	use EditsAsReviewer;
	use ProgressFixture;

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
		$this->saveModule( 'Bad input module', 2, 1 );
	}

	/**
	 * @param array<string,mixed> $params
	 * @return array<string,mixed>
	 */
	private function query( array $params ): array {
		[ $result ] = $this->doApiRequest( $params + [ 'action' => 'query', 'formatversion' => 2 ], null, false,
			$this->getTestUser()->getAuthority() );
		return $result;
	}

	/**
	 * @param array<string,mixed> $params
	 * @param string $code
	 */
	private function assertRefused( array $params, string $code ): void {
		try {
			$this->query( $params );
			$this->fail( "expected the API error $code" );
		} catch ( ApiUsageException $e ) {
			$this->assertTrue( self::apiExceptionHasCode( $e, $code ), "expected $code: " . $e->getMessage() );
		}
	}

	public function testSearchSize(): void {
		$search = [ 'list' => 'trainings' ];
		$this->assertRefused( [ 'trsearch' => trim( str_repeat( 'word ', 1000 ) ) ] + $search, 'maxchars' );
		$this->assertRefused( [ 'trsearch' => str_repeat( 'é', 301 ) ] + $search, 'maxchars' );
		$this->assertRefused( [ 'trsearch' => trim( str_repeat( 'zz ', 21 ) ) ] + $search, 'searchwords' );
		// At the limits, the search runs.
		$this->assertSame( [], $this->query( [ 'trsearch' => trim( str_repeat( 'zz ', 20 ) ) ] + $search )
			['query']['trainings'] );
		$found = $this->query( [ 'trsearch' => 'Bad input' ] + $search )['query']['trainings'];
		$this->assertSame( [ 'Training:Bad input module' ], array_column( $found, 'title' ) );
	}

	/**
	 * @return iterable<string,array{0:string}>
	 */
	public static function provideBadProgressContinue(): iterable {
		yield '30 digits' => [ str_repeat( '9', 30 ) . '|1' ];
		yield 'month 13' => [ '20251340000000|1' ];
		yield 'page id of 20 digits' => [ '20250101000000|' . str_repeat( '9', 20 ) ];
		yield 'no page id' => [ '20250101000000|' ];
		yield 'three parts' => [ '20250101000000|1|2' ];
		yield 'letters' => [ 'abc|def' ];
	}

	/**
	 * @dataProvider provideBadProgressContinue
	 */
	public function testProgressContinue( string $continue ): void {
		$this->assertRefused( [ 'meta' => 'trainingprogress', 'tpcontinue' => $continue ], 'badcontinue' );
	}

	public function testValidProgressContinue(): void {
		$result = $this->query( [ 'meta' => 'trainingprogress', 'tpcontinue' => '20250101000000|1' ] );
		$this->assertSame( [], $result['query']['trainingprogress']['modules'] );
	}

	public function testCatalogContinue(): void {
		$this->assertRefused( [ 'list' => 'trainings', 'trcontinue' => str_repeat( '9', 30 ) . '|1',
			'trsort' => 'duration' ], 'badcontinue' );
		$this->assertRefused( [ 'list' => 'trainings', 'trcontinue' => '1|' . str_repeat( 'x', 400 ) ], 'maxbytes' );
	}

}
