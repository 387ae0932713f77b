/**
 * The server-rendered markup of a `<trainingquiz>` (design 0003 §4), as the quiz sees it.
 *
 * ```html
 * <div class="trainings-quiz" id="quiz-1" data-trainings-quiz="1"
 *   data-trainings-quiz-type="single">
 * <fieldset><legend class="trainings-quiz-question">…</legend><ul class="trainings-quiz-options">
 *  <li><label><input type="radio" name="trainings-quiz-1" value="1"> …</label></li>…
 * </ul></fieldset>
 * <details class="trainings-quiz-answers"><summary>…</summary><ul>
 *  <li data-trainings-option="1" data-trainings-correct="0"><strong>Not right:</strong> …
 *    <div class="trainings-quiz-feedback">…</div></li>…</ul>
 *  <div class="trainings-quiz-explanation"><strong>Why:</strong> …</div></details></div>
 * ```
 */
import { QuizOption } from './checkAnswers';

export type QuizType = 'single' | 'multiple';

/** One option: its input and what the server says about it. */
export interface ServerQuizOption extends QuizOption {
	readonly input: HTMLInputElement;
	/** The option's list item, where feedback goes. */
	readonly item: HTMLElement;
	/** The server's verdict words ("Right:", "Not right:"), in the page language. */
	readonly verdict: Element | null;
	/** The server's feedback for this option, if the author wrote one. */
	readonly feedback: Element | null;
}

export interface ServerQuiz {
	readonly root: HTMLElement;
	/** `data-trainings-quiz`: the quiz's number on the page (1, 2, …), 0 if missing. */
	readonly number: number;
	readonly type: QuizType;
	readonly answers: HTMLDetailsElement | null;
	readonly options: readonly ServerQuizOption[];
	/** The author's explanation (`!` line), shown after a right answer; null if none. */
	readonly explanation: Element | null;
}

export const QUIZ_SELECTOR = '.trainings-quiz';

/**
 * Read a quiz from its server markup.
 *
 * @param root A `.trainings-quiz` element
 * @return The quiz, or null when the markup cannot be checked (no options, or an option
 *  without its answer in the `<details>` list)
 */
export function readServerQuiz( root: HTMLElement ): ServerQuiz | null {
	const answers = root.querySelector<HTMLDetailsElement>( 'details.trainings-quiz-answers' );
	const inputs = Array.prototype.slice.call( root.querySelectorAll<HTMLInputElement>(
		'.trainings-quiz-options input[type="radio"], .trainings-quiz-options input[type="checkbox"]',
	) ) as HTMLInputElement[];
	if ( !answers || inputs.length === 0 ) {
		return null;
	}
	const options: ServerQuizOption[] = [];
	for ( const input of inputs ) {
		const answer = Array.prototype.find.call(
			answers.querySelectorAll( '[data-trainings-option]' ),
			( li: Element ) => li.getAttribute( 'data-trainings-option' ) === input.value,
		) as Element | undefined;
		const item = input.closest( 'li' );
		if ( !answer || !item ) {
			return null;
		}
		options.push( {
			value: input.value,
			correct: answer.getAttribute( 'data-trainings-correct' ) === '1',
			input,
			item,
			verdict: answer.querySelector( 'strong' ),
			feedback: answer.querySelector( '.trainings-quiz-feedback' ),
		} );
	}
	const type = root.getAttribute( 'data-trainings-quiz-type' );
	return {
		root,
		number: Number( root.getAttribute( 'data-trainings-quiz' ) ) || 0,
		type: type === 'multiple' || type === 'single' ? type :
			( inputs[ 0 ].type === 'checkbox' ? 'multiple' : 'single' ),
		answers,
		options,
		explanation: answers.querySelector( '.trainings-quiz-explanation' ),
	};
}
