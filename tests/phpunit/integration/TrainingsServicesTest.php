<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration;

use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Tests\ExtensionServicesTestBase;

/**
 * Every Trainings.* service has a typed getter, and every getter returns its service.
 *
 * @covers \MediaWiki\Extension\Trainings\TrainingsServices
 */
class TrainingsServicesTest extends ExtensionServicesTestBase {

	protected string $className = TrainingsServices::class;

	protected string $serviceNamePrefix = 'Trainings.';

}
