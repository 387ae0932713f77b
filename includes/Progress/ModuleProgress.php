<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Progress;

use InvalidArgumentException;

/**
 * A learner's progress through one module, whichever language versions they read it in: one
 * row of the `trainings_progress` table. Steps and quizzes are matched by position, which is
 * the same in every version (Translate generates the same step structure); the language is
 * the version the learner followed last. Immutable; withUpdate() derives the next state.
 *
 * Stored compactly (see sql/tables.json): the steps seen as a string with one character per
 * step from step 1 ('1' seen, '0' not), the quizzes as one character per quiz ('r' right,
 * 'p' partly right, 'w' wrong, '-' not answered), trailing "not yet" characters trimmed; the
 * same for the outcome of the first attempt at each quiz (set once) and for the quizzes
 * answered right at least once ('1'/'0'), which the completion rule needs.
 *
 * @license GPL-2.0-or-later
 */
final class ModuleProgress {

	// Here the steps seen and the quizzes passed are sorted, and the quiz maps keyed by number.
	use ProgressItems;

	public const QUIZ_RIGHT = 'right';
	public const QUIZ_PARTIAL = 'partial';
	public const QUIZ_WRONG = 'wrong';
	public const QUIZ_OUTCOMES = [ self::QUIZ_RIGHT, self::QUIZ_PARTIAL, self::QUIZ_WRONG ];

	/** The most steps and quizzes the encoding holds (the columns are 255 bytes long). */
	public const MAX_ITEMS = 255;

	private const QUIZ_CODES = [ self::QUIZ_RIGHT => 'r', self::QUIZ_PARTIAL => 'p', self::QUIZ_WRONG => 'w' ];
	private const QUIZ_UNANSWERED = '-';

	/** @var int[] sorted, unique, 1..MAX_ITEMS */
	private readonly array $stepsDone;

	/** @var array<int,string> quiz number => outcome, sorted by number */
	private readonly array $quizzes;

	/** @var array<int,string> quiz number => outcome of the first attempt, sorted by number */
	private readonly array $quizFirst;

	/** @var int[] quizzes answered right at least once, ascending */
	private readonly array $quizPassed;

	/**
	 * @param int $userId Central user id
	 * @param int $moduleId Page id of the module's base page
	 * @param string $language Language code of the version followed last
	 * @param int $step The step reached last (0 is the introduction)
	 * @param int[] $stepsDone Steps seen
	 * @param array<int,string> $quizzes Quiz number => outcome (QUIZ_*)
	 * @param string|null $completed When the module was completed (TS_MW), null while not
	 * @param string $updated When the progress last changed (TS_MW)
	 * @param array<int,string> $quizFirst Quiz number => outcome of the first attempt; a quiz
	 *  answered without one takes its (latest) outcome
	 * @param int[] $quizPassed Quizzes answered right at least once (a quiz whose latest outcome
	 *  is right is passed anyway)
	 */
	public function __construct(
		private readonly int $userId,
		private readonly int $moduleId,
		private readonly string $language,
		private readonly int $step,
		array $stepsDone,
		array $quizzes,
		private readonly ?string $completed,
		private readonly string $updated,
		array $quizFirst = [],
		array $quizPassed = []
	) {
		$steps = array_values( array_unique( array_map( 'intval', $stepsDone ) ) );
		sort( $steps );
		foreach ( $steps as $done ) {
			if ( $done < 1 || $done > self::MAX_ITEMS ) {
				throw new InvalidArgumentException( "Step $done out of range" );
			}
		}
		foreach ( $quizzes as $number => $outcome ) {
			if ( $number < 1 || $number > self::MAX_ITEMS || !isset( self::QUIZ_CODES[$outcome] ) ) {
				throw new InvalidArgumentException( "Bad quiz result $number: $outcome" );
			}
		}
		ksort( $quizzes );
		$first = [];
		foreach ( $quizFirst + $quizzes as $number => $outcome ) {
			if ( $number < 1 || $number > self::MAX_ITEMS || !isset( self::QUIZ_CODES[$outcome] ) ) {
				throw new InvalidArgumentException( "Bad first quiz result $number: $outcome" );
			}
			$first[$number] = $outcome;
		}
		ksort( $first );
		$passed = array_map( 'intval', $quizPassed );
		foreach ( $quizzes as $number => $outcome ) {
			if ( $outcome === self::QUIZ_RIGHT ) {
				$passed[] = $number;
			}
		}
		$passed = array_values( array_unique( $passed ) );
		sort( $passed );
		foreach ( $passed as $number ) {
			if ( $number < 1 || $number > self::MAX_ITEMS ) {
				throw new InvalidArgumentException( "Quiz $number out of range" );
			}
		}
		$this->stepsDone = $steps;
		$this->quizzes = $quizzes;
		$this->quizFirst = $first;
		$this->quizPassed = $passed;
	}

