<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

/**
 * The steps and quizzes of a module by identity (design record 0019): the steps' ids in
 * order, and for each quiz in page order its key, `<step id>:<n>` (the n-th quiz of that step;
 * the introduction's quizzes have an empty step id). Positions stored elsewhere (progress,
 * feedback, quiz statistics) refer to a layout; when the module changes, a position follows
 * its id into the new layout. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class StepLayout {

	private const SEPARATOR = ';';

	/**
	 * @param list<string> $stepIds
	 * @param list<string> $quizKeys
	 */
	public function __construct(
		public readonly array $stepIds,
		public readonly array $quizKeys
	) {
	}

	public static function empty(): self {
		return new self( [], [] );
	}

	/**
	 * @param mixed $stepIds The page property ModuleProperties::STEP_IDS, if any
	 * @param mixed $quizKeys The page property ModuleProperties::QUIZ_KEYS, if any
	 */
	public static function fromProperties( mixed $stepIds, mixed $quizKeys ): self {
		return new self( self::split( $stepIds ), self::split( $quizKeys ) );
	}

	/**
	 * @param string $encoded From encode(); '' for none
	 */
	public static function decode( string $encoded ): self {
		[ $steps, $quizzes ] = array_pad( explode( self::SEPARATOR, $encoded, 2 ), 2, '' );
		return new self( self::split( $steps ), self::split( $quizzes ) );
	}

	public function encode(): string {
		return $this->isEmpty() ? '' : implode( ModuleProperties::LIST_SEPARATOR, $this->stepIds ) .
			self::SEPARATOR . implode( ModuleProperties::LIST_SEPARATOR, $this->quizKeys );
	}

	/** Whether nothing is known (a page parsed before step ids existed). */
	public function isEmpty(): bool {
		return $this->stepIds === [] && $this->quizKeys === [];
	}

	public function equals( self $other ): bool {
		return $this->stepIds === $other->stepIds && $this->quizKeys === $other->quizKeys;
	}

	/**
	 * @param int $number 1, 2, …
	 * @return string|null The id of that step
	 */
	public function stepId( int $number ): ?string {
		return $this->stepIds[$number - 1] ?? null;
	}

	/**
	 * @return int|null The number of the step with that id
	 */
	public function stepNumber( string $id ): ?int {
		$index = array_search( $id, $this->stepIds, true );
		return $index === false ? null : $index + 1;
	}

	public function quizKey( int $number ): ?string {
		return $this->quizKeys[$number - 1] ?? null;
	}

	public function quizNumber( string $key ): ?int {
		$index = array_search( $key, $this->quizKeys, true );
		return $index === false ? null : $index + 1;
	}

	/**
	 * Where a step of this layout is in another.
	 *
	 * @param int $number A step of this layout (0: the introduction)
	 * @param StepLayout $to
	 * @return int|null Its number there (0 for the introduction), null when it is gone
	 */
	public function mapStep( int $number, self $to ): ?int {
		if ( $number === 0 ) {
			return 0;
		}
		$id = $this->stepId( $number );
		return $id === null ? null : $to->stepNumber( $id );
	}

	/**
	 * @return int|null The quiz's number in the other layout, null when it is gone
	 */
	public function mapQuiz( int $number, self $to ): ?int {
		$key = $this->quizKey( $number );
		return $key === null ? null : $to->quizNumber( $key );
	}

	/**
	 * @param mixed $value
	 * @return list<string>
	 */
	private static function split( mixed $value ): array {
		return is_string( $value ) && $value !== '' ? explode( ModuleProperties::LIST_SEPARATOR, $value ) : [];
	}

}
