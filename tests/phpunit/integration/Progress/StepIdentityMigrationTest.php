<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Progress;

use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Extension\Trainings\Maintenance\MigrateStepIdentity;
use MediaWiki\Extension\Trainings\Progress\ProgressStore;
use MediaWiki\Extension\Trainings\MaintenanceLoop\FeedbackStore;
use MediaWiki\Extension\Trainings\Stats\StatsRecorder;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Title\Title;
use MediaWiki\WikiMap\WikiMap;
use MediaWikiIntegrationTestCase;
use stdClass;

/**
 * update.php's migration of what was recorded by step number before steps had ids (design
 * record 0019): rows keep reading as before, get the layout of their module as it is, and then
 * follow their steps when a step is inserted; a module parsed before step ids is parsed first.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Maintenance\MigrateStepIdentity
 * @covers \MediaWiki\Extension\Trainings\Hooks\StepLayoutHandler
 * @covers \MediaWiki\Extension\Trainings\Hooks\SchemaUpdatesHandler
 * @covers \MediaWiki\Extension\Trainings\Progress\ProgressStore
 * @covers \MediaWiki\Extension\Trainings\MaintenanceLoop\FeedbackStore
 * @covers \MediaWiki\Extension\Trainings\Stats\StatsRecorder
 */
class StepIdentityMigrationTest extends MediaWikiIntegrationTestCase {

	use EditsAsReviewer;

	private const QUIZ = "<trainingquiz>\n? Ready?\n+ Yes\n- No\n</trainingquiz>\n";

	private const STEPS = "{{#trainingstep: one}}\n== One ==\nx\n" . self::QUIZ
		. "{{#trainingstep: two}}\n== Two ==\ny\n" . self::QUIZ;

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( 'LanguageCode', 'en' );
	}

	private function save( string $name, string $text ): Title {
		$title = Title::makeTitle( NS_TRAINING, $name );
		$this->assertStatusOK( $this->editPage( $title, $text ) );
		DeferredUpdates::doUpdates();
		return $title;
	}

	/** Rows as a wiki had them before step ids: positions only. */
	private function insertLegacyRows( int $pageId ): void {
		$db = $this->getDb();
		$wiki = WikiMap::getCurrentWikiId();
		$db->newInsertQueryBuilder()->insertInto( ProgressStore::TABLE )->row( [
			'tp_user' => 7, 'tp_wiki' => $wiki, 'tp_page' => $pageId, 'tp_last_lang' => 'en', 'tp_step' => 2,
			'tp_steps_done' => '11', 'tp_quizzes' => 'rw', 'tp_quiz_first' => 'rw', 'tp_quiz_passed' => '1',
			'tp_completed' => null, 'tp_updated' => $db->timestamp( '20240101000000' ),
		] )->caller( __METHOD__ )->execute();
		$db->newInsertQueryBuilder()->insertInto( FeedbackStore::TABLE )->row( [
			'tf_wiki' => $wiki, 'tf_page' => $pageId, 'tf_lang' => 'en', 'tf_step' => 2, 'tf_kind' => 'unclear',
			'tf_comment' => '', 'tf_user' => 7, 'tf_timestamp' => $db->timestamp( '20240101000000' ),
		] )->caller( __METHOD__ )->execute();
		$db->newInsertQueryBuilder()->insertInto( StatsRecorder::QUIZ_TABLE )->row( [
			'tqs_wiki' => $wiki, 'tqs_day' => '20240101', 'tqs_page' => $pageId, 'tqs_lang' => 'en', 'tqs_quiz' => 2,
			'tqs_learners' => 3, 'tqs_first_right' => 1,
		] )->caller( __METHOD__ )->execute();
	}

	/**
	 * @return array<string,string|null>
	 */
	private function rowsOf( int $pageId ): array {
		$db = $this->getDb();
		$progress = $db->newSelectQueryBuilder()->select( [ 'tp_step', 'tp_steps_done', 'tp_quizzes', 'tp_layout' ] )
			->from( ProgressStore::TABLE )->where( [ 'tp_page' => $pageId ] )->caller( __METHOD__ )->fetchRow();
		$flag = $db->newSelectQueryBuilder()->select( [ 'tf_step', 'tf_step_id' ] )
			->from( FeedbackStore::TABLE )->where( [ 'tf_page' => $pageId ] )->caller( __METHOD__ )->fetchRow();
		$count = $db->newSelectQueryBuilder()->select( [ 'tqs_quiz', 'tqs_quiz_key' ] )
			->from( StatsRecorder::QUIZ_TABLE )->where( [ 'tqs_page' => $pageId ] )->caller( __METHOD__ )->fetchRow();
		$this->assertInstanceOf( stdClass::class, $progress );
		$this->assertInstanceOf( stdClass::class, $flag );
		$this->assertInstanceOf( stdClass::class, $count );
		return [
			'progress' => "$progress->tp_step $progress->tp_steps_done $progress->tp_quizzes",
			'layout' => $progress->tp_layout,
			'flag' => "$flag->tf_step " . ( $flag->tf_step_id ?? 'null' ),
			'count' => "$count->tqs_quiz " . ( $count->tqs_quiz_key ?? 'null' ),
		];
	}

	private function migrate(): void {
		$maintenance = new MigrateStepIdentity();
		$maintenance->loadParamsAndArgs( null, [ 'force' => true ] );
		ob_start();
		$maintenance->execute();
		ob_end_clean();
	}

	/**
	 * @return iterable<string,array{0:bool}>
	 */
	public static function provideParsedBefore(): iterable {
		yield 'page parsed since step ids exist' => [ false ];
		yield 'page parsed before: parsed again' => [ true ];
	}

	/**
	 * @dataProvider provideParsedBefore
	 */
	public function testOldRowsGetTheLayoutThenFollowTheirSteps( bool $parsedBefore ): void {
		$title = $this->save( 'Old module', "{{#training: | summary = Old. }}\n"
			. self::STEPS );
		$pageId = $title->getArticleID();
		if ( $parsedBefore ) {
			$this->getDb()->newDeleteQueryBuilder()->deleteFrom( 'page_props' )
				->where( [ 'pp_page' => $pageId,
					'pp_propname' => [ ModuleProperties::STEP_IDS, ModuleProperties::QUIZ_KEYS ] ] )
				->caller( __METHOD__ )->execute();
		}
		$this->insertLegacyRows( $pageId );

		$this->migrate();

		$this->assertSame( [
			'progress' => '2 11 rw',
			'layout' => 'one|two;one:1|two:1',
			'flag' => '2 two',
			'count' => '2 two:1',
		], $this->rowsOf( $pageId ), 'read as before, tied to the steps at their place' );

		$this->save( 'Old module', "{{#training: | summary = Old. }}\n{{#trainingstep: zero}}\n== Zero ==\nw\n"
			. self::QUIZ . self::STEPS );

		$this->assertSame( [
			'progress' => '3 011 -rw',
			'layout' => 'zero|one|two;zero:1|one:1|two:1',
			'flag' => '3 two',
			'count' => '3 two:1',
		], $this->rowsOf( $pageId ), 'moved with their steps' );
	}

}
