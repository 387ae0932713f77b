/**
 * The server-rendered module page (design 0003 §3), as the player sees it, and the DOM
 * changes that show one part of it at a time. The player never re-renders this markup.
 *
 * ```html
 * <div class="trainings-module" data-trainings-steps="2" data-trainings-quizzes="1">
 * <div class="trainings-intro">…</div>
 * <nav class="trainings-steplist" aria-labelledby="trainings-steplist-label">…
 *   <ol><li><a href="#step-1">…</a></li>…</ol></nav>
 * <section class="trainings-step" id="step-1" data-trainings-step="1" data-trainings-step-id="…"
 *   aria-labelledby="…"><h2 …>…</h2>…</section>…</div>
 * ```
 * A step's stable fragment `#step-<id>` (design 0019) names an empty marker inside it.
 */
import { QUIZ_SELECTOR, readServerQuiz } from '../quiz';
import { PlayerState, viewOf } from './playerState';

export const MODULE_SELECTOR = '.trainings-module';

export interface ServerStep {
	/** 1, 2, … */
	readonly number: number;
	/** `data-trainings-step-id`: the step's stable id (design 0019), or null. */
	readonly id: string | null;
	readonly section: HTMLElement;
	/** The step's level-2 heading (focused on navigation). */
	readonly heading: HTMLElement | null;
	/** The step's link in the step list. */
	readonly link: HTMLAnchorElement | null;
}

/** A quiz the learner can answer (the server's markup is complete). */
export interface ServerModuleQuiz {
	/** `data-trainings-quiz`: 1, 2, … */
	readonly number: number;
	/** The step holding it (0: the introduction). */
	readonly step: number;
	readonly root: HTMLElement;
}

export interface ServerModule {
	readonly root: HTMLElement;
	readonly intro: HTMLElement | null;
	readonly stepList: HTMLElement | null;
	readonly steps: readonly ServerStep[];
	/** The answerable quizzes, in page order. */
	readonly quizzes: readonly ServerModuleQuiz[];
	/** Whether the module's text runs right to left. */
	readonly rtl: boolean;
}

/**
 * Read the module from its server markup.
 *
 * @param root The `.trainings-module` element
 * @return The module, or null when it has no step (nothing to play)
 */
export function readServerModule( root: HTMLElement ): ServerModule | null {
	const stepList = root.querySelector<HTMLElement>( '.trainings-steplist' );
	const sections = Array.prototype.filter.call(
		root.querySelectorAll<HTMLElement>( 'section.trainings-step' ),
		// Not the steps of a module embedded in this one, if that ever happens.
		( section: HTMLElement ) => !!section.parentElement &&
			section.parentElement.closest( MODULE_SELECTOR ) === root,
	) as HTMLElement[];
	if ( sections.length === 0 ) {
		return null;
	}
	const steps = sections.map( ( section, index ): ServerStep => {
		// Numbered in document order, which is how the server numbers them too.
		const number = index + 1;
		const link = stepList ? Array.prototype.find.call(
			stepList.querySelectorAll( 'a[href]' ),
			( a: HTMLAnchorElement ) => a.getAttribute( 'href' ) === '#' + ( section.id || 'step-' + number ),
		) as HTMLAnchorElement | undefined : undefined;
		return {
			number,
			id: section.getAttribute( 'data-trainings-step-id' ),
			section,
			heading: section.querySelector<HTMLElement>( 'h2' ),
			link: link || null,
		};
	} );
	const quizzes: ServerModuleQuiz[] = [];
	const quizRoots = root.querySelectorAll<HTMLElement>( QUIZ_SELECTOR );
	Array.prototype.forEach.call( quizRoots, ( quizRoot: HTMLElement ) => {
		const quiz = readServerQuiz( quizRoot );
		const step = steps.find( ( candidate ) => candidate.section.contains( quizRoot ) );
		const number = quiz ? quiz.number : 0;
		if ( number > 0 && !quizzes.some( ( other ) => other.number === number ) ) {
			quizzes.push( { number, step: step ? step.number : 0, root: quizRoot } );
		}
	} );
	const dirElement = root.closest( '[dir]' );
	return {
		root,
		intro: root.querySelector<HTMLElement>( '.trainings-intro' ),
		stepList,
		steps,
		quizzes,
		rtl: !!dirElement && dirElement.getAttribute( 'dir' ) === 'rtl',
	};
}

