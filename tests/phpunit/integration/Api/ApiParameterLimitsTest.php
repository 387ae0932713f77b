<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Api;

use MediaWiki\Api\ApiBase;
use MediaWiki\Api\ApiMain;
use MediaWiki\Api\ApiQuery;
use MediaWiki\Context\RequestContext;
use MediaWikiIntegrationTestCase;
use Wikimedia\ParamValidator\ParamValidator;
use Wikimedia\ParamValidator\TypeDef\IntegerDef;
use Wikimedia\ParamValidator\TypeDef\StringDef;

/**
 * Every parameter of every API module that extension.json registers has a size limit: a
 * string a maximum length, an integer a range or a type that bounds it, a list a maximum
 * number of values (a new module or parameter is checked without editing this test).
 *
 * @coversNothing
 * @group Database The topic parameter's values come from the wiki (design record 0020)
 */
class ApiParameterLimitsTest extends MediaWikiIntegrationTestCase {

	/**
	 * @return array<string,ApiBase> Every module of the extension, by "group:name"
	 */
	private function modules(): array {
		$json = json_decode( (string)file_get_contents( __DIR__ . '/../../../../extension.json' ), true );
		$main = new ApiMain( new RequestContext(), true );
		$query = $main->getModuleManager()->getModule( 'query' );
		$this->assertInstanceOf( ApiQuery::class, $query );
		$modules = [];
		$groups = [ 'APIModules' => null, 'APIListModules' => 'list', 'APIMetaModules' => 'meta',
			'APIPropModules' => 'prop' ];
		foreach ( $groups as $key => $group ) {
			foreach ( array_map( 'strval', array_keys( $json[$key] ?? [] ) ) as $name ) {
				$module = $group === null ? $main->getModuleManager()->getModule( $name )
					: $query->getModuleManager()->getModule( $name, $group );
				$this->assertInstanceOf( ApiBase::class, $module, $name );
				$modules[( $group ?? 'action' ) . ":$name"] = $module;
			}
		}
		return $modules;
	}

	public function testEveryParameterHasASizeLimit(): void {
		$modules = $this->modules();
		$this->assertGreaterThanOrEqual( 7, count( $modules ) );
		foreach ( $modules as $name => $module ) {
			foreach ( $module->getFinalParams() ?: [] as $param => $settings ) {
				if ( $param === 'token' ) {
					// Core's, checked by ApiMain against the session's tokens.
					continue;
				}
				$this->assertIsArray( $settings, "$name $param" );
				$this->assertBounded( $settings, "$name $param" );
			}
		}
	}

	/**
	 * @param array<string,mixed> $settings
	 * @param string $label
	 */
	private function assertBounded( array $settings, string $label ): void {
		$type = $settings[ParamValidator::PARAM_TYPE] ?? 'string';
		if ( !empty( $settings[ParamValidator::PARAM_ISMULTI] ) ) {
			$this->assertArrayHasKey( ParamValidator::PARAM_ISMULTI_LIMIT1, $settings, "$label: most values" );
			$this->assertArrayHasKey( ParamValidator::PARAM_ISMULTI_LIMIT2, $settings, "$label: most values" );
		}
		if ( is_array( $type ) || in_array( $type, [ 'boolean', 'limit' ], true ) ) {
			// A list of values, a flag, or a limit (bounded by its maximum): nothing longer passes.
			return;
		}
		if ( $type === 'integer' ) {
			// Any integer fits the type; a single one needs a range only where it sizes work.
			$this->assertTrue( !empty( $settings[ParamValidator::PARAM_ISMULTI] )
				|| isset( $settings[IntegerDef::PARAM_MAX] ) || !isset( $settings[IntegerDef::PARAM_MIN] ),
				"$label: an integer with a minimum has a maximum" );
			return;
		}
		$this->assertSame( 'string', $type, "$label: a type this test knows" );
		$this->assertTrue(
			isset( $settings[StringDef::PARAM_MAX_BYTES] ) || isset( $settings[StringDef::PARAM_MAX_CHARS] ),
			"$label: a string without a maximum length"
		);
	}

}
