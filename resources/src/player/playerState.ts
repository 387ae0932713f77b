/**
 * Pure state of the module player: which step is shown, moving between steps, completion,
 * and the `#step-N` fragments (design 0003 §3). No DOM, no `mw`, no Vue.
 *
 * Step 0 is the introduction, steps 1…`steps` are the `<section class="trainings-step">`s,
 * and the completion view comes after the last step.
 */

export interface PlayerState {
	/** The shown step: 0 (introduction) to `steps`; the last step while `completed`. */
	readonly step: number;
	/** How many steps the module has (at least 1). */
	readonly steps: number;
	/** Whether the completion view is shown. */
	readonly completed: boolean;
}

export type PlayerView = 'intro' | 'step' | 'complete';

/**
 * A state showing the given step.
 *
 * @param steps Number of steps
 * @param step Step to show, clamped to 0…steps
 * @return The state
 */
export function stateAt( steps: number, step = 0 ): PlayerState {
	const max = Math.max( 1, Math.floor( steps ) );
	const clamped = Math.min( max, Math.max( 0, Math.floor( step ) || 0 ) );
	return { step: clamped, steps: max, completed: false };
}

/**
 * @param state Current state
 * @return Which view the state shows
 */
export function viewOf( state: PlayerState ): PlayerView {
	return state.completed ? 'complete' : ( state.step === 0 ? 'intro' : 'step' );
}

/**
 * @param state Current state
 * @param step Step to show (clamped)
 * @return The state showing it
 */
export function goTo( state: PlayerState, step: number ): PlayerState {
	return stateAt( state.steps, step );
}

/**
 * @param state Current state
 * @return The next step; the same state on the last step (completing is explicit) and on
 *  the completion view
 */
export function next( state: PlayerState ): PlayerState {
	return state.completed || state.step === state.steps ? state : goTo( state, state.step + 1 );
}

/**
 * @param state Current state
 * @return The previous step; from the completion view, the last step; the same state on
 *  the introduction
 */
export function previous( state: PlayerState ): PlayerState {
	if ( state.completed ) {
		return goTo( state, state.steps );
	}
	return state.step === 0 ? state : goTo( state, state.step - 1 );
}

/**
 * @param state Current state
 * @return Whether the learner can complete the module from here (on the last step)
 */
export function canComplete( state: PlayerState ): boolean {
	return !state.completed && state.step === state.steps;
}

/**
 * @param state Current state
 * @return The completion view (the step stays the last one)
 */
export function complete( state: PlayerState ): PlayerState {
	return { step: state.steps, steps: state.steps, completed: true };
}

/**
 * Where the progress bar stands: 0 on the introduction, N on step N, full when completed.
 *
 * @param state Current state
 * @return Value and maximum
 */
export function progressOf( state: PlayerState ): { value: number; max: number } {
	return { value: state.step, max: state.steps };
}

/**
 * The element id a URL fragment points at.
 *
 * @param hash `location.hash`, with or without `#`
 * @return The decoded id ('' for none); the raw text if it is not valid percent-encoding
 */
export function fragmentId( hash: string ): string {
	const raw = hash.charAt( 0 ) === '#' ? hash.slice( 1 ) : hash;
	try {
		return decodeURIComponent( raw );
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	} catch ( error ) {
		return raw;
	}
}

/**
 * The step a `#step-N` fragment names.
 *
 * @param hash `location.hash`, with or without `#`
 * @param steps Number of steps
 * @return N when the fragment is exactly `step-N` with 1 ≤ N ≤ steps, else null
 */
export function parseStepFragment( hash: string, steps: number ): number | null {
	const match = /^step-([1-9][0-9]{0,5})$/.exec( fragmentId( hash ) );
	const step = match ? Number( match[ 1 ] ) : 0;
	return step >= 1 && step <= steps ? step : null;
}

/**
 * The step a stable fragment (`#step-<id>`, design 0019) names.
 *
 * @param hash `location.hash`, with or without `#`
 * @param stepIds The steps' ids in order (null: a step without one)
 * @return The step's number, or null when no step has that id
 */
export function parseStableFragment( hash: string, stepIds: readonly ( string | null )[] ): number | null {
	const match = /^step-([a-z][a-z0-9-]{0,63})$/.exec( fragmentId( hash ) );
	const index = match ? stepIds.indexOf( match[ 1 ] ) : -1;
	return index === -1 ? null : index + 1;
}

/**
 * The fragment of the address while a state is shown: the stable one when the step has an
 * id (design 0019), else the numbered one.
 *
 * @param state The state
 * @param stepIds The steps' ids in order, if known
 * @return `#step-<id>` or `#step-N`, or '' on the introduction (no fragment)
 */
export function fragmentOf( state: PlayerState, stepIds: readonly ( string | null )[] = [] ): string {
	if ( state.step === 0 ) {
		return '';
	}
	const id = stepIds[ state.step - 1 ];
	return '#step-' + ( id || state.step );
}

/** The parts of a key event that decide navigation. */
export interface KeyPress {
	readonly key: string;
	readonly altKey?: boolean;
	readonly ctrlKey?: boolean;
	readonly metaKey?: boolean;
	readonly shiftKey?: boolean;
}

/**
 * What a key press does: ArrowRight/ArrowLeft go forward/back in left-to-right text and the
 * other way round in right-to-left text. With a modifier (browser shortcuts, text
 * selection), nothing.
 *
 * @param event The key press
 * @param rtl Whether the module's text runs right to left
 * @return 'next', 'previous' or null
 */
export function keyAction( event: KeyPress, rtl: boolean ): 'next' | 'previous' | null {
	if ( event.altKey || event.ctrlKey || event.metaKey || event.shiftKey ) {
		return null;
	}
	if ( event.key === 'ArrowRight' || event.key === 'Right' ) {
		return rtl ? 'previous' : 'next';
	}
	if ( event.key === 'ArrowLeft' || event.key === 'Left' ) {
		return rtl ? 'next' : 'previous';
	}
	return null;
}
