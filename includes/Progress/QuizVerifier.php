<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Progress;

use StatusValue;

/**
 * Checks the quiz outcomes a client reports against the options it sent and the answer key of
 * the revision the learner was shown (design record 0015, §6): an outcome counts only when the
 * options give it. Every outcome needs its options (the latest and the first attempt, and a
 * right attempt for a quiz reported passed); the rule is the same as the
 * browser's (resources/src/quiz/checkAnswers.ts).
 *
 * @license GPL-2.0-or-later
 */
class QuizVerifier {

	public function __construct(
		private readonly RevisionQuizzes $revisionQuizzes
	) {
	}

	/**
	 * @param ModuleVersion $module
	 * @param ProgressUpdate $update Already checked by RecordProgressCommand::validate()
	 * @return StatusValue Errors: badrevision, quiznooptions, quizforged
	 */
	public function verify( ModuleVersion $module, ProgressUpdate $update ): StatusValue {
		$claims = [
			[ $update->getQuizzes(), $update->getChoices()->getLatest() ],
			[ $update->getQuizFirst(), $update->getChoices()->getFirst() ],
			[ array_fill_keys( $update->getQuizPassed(), ModuleProgress::QUIZ_RIGHT ),
				$update->getChoices()->getPassed() ],
		];
		if ( $claims[0][0] === [] && $claims[1][0] === [] && $claims[2][0] === [] ) {
			return StatusValue::newGood();
		}
		$key = $this->revisionQuizzes->answerKey( $module->getPage()->getId(), $update->getRevision() );
		if ( $key === null ) {
			return StatusValue::newFatal( ModuleResolver::ERROR_PREFIX . 'badrevision', $update->getRevision() );
		}
		foreach ( $claims as [ $outcomes, $options ] ) {
			foreach ( $outcomes as $number => $claimed ) {
				if ( !isset( $options[$number] ) ) {
					return StatusValue::newFatal( ModuleResolver::ERROR_PREFIX . 'quiznooptions', $number );
				}
				if ( self::outcome( $key[$number] ?? null, $options[$number] ) !== $claimed ) {
					return StatusValue::newFatal( ModuleResolver::ERROR_PREFIX . 'quizforged', $number );
				}
			}
		}
		return StatusValue::newGood();
	}

	/**
	 * @param array{options:int,right:int[]}|null $quiz The quiz's answer key
	 * @param int[] $chosen Options chosen
	 * @return string|null The outcome (ModuleProgress::QUIZ_*); null when the quiz or an option
	 *  does not exist, or nothing was chosen
	 */
	private static function outcome( ?array $quiz, array $chosen ): ?string {
		$chosen = array_values( array_unique( $chosen ) );
		if ( $quiz === null || $chosen === [] ) {
			return null;
		}
		foreach ( $chosen as $option ) {
			if ( $option < 1 || $option > $quiz['options'] ) {
				return null;
			}
		}
		if ( array_diff( $chosen, $quiz['right'] ) !== [] ) {
			return ModuleProgress::QUIZ_WRONG;
		}
		return count( $chosen ) < count( $quiz['right'] ) ? ModuleProgress::QUIZ_PARTIAL : ModuleProgress::QUIZ_RIGHT;
	}

}
