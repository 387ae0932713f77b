/**
 * The server-rendered module page (design 0003 §3), as the player sees it, and the DOM
 * changes that show one part of it at a time. The player never re-renders this markup.
 *
 * ```html
 * <div class="trainings-module" data-trainings-steps="2" data-trainings-quizzes="1">
 * <div class="trainings-intro">…</div>
 * <nav class="trainings-steplist" aria-labelledby="trainings-steplist-label">…
 *   <ol><li><a href="#step-1">…</a></li>…</ol></nav>
 * <section class="trainings-step" id="step-1" data-trainings-step="1" aria-labelledby="…">
 * <h2 …>…</h2>…</section>…</div>
 * ```
 */
import { PlayerState, viewOf } from './playerState';

export const MODULE_SELECTOR = '.trainings-module';

export interface ServerStep {
	/** 1, 2, … */
	readonly number: number;
	readonly section: HTMLElement;
	/** The step's level-2 heading (focused on navigation). */
	readonly heading: HTMLElement | null;
	/** The step's link in the step list. */
	readonly link: HTMLAnchorElement | null;
}

export interface ServerModule {
	readonly root: HTMLElement;
	readonly intro: HTMLElement | null;
	readonly stepList: HTMLElement | null;
	readonly steps: readonly ServerStep[];
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
			section,
			heading: section.querySelector<HTMLElement>( 'h2' ),
			link: link || null,
		};
	} );
	const dirElement = root.closest( '[dir]' );
	return {
		root,
		intro: root.querySelector<HTMLElement>( '.trainings-intro' ),
		stepList,
		steps,
		rtl: !!dirElement && dirElement.getAttribute( 'dir' ) === 'rtl',
	};
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
}
