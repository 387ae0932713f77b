<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Unit\Progress;

use MediaWiki\Extension\Trainings\Progress\ModuleProgress;
use MediaWiki\Extension\Trainings\Progress\ProgressUpdate;
use MediaWikiUnitTestCase;

/**
 * The progress rules of the server against the table of cases the browser's copy
 * (progress/model.ts) is tested against too: tests/qunit/progress/progress-rules.json.
 *
 * @covers \MediaWiki\Extension\Trainings\Progress\ModuleProgress
 * @covers \MediaWiki\Extension\Trainings\Progress\ProgressUpdate
 */
class ProgressRulesTest extends MediaWikiUnitTestCase {

	public const CASES = __DIR__ . '/../../../qunit/progress/progress-rules.json';

	/** @return iterable<string,array{array<string,mixed>}> */
	public static function provideCases(): iterable {
		$table = json_decode( (string)file_get_contents( self::CASES ), true, 16, JSON_THROW_ON_ERROR );
		foreach ( $table['cases'] as $case ) {
			yield $case['name'] => [ $case ];
		}
	}

	/**
	 * @dataProvider provideCases
	 * @param array<string,mixed> $case
	 */
	public function testCase( array $case ): void {
		$progress = ModuleProgress::newEmpty( 7, 42, 'en', '20250101000000' );
		$steps = $case['steps'];
		$quizzes = $case['quizzes'];
		// Event n at second n; an event may change the module for itself and those after it.
		foreach ( $case['events'] as $i => $event ) {
			$steps = $event['steps'] ?? $steps;
			$quizzes = $event['quizzes'] ?? $quizzes;
			// A quiz is answered on the step shown: the step reached stays.
			$update = isset( $event['quiz'] ) ?
				new ProgressUpdate( $progress->getStep(), [], [ $event['quiz'] => $event['outcome'] ] ) :
				new ProgressUpdate( $event['step'] );
			$progress = $progress->withUpdate( $update, $steps, $quizzes, sprintf( '202501020000%02d', $i + 1 ) );
		}
		$expected = $case['expected'];
		$first = [];
		foreach ( $expected['first'] as $number => $outcome ) {
			$first[(int)$number] = $outcome;
		}
		$last = [];
		foreach ( $expected['last'] as $number => $outcome ) {
			$last[(int)$number] = $outcome;
		}

		$this->assertSame( [
			'step' => $expected['step'],
			'seen' => $expected['seen'],
			'missingSteps' => $expected['missingSteps'],
			'missingQuizzes' => $expected['missingQuizzes'],
			'first' => $first,
			'last' => $last,
			'passed' => $expected['passed'],
			'completed' => $expected['completed'],
			'completedAt' => $expected['completedAt'],
		], [
			'step' => $progress->getStep(),
			'seen' => $progress->getStepsDone(),
			'missingSteps' => $progress->getMissingSteps( $steps ),
			'missingQuizzes' => $progress->getMissingQuizzes( $quizzes ),
			'first' => $progress->getQuizFirst(),
			'last' => $progress->getQuizzes(),
			'passed' => $progress->getQuizPassed(),
			'completed' => $progress->isCompleted(),
			'completedAt' => $progress->isCompleted() ? (int)substr( (string)$progress->getCompleted(), -2 ) : null,
		] );
	}

}
