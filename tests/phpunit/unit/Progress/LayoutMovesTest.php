<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Unit\Progress;

use MediaWiki\Extension\Trainings\Content\StepLayout;
use MediaWiki\Extension\Trainings\Progress\ModuleProgress;
use MediaWiki\Extension\Trainings\Progress\ProgressRemap;
use MediaWikiUnitTestCase;

/**
 * How progress follows a module into another layout (design record 0019), against the table
 * of cases the browser's copy (progress/stepLayout.ts) is tested against too:
 * tests/qunit/progress/layout-moves.json.
 *
 * @covers \MediaWiki\Extension\Trainings\Progress\ProgressRemap
 * @covers \MediaWiki\Extension\Trainings\Content\StepLayout
 */
class LayoutMovesTest extends MediaWikiUnitTestCase {

	public const CASES = __DIR__ . '/../../../qunit/progress/layout-moves.json';

	/** @return iterable<string,array{array<string,mixed>}> */
	public static function provideCases(): iterable {
		$table = json_decode( (string)file_get_contents( self::CASES ), true, 16, JSON_THROW_ON_ERROR );
		foreach ( $table['cases'] as $case ) {
			yield $case['name'] => [ $case ];
		}
	}

	/**
	 * @param array<string,array<string,mixed>> $quizzes Quiz number => first, last, passed
	 * @param string $field
	 * @return array<int,string>
	 */
	private static function outcomes( array $quizzes, string $field ): array {
		$outcomes = [];
		foreach ( $quizzes as $number => $quiz ) {
			$outcomes[(int)$number] = $quiz[$field];
		}
		return $outcomes;
	}

	/**
	 * @dataProvider provideCases
	 * @param array<string,mixed> $case
	 */
	public function testCase( array $case ): void {
		$before = $case['progress'];
		$passed = array_keys( array_filter( $before['quizzes'], static fn ( $quiz ) => $quiz['passed'] ) );
		$progress = new ModuleProgress( 7, 42, 'en', $before['step'], $before['seen'],
			self::outcomes( $before['quizzes'], 'last' ), $before['completed'] ? '20250101000000' : null,
			'20250101000000', self::outcomes( $before['quizzes'], 'first' ), array_map( 'intval', $passed ) );

		$moved = ProgressRemap::remap( $progress,
			StepLayout::decode( $case['from'] ), StepLayout::decode( $case['to'] ) );

		$expected = $case['expected'];
		$this->assertSame( [
			'step' => $expected['step'],
			'seen' => $expected['seen'],
			'first' => self::outcomes( array_map( static fn ( $o ) => [ 'o' => $o ], $expected['first'] ), 'o' ),
			'last' => self::outcomes( array_map( static fn ( $o ) => [ 'o' => $o ], $expected['last'] ), 'o' ),
			'passed' => $expected['passed'],
			'completed' => $expected['completed'],
		], [
			'step' => $moved->getStep(),
			'seen' => $moved->getStepsDone(),
			'first' => $moved->getQuizFirst(),
			'last' => $moved->getQuizzes(),
			'passed' => $moved->getQuizPassed(),
			'completed' => $moved->isCompleted(),
		] );
	}

}