	/**
	 * A learner's progress before anything was recorded.
	 */
	public static function newEmpty( int $userId, int $moduleId, string $language, string $now ): self {
		return new self( $userId, $moduleId, $language, 0, [], [], null, $now );
	}

	/**
	 * @param int $userId
	 * @param int $moduleId
	 * @param string $language
	 * @param int $step
	 * @param string $stepsDone Encoded steps seen
	 * @param string $quizzes Encoded quiz outcomes
	 * @param string|null $completed TS_MW
	 * @param string $updated TS_MW
	 * @param string $quizFirst Encoded outcomes of the first attempts
	 * @param string $quizPassed Encoded quizzes passed
	 * @return self
	 */
	public static function newFromEncoded(
		int $userId, int $moduleId, string $language, int $step, string $stepsDone, string $quizzes,
		?string $completed, string $updated, string $quizFirst = '', string $quizPassed = ''
	): self {
		return new self( $userId, $moduleId, $language, $step, self::decodeBits( $stepsDone ),
			self::decodeOutcomes( $quizzes ), $completed, $updated, self::decodeOutcomes( $quizFirst ),
			self::decodeBits( $quizPassed ) );
	}

	/** @return int[] */
	private static function decodeBits( string $bits ): array {
		$numbers = [];
		foreach ( str_split( $bits ) as $i => $char ) {
			if ( $char === '1' ) {
				$numbers[] = $i + 1;
			}
		}
		return $numbers;
	}

	/** @return array<int,string> */
	private static function decodeOutcomes( string $codes ): array {
		$outcomes = array_flip( self::QUIZ_CODES );
		$results = [];
		foreach ( str_split( $codes ) as $i => $char ) {
			if ( isset( $outcomes[$char] ) ) {
				$results[$i + 1] = $outcomes[$char];
			}
		}
		return $results;
	}

	/** @param int[] $numbers */
	private static function encodeBits( array $numbers ): string {
		if ( $numbers === [] ) {
			return '';
		}
		$bits = str_repeat( '0', max( $numbers ) );
		foreach ( $numbers as $number ) {
			$bits[$number - 1] = '1';
		}
		return $bits;
	}

	/** @param array<int,string> $outcomes */
	private static function encodeOutcomes( array $outcomes ): string {
		if ( $outcomes === [] ) {
			return '';
		}
		$codes = str_repeat( self::QUIZ_UNANSWERED, max( array_keys( $outcomes ) ) );
		foreach ( $outcomes as $number => $outcome ) {
			$codes[$number - 1] = self::QUIZ_CODES[$outcome];
		}
		return $codes;
	}

	public function getUserId(): int {
		return $this->userId;
	}

	public function getModuleId(): int {
		return $this->moduleId;
	}

	public function getLanguage(): string {
		return $this->language;
	}

	public function isCompleted(): bool {
		return $this->completed !== null;
	}

	/** @return string|null TS_MW */
	public function getCompleted(): ?string {
		return $this->completed;
	}

	/** @return string TS_MW */
	public function getUpdated(): string {
		return $this->updated;
	}

	/** The steps seen as stored: '1' or '0' per step from step 1, trailing '0's trimmed. */
	public function getEncodedStepsDone(): string {
		return self::encodeBits( $this->stepsDone );
	}

	/** The quiz outcomes as stored: one of r, p, w or - per quiz, trailing '-'s trimmed. */
	public function getEncodedQuizzes(): string {
		return self::encodeOutcomes( $this->quizzes );
	}

	/** The outcomes of the first attempts as stored, coded like getEncodedQuizzes(). */
	public function getEncodedQuizFirst(): string {
		return self::encodeOutcomes( $this->quizFirst );
	}

	/** The quizzes passed as stored: '1' or '0' per quiz from quiz 1, trailing '0's trimmed. */
	public function getEncodedQuizPassed(): string {
		return self::encodeBits( $this->quizPassed );
	}

	/**
	 * The completion rule (design record 0012): every step seen and every quiz answered
	 * right at least once, from what the server recorded.
	 *
	 * @param int $stepCount Steps of the module version (without the introduction)
	 * @param int $quizCount Quizzes of the module version
	 */
	public function meetsCompletionRule( int $stepCount, int $quizCount ): bool {
		return $this->getMissingSteps( $stepCount ) === [] && $this->getMissingQuizzes( $quizCount ) === [];
	}