/**
 * @param step A step
 * @return Its title as the step list or its heading gives it
 */
export function stepTitle( step: ServerStep ): string {
	const el = step.link || step.heading;
	return el ? ( el.textContent || '' ).trim() : '';
}

const DONE_CLASS = 'trainings-steplist-item--done';
const DONE_LABEL_CLASS = 'trainings-steplist-done';

/**
 * Mark the steps the learner has done in the step list: a check mark and a word (not colour
 * alone), after the step's link.
 *
 * @param module The module
 * @param done Numbers of the done steps
 * @param label The word, e.g. "done"
 */
export function markDoneSteps(
	module: ServerModule,
	done: readonly number[],
	label: string,
): void {
	module.steps.forEach( ( step ) => {
		const item = step.link ? step.link.closest( 'li' ) : null;
		if ( !item ) {
			return;
		}
		const isDone = done.includes( step.number );
		let mark = item.querySelector<HTMLElement>( '.' + DONE_LABEL_CLASS );
		item.classList.toggle( DONE_CLASS, isDone );
		if ( !isDone ) {
			if ( mark ) {
				mark.remove();
			}
			return;
		}
		if ( !mark ) {
			const doc = item.ownerDocument;
			mark = doc.createElement( 'span' );
			mark.className = DONE_LABEL_CLASS;
			const check = doc.createElement( 'span' );
			check.setAttribute( 'aria-hidden', 'true' );
			check.textContent = '✓';
			mark.append( ' ', check, ' ', doc.createElement( 'span' ) );
			item.appendChild( mark );
		}
		( mark.lastChild as HTMLElement ).textContent = label;
	} );
}

/**
 * Which step an element belongs to.
 *
 * @param module The module
 * @param element Any element
 * @return The step number, 0 for anything else inside the module (introduction, step
 *  list), null for elements outside the module
 */
export function stepOfElement( module: ServerModule, element: Element ): number | null {
	if ( !module.root.contains( element ) ) {
		return null;
	}
	const step = module.steps.find( ( candidate ) => candidate.section.contains( element ) );
	return step ? step.number : 0;
}

/**
 * Show the part of the module that the state asks for: the introduction (and step list),
 * one step, or nothing (the completion view is the player's). Marks the current step in
 * the step list.
 *
 * @param module The module
 * @param state The state
 * @param showStepList Whether the step list is open while a step is shown
 */
export function showState( module: ServerModule, state: PlayerState, showStepList: boolean ): void {
	const view = viewOf( state );
	if ( module.intro ) {
		module.intro.hidden = view !== 'intro';
	}
	if ( module.stepList ) {
		module.stepList.hidden = !( view === 'intro' || ( view === 'step' && showStepList ) );
	}
	module.steps.forEach( ( step ) => {
		const current = view === 'step' && step.number === state.step;
		step.section.hidden = !current;
		if ( step.link ) {
			if ( current ) {
				step.link.setAttribute( 'aria-current', 'step' );
			} else {
				step.link.removeAttribute( 'aria-current' );
			}
		}
	} );
}

/**
 * Undo {@link showState} and the player's other marks: the long-form page again.
 *
 * @param module The module
 */
export function showAll( module: ServerModule ): void {
	[ module.intro, module.stepList ].concat( module.steps.map( ( step ) => step.section ) )
		.forEach( ( el ) => {
			if ( el ) {
				el.hidden = false;
			}
		} );
	module.steps.forEach( ( step ) => {
		if ( step.link ) {
			step.link.removeAttribute( 'aria-current' );
		}
	} );
	markDoneSteps( module, [], '' );
}
