<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration;

use MediaWiki\Tests\ExtensionJsonTestBase;

/**
 * Builds every special page and hook handler that extension.json names,
 * without database or HTTP access, and checks that service lists are sorted.
 *
 * @coversNothing
 */
class ExtensionJsonTest extends ExtensionJsonTestBase {

	protected string $extensionJsonPath = __DIR__ . '/../../../extension.json';

	protected ?string $serviceNamePrefix = 'Trainings.';

}
