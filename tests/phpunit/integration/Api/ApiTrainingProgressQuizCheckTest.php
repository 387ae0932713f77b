<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Api;

use MediaWiki\Api\ApiUsageException;
use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Progress\ProgressStore;
use MediaWiki\Extension\Trainings\Stats\StatsCounts;
use MediaWiki\Extension\Trainings\Stats\StatsFilter;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\Progress\ProgressFixture;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\MainConfigNames;
use MediaWiki\Permissions\Authority;
use MediaWiki\Tests\Api\ApiTestCase;
use MediaWiki\Title\Title;

/**
 * action=trainingprogress checks every quiz outcome against the options sent, in the revision
 * the learner was shown (design record 0015, §6): a client that claims right answers without
 * the right options records nothing, completes nothing and counts no right first try.
 *
 * @group API
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Api\ApiTrainingProgress
 * @covers \MediaWiki\Extension\Trainings\Progress\QuizVerifier
 * @covers \MediaWiki\Extension\Trainings\Progress\RevisionQuizzes
 */
class ApiTrainingProgressQuizCheckTest extends ApiTestCase {

	use EditsAsReviewer;
	use ProgressFixture;

	private const MODULE = 'Training:Checked quizzes';

	private Title $title;

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
		// Each quiz: option 1 is right, option 2 wrong.
		$this->title = $this->saveModule( 'Checked quizzes', 3, 2 );
	}

	/**
	 * @param array<string,mixed> $params
	 * @return array<string,mixed>
	 */
	private function recordProgress( array $params, Authority $performer ): array {
		[ $result ] = $this->doApiRequestWithToken(
			$params + [ 'action' => 'trainingprogress', 'module' => self::MODULE ], null, $performer );
		return $result['trainingprogress'];
	}

	/**
	 * @param array<string,mixed> $params
	 */
	private function assertRefused( array $params, string $code, Authority $performer ): void {
		try {
			$this->recordProgress( $params, $performer );
			$this->fail( "Expected the error $code" );
		} catch ( ApiUsageException $e ) {
			$this->assertTrue( self::apiExceptionHasCode( $e, $code ), $e->getMessage() );
		}
	}

	private function rowCount(): int {
		return $this->getDb()->newSelectQueryBuilder()
			->select( '*' )->from( ProgressStore::TABLE )->caller( __METHOD__ )->fetchRowCount();
	}

	private function stats(): StatsCounts {
		DeferredUpdates::doUpdates();
		$byModule = TrainingsServices::getStatsLookup( $this->getServiceContainer() )
			->byModule( StatsFilter::lastDays( 7, null, null ) );
		return $byModule[$this->title->getArticleID()] ?? new StatsCounts();
	}

	private function latestRevision( string $name ): int {
		return (int)$this->getServiceContainer()->getRevisionLookup()
			->getRevisionByTitle( Title::makeTitle( NS_TRAINING, $name ) )?->getId();
	}

	public function testClaimedRightAnswersWithoutRightOptionsCompleteNothing(): void {
		$learner = $this->getTestUser()->getAuthority();
		$allSteps = [ 'step' => 3, 'stepsdone' => '1|2|3' ];
		$this->assertRefused( $allSteps + [ 'quizzes' => '1:right:2|2:right:2' ], 'quizforged', $learner );
		$this->assertRefused( $allSteps + [ 'quizzes' => '1:right|2:right' ], 'quiznooptions', $learner );
		$this->assertRefused( $allSteps + [ 'quizzes' => '1:wrong:2', 'quizfirst' => '1:right:2' ], 'quizforged',
			$learner );
		$this->assertRefused( $allSteps + [ 'quizpassed' => '1:2|2:1.2' ], 'quizforged', $learner );
		$this->assertRefused( $allSteps + [ 'quizzes' => '1:wrong:3' ], 'quizforged', $learner );
		$this->assertSame( 0, $this->rowCount(), 'a refused report records nothing' );

		$honest = $this->recordProgress( $allSteps + [ 'quizzes' => '1:wrong:2|2:wrong:1.2' ], $learner );
		$this->assertFalse( $honest['completed'] );
		$this->assertSame( [ 1, 2 ], $honest['missingquizzes'] );
		$counts = $this->stats();
		$this->assertSame( [ 0, 2, 0 ], [ $counts->getCompletions(), $counts->getQuizAnswers(),
			$counts->getQuizRight() ], 'no right first try counted' );

		$this->assertRefused( [ 'step' => 3, 'quizzes' => '1:right:2|2:right:2' ], 'quizforged', $learner );
		$this->assertFalse( $this->recordProgress( [ 'step' => 3 ], $learner )['completed'] );
		$this->assertTrue( $this->recordProgress( [ 'step' => 3, 'quizzes' => '1:right:1|2:right:1' ],
			$learner )['completed'], 'the right options complete the module' );
		$this->assertSame( 0, $this->stats()->getQuizRight(), 'the first tries stay wrong' );
	}

	public function testOptionsAreCheckedInTheRevisionShown(): void {
		$learner = $this->getTestUser()->getAuthority();
		$shown = $this->latestRevision( 'Checked quizzes' );
		// The authors swap the options of quiz 1: option 2 is right from now on.
		$this->savePage( 'Checked quizzes', str_replace(
			"? Question 1?\n+ Right\n: Yes.\n- Wrong", "? Question 1?\n- Wrong\n: Yes.\n+ Right",
			self::moduleText( 3, 2 )
		) );
		$this->assertNotSame( $shown, $this->latestRevision( 'Checked quizzes' ) );

		$this->assertRefused( [ 'step' => 1, 'quizzes' => '1:right:1' ], 'quizforged', $learner );
		$old = $this->recordProgress( [ 'step' => 1, 'quizzes' => '1:right:1', 'revision' => $shown ], $learner );
		$this->assertTrue( $old['quizzes'][0]['passed'], 'right in the revision the learner was shown' );
		$this->assertTrue( $this->recordProgress( [ 'step' => 1, 'quizzes' => '1:right:2' ], $learner )
			['quizzes'][0]['passed'] );

		$this->saveModule( 'Another module', 3, 2 );
		$this->assertRefused( [ 'step' => 1, 'quizzes' => '1:right:1',
			'revision' => $this->latestRevision( 'Another module' ) ], 'badrevision', $learner );
		$this->assertRefused( [ 'step' => 1, 'quizzes' => '1:right:1', 'revision' => 99999999 ], 'badrevision',
			$learner );
	}

	public function testQuizzesHiddenFromTheParserAreNotCounted(): void {
		$learner = $this->getTestUser()->getAuthority();
		$hidden = "<!-- <trainingquiz>\n? Hidden?\n- A\n+ B\n</trainingquiz> -->\n"
			. "<nowiki><trainingquiz>\n? Shown as text?\n- A\n+ B\n</trainingquiz></nowiki>\n"
			. "<trainingquiz>\n? Broken: no right option\n- A\n- B\n</trainingquiz>\n";
		$this->savePage( 'Checked quizzes', str_replace( "Text of step 1.\n", "Text of step 1.\n$hidden",
			self::moduleText( 3, 2 ) ) );
		$done = $this->recordProgress( [ 'step' => 3, 'stepsdone' => '1|2|3', 'quizzes' => '1:right:1|2:right:1' ],
			$learner );
		$this->assertTrue( $done['completed'], 'quizzes numbered as the page numbers them' );
	}

	public function testMultipleAnswersFollowTheBrowsersRule(): void {
		$learner = $this->getTestUser()->getAuthority();
		$multiple = "<trainingquiz>\n? Which two?\n+ One\n- Two\n+ Three\n</trainingquiz>\n";
		$single = "<trainingquiz>\n? Question 1?\n+ Right\n: Yes.\n- Wrong\n: No.\n</trainingquiz>\n";
		$this->savePage( 'Checked quizzes', str_replace( $single, $multiple, self::moduleText( 3, 2 ) ) );
		$this->assertRefused( [ 'step' => 1, 'quizzes' => '1:right:1' ], 'quizforged', $learner );
		$this->assertRefused( [ 'step' => 1, 'quizzes' => '1:partial:1.2' ], 'quizforged', $learner );
		$partial = $this->recordProgress( [ 'step' => 1, 'quizzes' => '1:partial:1' ], $learner );
		$this->assertSame( 'partial', $partial['quizzes'][0]['first'], 'some right options only: partly right' );
		$this->assertSame( 'wrong', $this->recordProgress( [ 'step' => 1, 'quizzes' => '1:wrong:1.2.3' ],
			$learner )['quizzes'][0]['result'], 'a wrong option chosen: wrong' );
		$right = $this->recordProgress( [ 'step' => 1, 'quizzes' => '1:right:3.1' ], $learner );
		$this->assertTrue( $right['quizzes'][0]['passed'], 'every right option and no wrong one' );
	}

	public function testAHandMadeVersionChecksTheSourcesQuizzesItShows(): void {
		$quiz = static fn ( string $question, string $options ): string =>
			"<trainingquiz>\n? $question\n$options\n</trainingquiz>\n";
		// The source's second quiz has its second option right, the others their first.
		$this->savePage( 'Fallback quizzes', "{{#training: | summary = Source. }}\nIntro.\n"
			. "{{#trainingstep: one}}\n== One ==\nFirst.\n" . $quiz( 'One?', "+ Yes\n- No" )
			. "{{#trainingstep: two}}\n== Two ==\nSecond.\n" . $quiz( 'Two?', "- No\n+ Yes" )
			. "{{#trainingstep: three}}\n== Three ==\nThird.\n" . $quiz( 'Three?', "+ Yes\n- No" ) );
		// A hand-made version without the second step: it shows the source's, quiz included, as
		// its quiz 2 (design record 0019), and its own third quiz as quiz 3.
		$this->savePage( 'Fallback quizzes/fr', "{{#training: | summary = Version. }}\nIntro.\n"
			. "{{#trainingstep: one}}\n== Un ==\nPremier.\n" . $quiz( 'Un ?', "+ Oui\n- Non" )
			. "{{#trainingstep: three}}\n== Trois ==\nTroisième.\n" . $quiz( 'Trois ?', "+ Oui\n- Non" ) );
		$learner = $this->getTestUser()->getAuthority();
		$version = [ 'module' => 'Training:Fallback quizzes/fr', 'step' => 3, 'stepsdone' => '1|2|3' ];

		$this->assertRefused( $version + [ 'quizzes' => '2:right:1' ], 'quizforged', $learner );
		$this->assertRefused( $version + [ 'quizzes' => '3:right:2' ], 'quizforged', $learner );
		$done = $this->recordProgress( $version + [ 'quizzes' => '1:right:1|2:right:2|3:right:1' ], $learner );
		$this->assertTrue( $done['completed'], 'every quiz the version shows, checked as it shows it' );
	}

}
