/**
 * The player of a module downloaded for offline use (docs/architecture.md): one step at a time with
 * previous/next, the step list and `#step-N` links, arrow keys, and a completion screen after the last step (printing shows every
 * step: offline.css). Plain DOM: no `mw`, no Vue, no network. The state logic is the wiki player's
 * (`../player/playerState`), the quiz checking is `../quiz`.
 *
 * Every byte of this file is in every exported file (its byte budget, dev/bytes.mjs): it is written to
 * minify small, so it returns nothing and creates its controls in one go.
 */
import { fragmentId, goTo, keyAction, next, PlayerState, previous, stateAt } from '../player/playerState';

/** Texts of the offline player, in the page language (the exporter writes them as JSON). */
export interface OfflineLabels {
	previous: string;
	next: string;
	start: string;
	finish: string;
	/** The completion screen: its heading and its button back to the start. */
	doneHeading: string;
	restart: string;
	/**
	 * Step counter texts ("Step 1 of 6", …) by number of steps: one list for all the modules
	 * of a course with that many steps.
	 */
	progress: Record<string, string[]>;
}

/**
 * @param root The `.trainings-module`
 * @param className The new block's class
 * @param html Its content
 * @return Its children, once it is added at the module's end
 */
function addBlock( root: HTMLElement, className: string, html: string ): HTMLElement[] {
	const block = root.ownerDocument.createElement( 'div' );
	block.className = className;
	block.innerHTML = html;
	root.appendChild( block );
	return Array.prototype.slice.call( block.children ) as HTMLElement[];
}

/**
 * @param root The `.trainings-module`
 * @param labels Texts
 * @return The previous button, the status and the next button, added at the module's end
 */
function addControls( root: HTMLElement, labels: OfflineLabels ): HTMLButtonElement[] {
	const buttons = addBlock( root, 'trainings-offline-controls',
		'<button class="trainings-offline-previous"></button>' +
		'<span class="trainings-offline-status" aria-live="polite"></span>' +
		'<button class="trainings-offline-next"></button>' ) as HTMLButtonElement[];
	buttons[ 0 ].textContent = labels.previous;
	return buttons;
}

/**
 * @param root The `.trainings-module`
 * @param labels Texts
 * @return The button back to the start, on the completion screen shown after the last step
 */
function addCompletion( root: HTMLElement, labels: OfflineLabels ): HTMLButtonElement {
	const [ heading, restart ] = addBlock( root, 'trainings-offline-complete', '<h2></h2><button></button>' );
	heading.textContent = labels.doneHeading;
	restart.textContent = labels.restart;
	return restart as HTMLButtonElement;
}

/**
 * @param root The `.trainings-module`
 * @return Its introduction and steps, in order
 */
function stepParts( root: HTMLElement ): HTMLElement[] {
	return Array.prototype.filter.call( root.children, ( el: Element ) => (
		el.matches( '.trainings-intro,.trainings-step' )
	) ) as HTMLElement[];
}

/**
 * @param root The `.trainings-module`
 * @param rtl Whether the text runs right to left (the arrows swap)
 * @param move Moves forward (true) or back (false)
 */
function onArrowKeys( root: HTMLElement, rtl: boolean, move: ( forward: boolean ) => void ): void {
	root.addEventListener( 'keydown', ( event: KeyboardEvent ) => {
		const action = /^(INPUT|TEXTAREA)$/.test( ( event.target as Element ).tagName ) ?
			null : keyAction( event, rtl );
		if ( action ) {
			move( action === 'next' );
		}
	} );
}

/**
 * Turn one exported `.trainings-module` (introduction and `<section class="trainings-step">`s)
 * into a step-by-step player. A module without steps stays as it is.
 *
 * @param root The `.trainings-module`
 * @param labels Texts
 */
export function mountOfflinePlayer( root: HTMLElement, labels: OfflineLabels ): void {
	const doc = root.ownerDocument;
	const parts = stepParts( root );
	if ( parts.length < 2 ) {
		return;
	}
	const progress = labels.progress[ root.getAttribute( 'data-trainings-steps' ) || '' ] || [];
	const hasIntro = parts[ 0 ].classList.contains( 'trainings-intro' );
	const rtl = ( root.closest( '[dir]' ) || doc.documentElement ).getAttribute( 'dir' ) === 'rtl';
	// The step list, folded by the exporter (TrainingExporter::foldStepLists()), folds again
	// after each jump.
	const list = root.querySelector( ':scope>nav>details' ) as HTMLDetailsElement | null;
	const restart = addCompletion( root, labels );
	parts.push( restart.parentNode as HTMLElement );
	const [ prevButton, status, nextButton ] = addControls( root, labels );

	let state: PlayerState = stateAt( parts.length - 1 );

	function show( step: number, focus?: boolean ): void {
		state = goTo( state, step );
		parts.forEach( ( part, i ) => {
			part.hidden = i !== state.step;
		} );
		status.textContent = progress[ hasIntro ? state.step - 1 : state.step ] || '';
		prevButton.disabled = !state.step;
		nextButton.disabled = state.step === state.steps;
		nextButton.textContent = state.step === state.steps - 1 ? labels.finish :
			state.step || !hasIntro ? labels.next : labels.start;
		if ( list ) {
			list.open = false;
		}
		if ( focus ) {
			// The step's own top (its heading), or the module's with the introduction.
			parts[ state.step ].tabIndex = -1;
			parts[ state.step ].focus();
			( state.step ? parts[ state.step ] : root ).scrollIntoView();
		}
	}

	function move( forward: boolean ): void {
		show( ( forward ? next( state ) : previous( state ) ).step, true );
	}

	function showTarget(): void {
		const target = doc.getElementById( fragmentId( location.hash ) );
		const index = target ? parts.findIndex( ( part ) => part.contains( target ) ) : -1;
		if ( index > -1 ) {
			show( index );
			( target as HTMLElement ).scrollIntoView();
		}
	}

	restart.onclick = () => show( 0, true );
	prevButton.onclick = () => move( false );
	nextButton.onclick = () => move( true );
	onArrowKeys( root, rtl, move );
	addEventListener( 'hashchange', showTarget );
	show( 0 );
	showTarget();
}
