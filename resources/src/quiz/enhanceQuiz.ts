/**
 * Make a server-rendered quiz checkable in the browser: hide the answers, add "Check" and
 * "Try again", and show the server's verdict and feedback beside each chosen option.
 *
 * Plain DOM, no `mw` and no Vue: the caller passes the texts.
 */
import { checkAnswers, QuizOutcome, QuizResult } from './checkAnswers';
import { QUIZ_SELECTOR, readServerQuiz, ServerQuiz, ServerQuizOption } from './serverQuiz';

/** Texts of the enhanced quiz, in the page's or the user's language. */
export interface QuizLabels {
	check: string;
	tryAgain: string;
	/** Status after checking, per outcome. */
	right: string;
	partial: string;
	wrong: string;
	empty: string;
	/** Verdict words when the server markup has none (it normally has "Right:"/"Not right:"). */
	verdictRight: string;
	verdictWrong: string;
}

/** Detail of the `trainings-quiz-check` event, fired on the quiz after each check. */
export interface QuizCheckDetail {
	readonly quiz: number;
	readonly outcome: QuizOutcome;
	/** The options chosen: their numbers (the inputs' values, from 1), in option order. */
	readonly options: readonly number[];
}

export const QUIZ_CHECK_EVENT = 'trainings-quiz-check';

export interface EnhancedQuiz {
	readonly quiz: ServerQuiz;
	/** Check the chosen options and show the feedback. */
	check(): QuizResult;
	/** Clear the choices and the feedback. */
	reset(): void;
	/** Put the server markup back as it was. */
	destroy(): void;
}

let idCounter = 0;

// Names used more than once, as constants: the offline player is inlined into every exported
// file, whose overhead has a budget (TrainingExporterTest).
const DESCRIBED_BY = 'aria-describedby';
const OUTCOME = 'data-trainings-quiz-outcome';
const ENHANCED = 'data-trainings-enhanced';
const RIGHT_OPTION = 'trainings-quiz-option--right';
const WRONG_OPTION = 'trainings-quiz-option--wrong';

function element<K extends keyof HTMLElementTagNameMap>(
	doc: Document, tag: K, className: string, text?: string,
): HTMLElementTagNameMap[ K ] {
	const el = doc.createElement( tag );
	if ( className ) {
		el.className = className;
	}
	if ( text !== undefined ) {
		el.textContent = text;
	}
	return el;
}

/**
 * Add "Check", "Try again", the status and, after a right answer, the author's explanation
 * of why (a copy: the original stays in the hidden answers, for the offline file and for
 * destroy()); hide the answers.
 *
 * @param quiz The quiz
 * @param labels Texts
 * @return The actions, the two buttons, the status and the explanation's copy
 */
function addControls( quiz: ServerQuiz, labels: QuizLabels ): [
	HTMLElement, HTMLButtonElement, HTMLButtonElement, HTMLElement, HTMLElement | null
] {
	const root = quiz.root;
	const doc = root.ownerDocument;
	const actions = element( doc, 'div', 'trainings-quiz-actions' );
	const checkButton = element( doc, 'button', 'cdx-button trainings-quiz-check', labels.check );
	const retryButton = element( doc, 'button', 'cdx-button trainings-quiz-retry', labels.tryAgain );
	const status = element( doc, 'div', 'trainings-quiz-status' );
	const explanation = quiz.explanation ? quiz.explanation.cloneNode( true ) as HTMLElement : null;
	checkButton.type = retryButton.type = 'button';
	retryButton.hidden = true;
	status.setAttribute( 'role', 'status' );
	actions.append( checkButton, ' ', retryButton );
	root.append( actions, status );
	if ( explanation ) {
		explanation.hidden = true;
		explanation.removeAttribute( 'id' );
		root.append( explanation );
	}
	root.setAttribute( ENHANCED, '' );
	if ( quiz.answers ) {
		quiz.answers.hidden = true;
	}
	return [ actions, checkButton, retryButton, status, explanation ];
}

/**
 * The verdict and feedback shown under a chosen option.
 *
 * @param option The option
 * @param id The box's id
 * @param labels Texts
 * @return The box
 */
function resultBox( option: ServerQuizOption, id: string, labels: QuizLabels ): HTMLElement {
	const doc = option.item.ownerDocument;
	const box = element( doc, 'div', option.correct ?
		'trainings-quiz-result trainings-quiz-result--right' :
		'trainings-quiz-result trainings-quiz-result--wrong' );
	box.id = id;
	box.append(
		option.verdict ? option.verdict.cloneNode( true ) :
			element( doc, 'strong', '', option.correct ? labels.verdictRight : labels.verdictWrong ),
	);
	if ( option.feedback ) {
		box.append( ' ', option.feedback.cloneNode( true ) );
	}
	return box;
}

/**
 * Mark an option right or wrong and describe it by its result box, or (no box) unmark it.
 *
 * @param option The option
 * @param original Its own `aria-describedby`
 * @param box Its result box, or null
 */
