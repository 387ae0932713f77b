<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Groups;

use MediaWiki\Extension\Trainings\Groups\CreateGroupCommand;
use MediaWiki\Extension\Trainings\Groups\GroupInput;
use MediaWiki\Extension\Trainings\Groups\MembershipCommand;
use MediaWiki\Extension\Trainings\Groups\TrainingGroup;
use MediaWiki\Extension\Trainings\Progress\ModuleResolver;
use MediaWiki\Extension\Trainings\Progress\ProgressUpdate;
use MediaWiki\Extension\Trainings\Progress\RecordProgressCommand;
use MediaWiki\Permissions\Authority;
use MediaWiki\Title\Title;

/**
 * Groups made through the real commands, and progress recorded through the real recording
 * command, for MediaWikiIntegrationTestCase subclasses that use ProgressFixture too.
 */
trait GroupFixture {

	/**
	 * @param Authority $organiser
	 * @param string[] $items
	 * @param string $name
	 */
	private function createGroup( Authority $organiser, array $items, string $name = 'Edit-a-thon' ): TrainingGroup {
		$this->setGroupPermissions( 'user', 'trainings-organise', true );
		$status = $this->getServiceContainer()->get( CreateGroupCommand::SERVICE_NAME )
			->createIfAllowed( $organiser, new GroupInput( $name, 'A group for tests', $items, '2030-01-31' ) );
		$this->assertStatusGood( $status );
		return $status->getValue();
	}

	private function join( Authority $learner, TrainingGroup $group ): void {
		$this->assertStatusGood( $this->getServiceContainer()->get( MembershipCommand::SERVICE_NAME )
			->joinIfAllowed( $learner, $group->code ) );
	}

	private function progress( Authority $learner, string $module, ProgressUpdate $update ): void {
		$version = $this->getServiceContainer()->get( ModuleResolver::SERVICE_NAME )
			->resolve( Title::makeTitle( NS_TRAINING, $module ) )->getValue();
		$this->assertStatusGood( $this->getServiceContainer()->get( RecordProgressCommand::SERVICE_NAME )
			->recordIfAllowed( $learner, $version, $update ) );
	}

}
