/**
 * How the learner moves besides the buttons: the address (`#step-N`, `#step-<id>`, or an element inside a
 * step), the arrow keys (mirrored in right-to-left text) and swipes on touch screens. Each
 * listener is removed when the player goes.
 */
import { onBeforeUnmount } from 'vue';
import { QUIZ_CHECK_EVENT } from '../quiz';
import { ownsArrowKeys, PlayerHost } from './host';
import { fragmentId, keyAction, parseStableFragment, parseStepFragment } from './playerState';
import { ServerModule, showAll, stepOfElement } from './serverModule';
import { listenForSwipes } from './swipe';

/** Where a fragment points: a step, and the element it names (null: the step itself). */
export interface FragmentTarget {
	readonly step: number;
	readonly target: Element | null;
}

/**
 * @param module The server-rendered module
 * @param hash A fragment
 * @return Where it points, or null when not into this module
 */
export function resolveFragment( module: ServerModule, hash: string ): FragmentTarget | null {
	const numbered = parseStepFragment( hash, module.steps.length );
	const step = numbered !== null ? numbered :
		parseStableFragment( hash, module.steps.map( ( candidate ) => candidate.id ) );
	if ( step !== null ) {
		return { step, target: null };
	}
	const id = fragmentId( hash );
	const target = id ? module.root.ownerDocument.getElementById( id ) : null;
	const found = target ? stepOfElement( module, target ) : null;
	return found === null ? null : { step: found, target };
}

export interface PlayerInputHandlers {
	/** The address changed. */
	onHashChange(): void;
	/** Forward or back (from a key or a swipe); whether there was somewhere to go. */
	move( action: 'next' | 'previous' ): boolean;
	/** A quiz was checked. */
	onQuizCheck( event: Event ): void;
}

/**
 * @param module The server-rendered module
 * @param host The page's address
 * @param handlers What to do
 */
export function usePlayerInput(
	module: ServerModule,
	host: PlayerHost,
	handlers: PlayerInputHandlers,
): void {
	const doc = module.root.ownerDocument;
	function onKeyDown( event: KeyboardEvent ): void {
		if ( event.defaultPrevented || ownsArrowKeys( event.target ) ) {
			return;
		}
		const action = keyAction( event, module.rtl );
		if ( action && handlers.move( action ) ) {
			event.preventDefault();
		}
	}
	const stopListening = host.listen( handlers.onHashChange );
	doc.addEventListener( 'keydown', onKeyDown );
	// Swipes move like the arrow keys (never the only way: the buttons stay).
	const stopSwipes = listenForSwipes( module.root, module.rtl, ( action ) => {
		handlers.move( action );
	} );
	module.root.addEventListener( QUIZ_CHECK_EVENT, handlers.onQuizCheck );
	onBeforeUnmount( () => {
		stopListening();
		stopSwipes();
		doc.removeEventListener( 'keydown', onKeyDown );
		module.root.removeEventListener( QUIZ_CHECK_EVENT, handlers.onQuizCheck );
		showAll( module );
	} );
}