	/** @return int[] Steps of 1..$stepCount not seen yet */
	public function getMissingSteps( int $stepCount ): array {
		return $stepCount < 1 ? [] : array_values( array_diff( range( 1, $stepCount ), $this->stepsDone ) );
	}

	/** @return int[] Quizzes of 1..$quizCount not answered right yet */
	public function getMissingQuizzes( int $quizCount ): array {
		return $quizCount < 1 ? [] :
			array_values( array_diff( range( 1, $quizCount ), $this->quizPassed ) );
	}

	/**
	 * The state after an update: the step reached replaced, steps seen and quiz outcomes merged
	 * in (a quiz keeps its latest outcome, its first outcome once known, and stays passed once
	 * right), completion set as soon as the rule is met (whatever the client says) and kept once
	 * set. Applying the same update twice gives the same state.
	 *
	 * @param ProgressUpdate $update Already checked against the module
	 * @param int $stepCount
	 * @param int $quizCount
	 * @param string $now TS_MW, the time of the change
	 * @param string|null $language The version the update comes from (becomes the language
	 *  followed last); null keeps the language
	 * @return self
	 */
	public function withUpdate(
		ProgressUpdate $update, int $stepCount, int $quizCount, string $now, ?string $language = null
	): self {
		$language ??= $this->language;
		$steps = array_merge( $this->stepsDone, $update->getStepsDone() );
		if ( $update->getStep() > 0 ) {
			$steps[] = $update->getStep();
		}
		$quizzes = array_replace( $this->quizzes, $update->getQuizzes() );
		// The first attempt is the first one recorded: later reports never change it.
		$first = $this->quizFirst + $update->getQuizFirst() + $update->getQuizzes();
		$passed = array_merge( $this->quizPassed, $update->getQuizPassed() );
		$next = new self( $this->userId, $this->moduleId, $this->language, $update->getStep(), $steps,
			$quizzes, $this->completed, $this->updated, $first, $passed );
		$completed = $this->completed;
		if ( $completed === null && $next->meetsCompletionRule( $stepCount, $quizCount ) ) {
			$completed = $now;
		}
		$updated = $next->sameStateAs( $this ) && $completed === $this->completed
			&& $language === $this->language ? $this->updated : $now;
		return new self( $this->userId, $this->moduleId, $language, $next->step, $next->stepsDone,
			$next->quizzes, $completed, $updated, $next->quizFirst, $next->quizPassed );
	}

	/**
	 * One record from several of the same learner and module: what the table held per language
	 * version before progress belonged to the module (sql/<db>/patch-trainings_progress-module-key.sql).
	 * Steps seen are united, each quiz keeps its best outcome, completion is the earliest one;
	 * the step reached and the language are those of the record changed last.
	 *
	 * @param self $first
	 * @param self ...$others Of the same learner and module
	 * @return self
	 */
	public static function merge( self $first, self ...$others ): self {
		$latest = $first;
		$steps = $first->stepsDone;
		$quizzes = $first->quizzes;
		$quizFirst = $first->quizFirst;
		$quizPassed = $first->quizPassed;
		$completed = $first->completed;
		$rank = array_flip( [ self::QUIZ_WRONG, self::QUIZ_PARTIAL, self::QUIZ_RIGHT ] );
		foreach ( $others as $other ) {
			if ( $other->userId !== $first->userId || $other->moduleId !== $first->moduleId ) {
				throw new InvalidArgumentException( 'Only records of one learner and module merge' );
			}
			if ( $other->updated > $latest->updated ) {
				$latest = $other;
			}
			$steps = array_merge( $steps, $other->stepsDone );
			foreach ( $other->quizzes as $number => $outcome ) {
				if ( !isset( $quizzes[$number] ) || $rank[$outcome] > $rank[$quizzes[$number]] ) {
					$quizzes[$number] = $outcome;
				}
			}
			$quizFirst += $other->quizFirst;
			$quizPassed = array_merge( $quizPassed, $other->quizPassed );
			if ( $other->completed !== null && ( $completed === null || $other->completed < $completed ) ) {
				$completed = $other->completed;
			}
		}
		return new self( $first->userId, $first->moduleId, $latest->language, $latest->step, $steps,
			$quizzes, $completed, $latest->updated, $quizFirst, $quizPassed );
	}

	/**
	 * Whether both hold the same step, steps and quizzes (timestamps aside).
	 */
	public function sameStateAs( self $other ): bool {
		return $this->step === $other->step && $this->stepsDone === $other->stepsDone
			&& $this->quizzes === $other->quizzes && $this->quizFirst === $other->quizFirst
			&& $this->quizPassed === $other->quizPassed;
	}

}
