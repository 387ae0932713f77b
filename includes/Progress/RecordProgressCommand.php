<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Progress;

use MediaWiki\Permissions\Authority;
use StatusValue;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * Records what a learner's client reports while reading a module version, after checking the learner
 * (LearnerCheck) and the report against the module: the step reached and the steps seen lie
 * within the module's steps, the quizzes within its quizzes, and every quiz outcome follows from
 * the options sent for it in the revision shown (QuizVerifier). The server then decides
 * completion from what it recorded (ModuleProgress::withUpdate()): completed only when the
 * learner saw every step and answered every quiz right at least once; no client flag counts.
 *
 * Idempotent: the same report twice leaves the same row (and the same "updated" time).
 * Nothing is written when a check fails. After a write, the ProgressListener (wired in
 * ServiceWiring.php: the statistics) is told the state before and after.
 *
 * @license GPL-2.0-or-later
 */
class RecordProgressCommand {

	public const SERVICE_NAME = 'Trainings.RecordProgressCommand';

	public function __construct(
		private readonly LearnerCheck $learnerCheck,
		private readonly ProgressStore $store,
		private readonly QuizVerifier $quizVerifier,
		private readonly ?ProgressListener $listener = null
	) {
	}

	/**
	 * @param Authority $performer The learner
	 * @param ModuleVersion $module From ModuleResolver
	 * @param ProgressUpdate $update
	 * @return StatusValue Value: the ModuleProgress as recorded. Errors: those of
	 *  LearnerCheck::writerId(), badstep, badstepsdone, badquiz, and those of QuizVerifier::verify()
	 */
	public function recordIfAllowed(
		Authority $performer, ModuleVersion $module, ProgressUpdate $update
	): StatusValue {
		$learner = $this->learnerCheck->writerId( $performer );
		if ( !$learner->isOK() ) {
			return $learner;
		}
		$check = $this->validate( $module, $update );
		if ( $check->isOK() ) {
			$check = $this->quizVerifier->verify( $module, $update );
		}
		if ( !$check->isOK() ) {
			return $check;
		}
		return StatusValue::newGood( $this->recordUnsafe( (int)$learner->getValue(), $module, $update ) );
	}

	/**
	 * @return StatusValue Errors: badstep, badstepsdone, badquiz
	 */
	public function validate( ModuleVersion $module, ProgressUpdate $update ): StatusValue {
		$steps = min( $module->getStepCount(), ModuleProgress::MAX_ITEMS );
		$quizzes = min( $module->getQuizCount(), ModuleProgress::MAX_ITEMS );
		$status = StatusValue::newGood();
		if ( $update->getStep() < 0 || $update->getStep() > $steps ) {
			$status->fatal( ModuleResolver::ERROR_PREFIX . 'badstep', $update->getStep(), $steps );
		}
		foreach ( $update->getStepsDone() as $done ) {
			if ( $done < 1 || $done > $steps ) {
				$status->fatal( ModuleResolver::ERROR_PREFIX . 'badstepsdone', $done, $steps );
				break;
			}
		}
		$outcomes = $update->getQuizzes() + $update->getQuizFirst()
			+ array_fill_keys( $update->getQuizPassed(), ModuleProgress::QUIZ_RIGHT );
		foreach ( $outcomes as $number => $outcome ) {
			if ( $number < 1 || $number > $quizzes || !in_array( $outcome, ModuleProgress::QUIZ_OUTCOMES, true ) ) {
				$status->fatal( ModuleResolver::ERROR_PREFIX . 'badquiz', $number, $quizzes );
				break;
			}
		}
		return $status;
	}

	/**
	 * Records without checking the learner or the update.
	 *
	 * @param int $userId Central user id
	 * @param ModuleVersion $module
	 * @param ProgressUpdate $update Valid for the module (validate())
	 * @return ModuleProgress
	 */
	public function recordUnsafe( int $userId, ModuleVersion $module, ProgressUpdate $update ): ModuleProgress {
		$now = ConvertibleTimestamp::now( TS_MW );
		$before = null;
		// One record per module: a learner who switches language carries on where they were
		// (steps match by id, design record 0019), and the version reported becomes the language followed.
		$recorded = $this->store->change(
			$userId,
			$module->getModuleId(),
			static function ( ?ModuleProgress $old ) use ( &$before, $userId, $module, $update, $now ) {
				$before = $old;
				return ( $old ?? ModuleProgress::newEmpty(
					$userId, $module->getModuleId(), $module->getLanguage(), $now
				) )->withUpdate( $update, $module->getStepCount(), $module->getQuizCount(), $now,
					$module->getLanguage() );
			},
			$module->getLayout()
		);
		$this->listener?->onProgressRecorded( $module, $before, $recorded );
		return $recorded;
	}

}