function markOption(
	option: ServerQuizOption, original: string | null, box: HTMLElement | null,
): void {
	option.item.classList.remove( RIGHT_OPTION, WRONG_OPTION );
	const describedBy = box ? ( original ? original + ' ' : '' ) + box.id : original;
	if ( box ) {
		option.item.appendChild( box );
		option.item.classList.add( option.correct ? RIGHT_OPTION : WRONG_OPTION );
	}
	if ( describedBy === null ) {
		option.input.removeAttribute( DESCRIBED_BY );
	} else {
		option.input.setAttribute( DESCRIBED_BY, describedBy );
	}
}

/** Checking a quiz and clearing its verdicts. */
interface QuizChecker {
	check(): QuizResult;
	clear(): void;
	/** When a choice changes: feedback about other choices would be stale. */
	onChange(): void;
}

/**
 * @param quiz The quiz
 * @param labels Texts
 * @param prefix Of the result boxes' ids
 * @param status Where the outcome is said
 * @param retryButton "Try again"
 * @param explanation The explanation's copy, shown after a right answer
 * @return The checker
 */
function createChecker(
	quiz: ServerQuiz, labels: QuizLabels, prefix: string,
	status: HTMLElement, retryButton: HTMLButtonElement, explanation: HTMLElement | null,
): QuizChecker {
	const root = quiz.root;
	const describedBy = quiz.options.map( ( option ) => option.input.getAttribute( DESCRIBED_BY ) );
	let results: HTMLElement[] = [];

	function showOutcome( outcome: QuizOutcome | null ): void {
		if ( outcome ) {
			root.setAttribute( OUTCOME, outcome );
		} else {
			root.removeAttribute( OUTCOME );
		}
		status.textContent = outcome ? labels[ outcome ] : '';
		retryButton.hidden = !outcome || outcome === 'right' || outcome === 'empty';
		if ( explanation ) {
			explanation.hidden = outcome !== 'right';
		}
	}

	function clear(): void {
		results.forEach( ( result ) => result.remove() );
		results = [];
		quiz.options.forEach( ( option, i ) => markOption( option, describedBy[ i ], null ) );
		showOutcome( null );
	}

	return {
		clear,
		onChange(): void {
			if ( results.length ) {
				clear();
			}
		},
		check(): QuizResult {
			clear();
			const chosen = quiz.options.filter( ( option ) => option.input.checked );
			const result = checkAnswers( quiz.options, chosen.map( ( option ) => option.value ) );
			quiz.options.forEach( ( option, i ) => {
				if ( result.chosen.includes( option ) ) {
					const box = resultBox( option, prefix + '-result-' + option.value, labels );
					markOption( option, describedBy[ i ], box );
					results.push( box );
				}
			} );
			showOutcome( result.outcome );
			const detail: QuizCheckDetail = {
				quiz: quiz.number,
				outcome: result.outcome,
				options: result.chosen.map( ( option ) => Number( option.value ) ),
			};
			root.dispatchEvent( new CustomEvent( QUIZ_CHECK_EVENT, { bubbles: true, detail } ) );
			return result;
		},
	};
}

/**
 * Enhance one quiz.
 *
 * @param root A `.trainings-quiz` element
 * @param labels Texts
 * @return The enhanced quiz, or null when the markup cannot be checked (left as it is,
 *  the server's answer reveal keeps working) or was already enhanced
 */
export function enhanceQuiz( root: HTMLElement, labels: QuizLabels ): EnhancedQuiz | null {
	const found = root.hasAttribute( ENHANCED ) ? null : readServerQuiz( root );
	if ( !found ) {
		return null;
	}
	const quiz: ServerQuiz = found;
	const [ actions, checkButton, retryButton, status, explanation ] = addControls( quiz, labels );
	const checker = createChecker( quiz, labels, root.id || 'trainings-quiz-' + ( ++idCounter ),
		status, retryButton, explanation );
	const { check, clear, onChange } = checker;

	function reset(): void {
		clear();
		quiz.options.forEach( ( option ) => {
			option.input.checked = false;
		} );
	}

	function onRetry(): void {
		reset();
		quiz.options[ 0 ].input.focus();
	}

	checkButton.addEventListener( 'click', check );
	retryButton.addEventListener( 'click', onRetry );
	root.addEventListener( 'change', onChange );

	return {
		quiz,
		check,
		reset,
		destroy(): void {
			clear();
			checkButton.removeEventListener( 'click', check );
			retryButton.removeEventListener( 'click', onRetry );
			root.removeEventListener( 'change', onChange );
			[ actions, status, explanation ].forEach( ( added ) => added && added.remove() );
			root.removeAttribute( ENHANCED );
			if ( quiz.answers ) {
				quiz.answers.hidden = false;
			}
		},
	};
}

/**
 * Enhance every quiz in a container.
 *
 * @param container Where to look, e.g. the `.trainings-module`
 * @param labels Texts
 * @return The quizzes that could be enhanced
 */
export function enhanceQuizzes( container: ParentNode, labels: QuizLabels ): EnhancedQuiz[] {
	const enhanced: EnhancedQuiz[] = [];
	const roots = container.querySelectorAll( QUIZ_SELECTOR );
	Array.prototype.forEach.call( roots, ( root: HTMLElement ) => {
		const quiz = enhanceQuiz( root, labels );
		if ( quiz ) {
			enhanced.push( quiz );
		}
	} );
	return enhanced;
}
