/**
 * Pure checking logic of a quiz: which chosen options are right, and the overall outcome.
 * No DOM, no `mw`, no Vue: shared by the player, the offline player and the gadget.
 */

/** One option of a quiz, as the server marked it. */
export interface QuizOption {
	/** The option's value (`value` of its input, `data-trainings-option` of its answer). */
	readonly value: string;
	/** Whether the option is a right answer. */
	readonly correct: boolean;
}

/**
 * - `empty`: nothing chosen;
 * - `right`: every right option chosen and no wrong one;
 * - `partial`: only right options chosen, but not all of them (multiple answers);
 * - `wrong`: at least one wrong option chosen.
 */
export type QuizOutcome = 'empty' | 'right' | 'partial' | 'wrong';

export interface QuizResult {
	readonly outcome: QuizOutcome;
	/** The chosen options, in option order, each with whether it is right. */
	readonly chosen: readonly QuizOption[];
}

/**
 * Check the chosen options against the right ones.
 *
 * For a single-answer quiz (one right option, radios) this gives `right` or `wrong`; for a
 * multiple-answer quiz (checkboxes) all the right options and no wrong one are needed.
 *
 * @param options All options of the quiz, in order
 * @param chosenValues Values of the options the learner chose (unknown values are ignored)
 * @return The outcome and the verdict per chosen option
 */
export function checkAnswers(
	options: readonly QuizOption[],
	chosenValues: readonly string[],
): QuizResult {
	const chosen = options.filter( ( option ) => chosenValues.includes( option.value ) );
	let outcome: QuizOutcome;
	if ( chosen.length === 0 ) {
		outcome = 'empty';
	} else if ( chosen.some( ( option ) => !option.correct ) ) {
		outcome = 'wrong';
	} else if ( chosen.length < options.filter( ( option ) => option.correct ).length ) {
		outcome = 'partial';
	} else {
		outcome = 'right';
	}
	return { outcome, chosen };
}
