<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Api;

use MediaWiki\Api\ApiBase;
use MediaWiki\Api\ApiMain;
use MediaWiki\Api\ApiUsageException;
use MediaWiki\Context\RequestContext;
use MediaWiki\Permissions\Authority;
use MediaWiki\Tests\Api\ApiTestCase;
use Wikimedia\ParamValidator\ParamValidator;

/**
 * Every write module that extension.json registers (a new one is covered without editing this
 * test) refuses a request without a CSRF token and one with a forged token, before it does
 * anything. The only write module without a token is named here, with its reason.
 *
 * @group API
 * @group Database
 * @coversNothing
 */
class WriteModulesTokenTest extends ApiTestCase {

	/**
	 * Write modules without a token, on purpose: action=trainingevent only adds one to an
	 * anonymous counter and refuses logged-in users (see its class comment).
	 */
	private const TOKENLESS = [ 'trainingevent' ];

	/**
	 * @return array<string,ApiBase> The write modules of extension.json, by name
	 */
	private function writeModules(): array {
		$json = json_decode( (string)file_get_contents( __DIR__ . '/../../../../extension.json' ), true );
		$main = new ApiMain( new RequestContext(), true );
		$modules = [];
		foreach ( array_map( 'strval', array_keys( $json['APIModules'] ) ) as $name ) {
			$module = $main->getModuleManager()->getModule( $name );
			$this->assertInstanceOf( ApiBase::class, $module, $name );
			if ( $module->isWriteMode() || $module->mustBePosted() || $module->needsToken() ) {
				$modules[$name] = $module;
			}
		}
		return $modules;
	}

	/**
	 * A request with a value for each required parameter, so that only the token can be missing.
	 *
	 * @return array<string,mixed>
	 */
	private static function minimalRequest( string $name, ApiBase $module ): array {
		$params = [ 'action' => $name ];
		foreach ( $module->getFinalParams() ?: [] as $param => $settings ) {
			if ( $param === 'token' || empty( $settings[ParamValidator::PARAM_REQUIRED] ) ) {
				continue;
			}
			$type = $settings[ParamValidator::PARAM_TYPE] ?? 'string';
			$params[$param] = is_array( $type ) ? $type[0] : ( $type === 'integer' ? 1 : 'Training:X' );
		}
		return $params;
	}

	public function testEveryWriteModuleNeedsAToken(): void {
		$modules = $this->writeModules();
		$this->assertNotEmpty( $modules );
		$user = $this->getTestUser()->getAuthority();
		foreach ( $modules as $name => $module ) {
			$this->assertTrue( $module->mustBePosted(), "$name must be posted" );
			if ( in_array( $name, self::TOKENLESS, true ) ) {
				$this->assertFalse( $module->needsToken(), "$name is listed as tokenless" );
				continue;
			}
			$this->assertSame( 'csrf', $module->needsToken(), "$name needs a CSRF token" );
			$params = self::minimalRequest( $name, $module );
			$this->assertRefused( $params, $user, 'missingparam', "$name without a token" );
			$this->assertRefused( $params + [ 'token' => str_repeat( 'f', 32 ) . '+\\' ], $user, 'badtoken',
				"$name with a forged token" );
		}
	}

	/**
	 * @param array<string,mixed> $params
	 * @param Authority $user
	 * @param string $code
	 * @param string $label
	 */
	private function assertRefused( array $params, Authority $user, string $code, string $label ): void {
		try {
			$this->doApiRequest( $params, null, false, $user );
			$this->fail( "$label: accepted" );
		} catch ( ApiUsageException $e ) {
			$this->assertTrue( self::apiExceptionHasCode( $e, $code ), "$label: " . $e->getMessage() );
			if ( $code === 'missingparam' ) {
				$this->assertStringContainsString( 'token', $e->getMessage(), $label );
			}
		}
	}

	/** The list of exceptions holds only modules that exist and write. */
	public function testTokenlessModulesAreWriteModules(): void {
		$this->assertSame( self::TOKENLESS,
			array_values( array_intersect( self::TOKENLESS, array_keys( $this->writeModules() ) ) ) );
	}

}
