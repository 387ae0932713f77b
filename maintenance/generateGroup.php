<?php
/**
 * Creates a training group with generated participants and progress, for the benchmark of
 * the organiser's table (`npm run bench -- --only groups`): --participants users (created
 * when missing) join a group asking for the first --modules generated modules
 * (generateModules.php must have made them), each with progress in most of them. Rows are
 * written in bulk, not through the commands: this is test data for a throwaway wiki.
 * Prints the group's id.
 *
 * @file
 * @ingroup Maintenance
 */

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Maintenance;

use MediaWiki\Extension\Trainings\Groups\CreateGroupCommand;
use MediaWiki\Extension\Trainings\Groups\GroupStore;
use MediaWiki\Extension\Trainings\Groups\TrainingGroup;
use MediaWiki\Extension\Trainings\Progress\ProgressStore;
use MediaWiki\Extension\Trainings\TrainingsDatabase;
use MediaWiki\Maintenance\Maintenance;
use MediaWiki\Title\Title;
use MediaWiki\User\User;
use MediaWiki\WikiMap\WikiMap;
use Wikimedia\Timestamp\ConvertibleTimestamp;

$IP = getenv( 'MW_INSTALL_PATH' ) ?: __DIR__ . '/../../..';
require_once "$IP/maintenance/Maintenance.php";

class GenerateGroup extends Maintenance {

	public function __construct() {
		parent::__construct();
		$this->addDescription( 'Create a training group with generated participants and progress (benchmarks only)' );
		$this->addOption( 'organiser', 'Username of the organiser', true, true );
		$this->addOption( 'participants', 'Number of participants', true, true );
		$this->addOption( 'modules', 'Number of generated modules the group asks for', true, true );
		$this->requireExtension( 'Trainings' );
	}

	public function execute() {
		$services = $this->getServiceContainer();
		$lookup = $services->getCentralIdLookup();
		$organiser = $lookup->centralIdFromName( (string)$this->getOption( 'organiser' ), $lookup::AUDIENCE_RAW );
		$modules = [];
		for ( $n = 1; $n <= (int)$this->getOption( 'modules' ); $n++ ) {
			$title = Title::makeTitle( NS_TRAINING, 'Generated module ' . sprintf( '%05d', $n ) );
			if ( !$title->exists() ) {
				$this->fatalError( "Missing {$title->getPrefixedText()}: run generateModules.php first" );
			}
			$modules[] = $title->getId();
		}
		$now = ConvertibleTimestamp::now( TS_MW );
		/** @var GroupStore $store */
		$store = $services->get( GroupStore::SERVICE_NAME );
		$group = $store->insert( new TrainingGroup( 0, 'Benchmark group', '', CreateGroupCommand::newCode(), '',
			null, $now, null, $modules, [ $organiser ] ) );
		$dbw = TrainingsDatabase::primary( $services->getConnectionProvider() );
		$members = [];
		$progress = [];
		for ( $i = 1; $i <= (int)$this->getOption( 'participants' ); $i++ ) {
			$user = User::newSystemUser( "Bench participant $i", [ 'steal' => true ] );
			if ( !$user ) {
				$this->fatalError( "Could not create Bench participant $i" );
			}
			$id = $lookup->centralIdFromLocalUser( $user, $lookup::AUDIENCE_RAW );
			$members[] = [ 'tgm_group' => $group->id, 'tgm_user' => $id, 'tgm_joined' => $dbw->timestamp( $now ) ];
			foreach ( $modules as $k => $page ) {
				if ( ( $i + $k ) % 4 === 0 ) {
					continue;
				}
				$done = ( $i + $k ) % 3 === 0;
				$progress[] = [
					'tp_user' => $id, 'tp_wiki' => WikiMap::getCurrentWikiId(), 'tp_page' => $page,
					'tp_last_lang' => 'en', 'tp_step' => $done ? 3 : 1, 'tp_steps_done' => $done ? '111' : '1',
					'tp_quizzes' => '', 'tp_quiz_first' => $i % 2 ? 'r' : 'w', 'tp_quiz_passed' => $done ? '1' : '',
					// Completions spread over two months, as in a real class.
					'tp_completed' => $done ? $dbw->timestamp( (int)ConvertibleTimestamp::convert( TS_UNIX, $now )
						- ( $i * 7 + $k ) * 1200 ) : null,
					'tp_updated' => $dbw->timestamp( $now ),
				];
			}
		}
		foreach ( array_chunk( $members, 500 ) as $rows ) {
			$dbw->newInsertQueryBuilder()->insertInto( GroupStore::MEMBER_TABLE )->ignore()->rows( $rows )
				->caller( __METHOD__ )->execute();
		}
		foreach ( array_chunk( $progress, 500 ) as $rows ) {
			$dbw->newInsertQueryBuilder()->insertInto( ProgressStore::TABLE )->ignore()->rows( $rows )
				->caller( __METHOD__ )->execute();
		}
		$this->output( $group->id . "\n" );
	}
}

$maintClass = GenerateGroup::class;
require_once RUN_MAINTENANCE_IF_MAIN;
