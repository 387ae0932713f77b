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

/** What the enhancement adds to a quiz's markup. */
interface QuizControls {
	readonly actions: HTMLElement;
	readonly checkButton: HTMLButtonElement;
	readonly retryButton: HTMLButtonElement;
	readonly status: HTMLElement;
	/**
	 * After a right answer, the author's explanation of why (a copy: the original stays in
	 * the hidden answers, for the offline file and for destroy()).
	 */
	readonly explanation: HTMLElement | null;
}

/**
 * Add "Check", "Try again", the status and the explanation's copy; hide the answers.
 *
 * @param quiz The quiz
 * @param labels Texts
 * @return What was added
 */
function addControls( quiz: ServerQuiz, labels: QuizLabels ): QuizControls {
	const root = quiz.root;
	const doc = root.ownerDocument;
	const controls: QuizControls = {
		actions: element( doc, 'div', 'trainings-quiz-actions' ),
		checkButton: element( doc, 'button', 'cdx-button trainings-quiz-check', labels.check ),
		retryButton: element( doc, 'button', 'cdx-button trainings-quiz-retry', labels.tryAgain ),
		status: element( doc, 'div', 'trainings-quiz-status' ),
		explanation: quiz.explanation ? quiz.explanation.cloneNode( true ) as HTMLElement : null,
	};
	const { actions, checkButton, retryButton, status, explanation } = controls;
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
	root.setAttribute( 'data-trainings-enhanced', '' );
	if ( quiz.answers ) {
		quiz.answers.hidden = true;
	}
	return controls;
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
 * Take the verdicts back: options unmarked, their descriptions as the server gave them, no
 * status, no explanation.
 *
 * @param quiz The quiz
 * @param controls What the enhancement added
 * @param describedBy Each option's own `aria-describedby`
 */
function unmark(
	quiz: ServerQuiz, controls: QuizControls, describedBy: readonly ( string | null )[],
): void {
	quiz.options.forEach( ( option, i ) => {
		option.item.classList.remove( 'trainings-quiz-option--right', 'trainings-quiz-option--wrong' );
		const original = describedBy[ i ];
		if ( original === null ) {
			option.input.removeAttribute( 'aria-describedby' );
		} else {
			option.input.setAttribute( 'aria-describedby', original );
		}
	} );
	quiz.root.removeAttribute( 'data-trainings-quiz-outcome' );
	controls.status.textContent = '';
	controls.retryButton.hidden = true;
	if ( controls.explanation ) {
		controls.explanation.hidden = true;
	}
}

/**
 * Show a check's verdicts: a box under each chosen option, the status, the explanation.
 *
 * @param quiz The quiz
 * @param controls What the enhancement added
 * @param describedBy Each option's own `aria-describedby`
 * @param result The check
 * @param labels Texts
 * @param prefix Of the boxes' ids
 * @return The boxes added
 */
function mark(
	quiz: ServerQuiz, controls: QuizControls, describedBy: readonly ( string | null )[],
	result: QuizResult, labels: QuizLabels, prefix: string,
): HTMLElement[] {
	const boxes: HTMLElement[] = [];
	quiz.options.forEach( ( option, i ) => {
		if ( !result.chosen.includes( option ) ) {
			return;
		}
		const box = resultBox( option, prefix + '-result-' + option.value, labels );
		option.item.appendChild( box );
		option.item.classList.add( option.correct ?
			'trainings-quiz-option--right' : 'trainings-quiz-option--wrong' );
		const original = describedBy[ i ];
		option.input.setAttribute( 'aria-describedby', ( original ? original + ' ' : '' ) + box.id );
		boxes.push( box );
	} );
	quiz.root.setAttribute( 'data-trainings-quiz-outcome', result.outcome );
	controls.status.textContent = labels[ result.outcome ];
	controls.retryButton.hidden = result.outcome === 'right' || result.outcome === 'empty';
	if ( controls.explanation ) {
		controls.explanation.hidden = result.outcome !== 'right';
	}
	return boxes;
}

/**
 * Tell the page (the player's progress) about a check: the `trainings-quiz-check` event.
 *
 * @param quiz The quiz
 * @param result The check
 */
function announce( quiz: ServerQuiz, result: QuizResult ): void {
	const detail: QuizCheckDetail = {
		quiz: quiz.number,
		outcome: result.outcome,
		options: result.chosen.map( ( option ) => Number( option.value ) ),
	};
	quiz.root.dispatchEvent( new CustomEvent( QUIZ_CHECK_EVENT, { bubbles: true, detail } ) );
}

/**
 * Remove what the enhancement added and show the answers again.
 *
 * @param quiz The quiz
 * @param controls What the enhancement added
 */
function removeControls( quiz: ServerQuiz, controls: QuizControls ): void {
	controls.actions.remove();
	controls.status.remove();
	if ( controls.explanation ) {
		controls.explanation.remove();
	}
	quiz.root.removeAttribute( 'data-trainings-enhanced' );
	if ( quiz.answers ) {
		quiz.answers.hidden = false;
	}
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
	const found = root.hasAttribute( 'data-trainings-enhanced' ) ? null : readServerQuiz( root );
	if ( !found ) {
		return null;
	}
	const quiz: ServerQuiz = found;
	const prefix = root.id || 'trainings-quiz-' + ( ++idCounter );
	const describedBy = quiz.options.map( ( option ) => option.input.getAttribute( 'aria-describedby' ) );
	const controls = addControls( quiz, labels );
	let results: HTMLElement[] = [];
	function clear(): void {
		results.forEach( ( result ) => result.remove() );
		results = [];
		unmark( quiz, controls, describedBy );
	}

	function check(): QuizResult {
		clear();
		const chosen = quiz.options.filter( ( option ) => option.input.checked );
		const result = checkAnswers( quiz.options, chosen.map( ( option ) => option.value ) );
		results = mark( quiz, controls, describedBy, result, labels, prefix );
		announce( quiz, result );
		return result;
	}

	function reset(): void {
		clear();
		quiz.options.forEach( ( option ) => {
			option.input.checked = false;
		} );
	}

	function onChange(): void {
		// Feedback about other choices would be stale.
		if ( results.length ) {
			clear();
		}
	}

	function onRetry(): void {
		reset();
		quiz.options[ 0 ].input.focus();
	}
	controls.checkButton.addEventListener( 'click', check );
	controls.retryButton.addEventListener( 'click', onRetry );
	root.addEventListener( 'change', onChange );

	return {
		quiz,
		check,
		reset,
		destroy(): void {
			clear();
			controls.checkButton.removeEventListener( 'click', check );
			controls.retryButton.removeEventListener( 'click', onRetry );
			root.removeEventListener( 'change', onChange );
			removeControls( quiz, controls );
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
