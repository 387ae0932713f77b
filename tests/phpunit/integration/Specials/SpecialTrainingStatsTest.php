<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Specials;

use MediaWiki\Extension\Trainings\Specials\SpecialTrainingStats;
use MediaWiki\Extension\Trainings\Stats\StatsRecorder;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\Progress\ProgressFixture;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\MainConfigNames;
use MediaWiki\Request\FauxRequest;
use MediaWiki\Request\FauxResponse;
use MediaWiki\Title\Title;
use SpecialPageTestBase;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * Special:TrainingStats: the tables, the SVG chart with its text equivalent, the CSV download,
 * and bad GET parameters (a warning, never an error).
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Specials\SpecialTrainingStats
 * @covers \MediaWiki\Extension\Trainings\Specials\StatsChartRenderer
 * @covers \MediaWiki\Extension\Trainings\Specials\StatsCsv
 */
class SpecialTrainingStatsTest extends SpecialPageTestBase {

	use EditsAsReviewer;
	use ProgressFixture;

	private Title $module;

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
		ConvertibleTimestamp::setFakeTime( '20250310120000' );
		$this->module = $this->saveModule( 'Stats shown', 3, 1 );
		$recorder = TrainingsServices::getStatsRecorder( $this->getServiceContainer() );
		$id = $this->module->getArticleID();
		$recorder->increment( '20250310', $id, 'en', [ StatsRecorder::VIEWS => 4, StatsRecorder::STARTS => 2,
			StatsRecorder::COMPLETIONS => 1, StatsRecorder::QUIZ_ANSWERS => 4, StatsRecorder::QUIZ_RIGHT => 3 ] );
		$recorder->increment( '20250309', $id, 'fr', [ StatsRecorder::VIEWS => 1 ] );
	}

	protected function newSpecialPage(): SpecialTrainingStats {
		$page = $this->getServiceContainer()->getSpecialPageFactory()->getPage( 'TrainingStats' );
		$this->assertInstanceOf( SpecialTrainingStats::class, $page );
		return $page;
	}

	/**
	 * @param array<string,string> $query
	 * @return array<int,mixed> The HTML (or CSV) and the FauxResponse
	 */
	private function show( array $query ): array {
		return $this->executeSpecialPage( '', new FauxRequest( $query ) );
	}

	public function testTablesAndChart(): void {
		[ $html ] = $this->show( [] );
		$this->assertStringContainsString( '<svg', $html );
		$this->assertMatchesRegularExpression(
			'/<svg[^>]*role="img"[^>]*aria-labelledby="ext-trainings-stats-chart-title '
				. 'ext-trainings-stats-chart-desc"/',
			$html
		);
		$this->assertStringContainsString( '<title id="ext-trainings-stats-chart-title">', $html );
		$this->assertStringContainsString( '<desc id="ext-trainings-stats-chart-desc">', $html );
		// 30 days of three bars each.
		$this->assertSame( 90 + 3, substr_count( $html, '<rect' ) );
		$this->assertStringContainsString( 'Stats shown</a>', $html );
		// Module row: 5 views, 2 starts, 1 completion, 50% completed, 75% right.
		$this->assertMatchesRegularExpression(
			'#Stats shown</a></th><td>5</td><td>2</td><td>1</td><td>\(percent: 50\)</td><td>\(percent: 75\)</td>#',
			$html
		);
		$this->assertStringContainsString( '<th scope="row">fr</th><td>1</td>', $html );
		$this->assertStringContainsString( 'format=csv', $html );
	}

	public function testFirstTriesPerQuestion(): void {
		$recorder = TrainingsServices::getStatsRecorder( $this->getServiceContainer() );
		$id = $this->module->getArticleID();
		$other = $this->saveModule( 'Clear quiz', 2, 1 )->getArticleID();
		foreach ( [ true, false, false ] as $right ) {
			$recorder->incrementQuiz( '20250310', $id, 'en', 1, $right );
		}
		$recorder->incrementQuiz( '20250309', $id, 'fr', 1, true );
		$recorder->incrementQuiz( '20250310', $other, 'en', 1, true );
		[ $html ] = $this->show( [] );
		$this->assertStringContainsString( '(trainings-stats-heading-questions)', $html );
		// One row per module and quiz, all languages together, the least often right first.
		$this->assertMatchesRegularExpression( '#<tr data-trainings-module="Stats_shown" data-trainings-quiz="1"'
			. ' data-trainings-learners="4" data-trainings-first-right="2">'
			. '<td><a[^>]*>Stats shown</a></td><th scope="row"><a href="[^"]*Stats_shown\#quiz-1"[^>]*>'
			. '\(trainings-stats-question: 1\)</a></th><td>4</td><td data-sort-value="0.5">\(percent: 50\)</td>'
			. '</tr><tr data-trainings-module="Clear_quiz" data-trainings-quiz="1"[^>]*>.*?<td>1</td>'
			. '<td data-sort-value="1">\(percent: 100\)</td></tr>#', $html );

		[ $french ] = $this->show( [ 'language' => 'fr' ] );
		$this->assertMatchesRegularExpression(
			'#data-trainings-quiz="1"[^>]*>.*?<td>1</td><td data-sort-value="1">#', $french,
			'the language filter applies' );
	}

	public function testFilters(): void {
		[ $html ] = $this->show( [ 'module' => 'Stats shown/fr', 'period' => '7' ] );
		$this->assertStringNotContainsString( 'cdx-message--warning', $html );
		$this->assertStringContainsString( 'language=fr', $html, 'the language of the version' );
		$this->assertMatchesRegularExpression( '#Stats shown</a></th><td>1</td><td>0</td>#', $html );
		$this->assertSame( 21 + 3, substr_count( $html, '<rect' ) );
	}

	public function testBadParametersGiveWarnings(): void {
		[ $html ] = $this->show( [ 'module' => 'No such <b>module</b>', 'period' => '12', 'language' => '"><x' ] );
		$this->assertStringContainsString( '(trainings-stats-bad-module: No such &lt;b&gt;module&lt;/b&gt;)', $html );
		$this->assertStringContainsString( '(trainings-stats-bad-period: 12, 30)', $html );
		$this->assertStringContainsString( '(trainings-stats-bad-language: &quot;&gt;&lt;x)', $html );
		$this->assertStringNotContainsString( '<b>module</b>', $html );
		$this->assertStringNotContainsString( '"><x', $html );
		// Everything shown instead.
		$this->assertStringContainsString( '<td>5</td>', $html );
	}

	public function testSamplingIsMentionedWhenViewsAreSampled(): void {
		[ $html ] = $this->show( [] );
		$this->assertStringNotContainsString( 'trainings-stats-sampling', $html );
		$this->overrideConfigValue( 'TrainingsStatsViewSampling', 20 );
		[ $html ] = $this->show( [] );
		$this->assertStringContainsString( '(trainings-stats-sampling: 20)', $html );
	}

	public function testNothingCounted(): void {
		[ $html ] = $this->show( [ 'language' => 'de' ] );
		$this->assertStringContainsString( '(trainings-stats-empty)', $html );
		$this->assertStringNotContainsString( '<svg', $html );
	}

	public function testCsv(): void {
		[ $csv, $response ] = $this->show( [ 'format' => 'csv', 'period' => '7' ] );
		$this->assertInstanceOf( FauxResponse::class, $response );
		$this->assertSame( 'text/csv; charset=utf-8', $response->getHeader( 'Content-Type' ) );
		$this->assertStringStartsWith( 'attachment; filename="training-stats-20250304-20250310.csv"',
			(string)$response->getHeader( 'Content-Disposition' ) );
		$id = $this->module->getArticleID();
		$this->assertSame(
			"day,module_id,module,language,views,starts,completions,quiz_answers,quiz_right\r\n"
			. "2025-03-09,$id,Training:Stats shown,fr,1,0,0,0,0\r\n"
			. "2025-03-10,$id,Training:Stats shown,en,4,2,1,4,3\r\n",
			$csv
		);
	}

}
