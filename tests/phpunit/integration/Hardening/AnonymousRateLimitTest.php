<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Hardening;

use MediaWiki\Api\ApiUsageException;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\Progress\ProgressFixture;
use MediaWiki\MainConfigNames;
use MediaWiki\Request\FauxRequest;
use MediaWiki\Tests\Api\ApiTestCase;
use Wikimedia\ObjectCache\HashBagOStuff;

/**
 * The anonymous write limits of extension.json, through MediaWiki's real RateLimiter, with
 * requests from several addresses: one address (or one subnet) that reaches its limit stops
 * itself, never the anonymous readers elsewhere (design record 0008).
 *
 * @group API
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Api\ApiTrainingEvent
 * @covers \MediaWiki\Extension\Trainings\Api\ApiTrainingFeedback
 */
class AnonymousRateLimitTest extends ApiTestCase {

	use EditsAsReviewer;
	use ProgressFixture;

	private const MODULE = 'Training:Rate limited module';

	/** The address the next request comes from. */
	private string $ip = '127.0.0.1';

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValues( [
			MainConfigNames::LanguageCode => 'en',
			MainConfigNames::MainCacheType => 'hash',
		] );
		$this->setMainCache( new HashBagOStuff() );
		$this->saveModule( 'Rate limited module', 3, 1 );
	}

	/**
	 * @param array<string,mixed> $params
	 * @param array<string,mixed>|null $session
	 * @return FauxRequest From the address of the next request
	 */
	protected function buildFauxRequest( $params, $session ) {
		$request = new FauxRequest( $params, true, $session );
		$request->setIP( $this->ip );
		return $request;
	}

	/**
	 * @return int How many requests one address may send, by the extension's own limits
	 */
	private function perAddress( string $action ): int {
		return $this->getConfVar( MainConfigNames::RateLimits )[$action]['ip'][0];
	}

	/**
	 * Sends one anonymous write from $ip.
	 *
	 * @return bool Whether it was accepted (false: refused by the rate limit)
	 */
	private function send( string $action, string $ip ): bool {
		$this->ip = $ip;
		$anon = $this->getServiceContainer()->getUserFactory()->newAnonymous( $ip );
		$params = $action === 'trainingevent'
			? [ 'action' => 'trainingevent', 'module' => self::MODULE, 'event' => 'start' ]
			: [ 'action' => 'trainingfeedback', 'module' => self::MODULE, 'step' => 1, 'kind' => 'unclear' ];
		try {
			[ $result ] = $action === 'trainingevent'
				? $this->doApiRequest( $params, null, false, $anon )
				: $this->doApiRequestWithToken( $params, null, $anon );
		} catch ( ApiUsageException $e ) {
			$this->assertTrue( self::apiExceptionHasCode( $e, 'ratelimited' ), $e->getMessage() );
			return false;
		}
		$this->assertSame( 'Success', $result[$action]['result'] );
		return true;
	}

	/**
	 * Sends $count requests from $ip, all of which must be accepted.
	 */
	private function fill( string $action, string $ip, int $count ): void {
		for ( $i = 1; $i <= $count; $i++ ) {
			$this->assertTrue( $this->send( $action, $ip ), "$action #$i from $ip" );
		}
	}

	public function testEventsFromOneAddressLeaveOthersOpen(): void {
		$limit = $this->perAddress( 'trainingevent' );
		$this->fill( 'trainingevent', '198.51.100.1', $limit );
		$this->assertFalse( $this->send( 'trainingevent', '198.51.100.1' ), 'the address over its limit' );
		$this->fill( 'trainingevent', '203.0.113.9', 1 );
		// Three full addresses in three subnets stop nobody else either.
		$this->fill( 'trainingevent', '192.0.2.1', $limit );
		$this->fill( 'trainingevent', '203.0.113.10', $limit - 1 );
		$this->fill( 'trainingevent', '100.64.0.1', 1 );
	}

	public function testFeedbackFromThreeAddressesLeavesOthersOpen(): void {
		$limit = $this->perAddress( 'trainingfeedback' );
		foreach ( [ '198.51.100.1', '192.0.2.1', '203.0.113.9' ] as $ip ) {
			$this->fill( 'trainingfeedback', $ip, $limit );
			$this->assertFalse( $this->send( 'trainingfeedback', $ip ), "$ip over its limit" );
		}
		$this->fill( 'trainingfeedback', '100.64.0.1', 1 );
	}

	public function testOneSubnetIsLimitedAsAWhole(): void {
		$limits = $this->getConfVar( MainConfigNames::RateLimits )['trainingfeedback'];
		$perSubnet = $limits['subnet'][0];
		$perAddress = $limits['ip'][0];
		$this->assertGreaterThan( $perAddress, $perSubnet );
		// Addresses of one /24 take turns until the subnet's limit is reached.
		for ( $sent = 0, $host = 1; $sent < $perSubnet; $host++ ) {
			$count = min( $perAddress, $perSubnet - $sent );
			$this->fill( 'trainingfeedback', "198.51.100.$host", $count );
			$sent += $count;
		}
		$this->assertFalse( $this->send( 'trainingfeedback', '198.51.100.250' ), 'a fresh address of the full subnet' );
		$this->fill( 'trainingfeedback', '198.51.101.1', 1 );
		// The global cap stays far above what one address or subnet may send.
		$this->assertGreaterThanOrEqual( 10 * $perSubnet, $limits['anon'][0] );
	}

}
