/**
 * Swiping between steps on touch screens, in addition to the buttons and arrow keys
 * (design 0011). Touch events, not pointer events: the browser keeps sending them while it
 * scrolls, so a swipe is judged from where the finger started and ended. A swipe does
 * nothing when it began in something that scrolls sideways itself (a wide table, code), in a
 * form field or media, when the page is zoomed in (the finger pans), when text is selected
 * or it was a long press (selecting), or with more than one finger.
 */

/** The shortest horizontal travel of a swipe, in CSS pixels. */
export const SWIPE_MIN_DISTANCE = 60;
/** Longer presses select text rather than swipe (milliseconds). */
export const SWIPE_MAX_DURATION = 800;

/**
 * @param dx Horizontal travel (positive: towards the right)
 * @param dy Vertical travel
 * @param rtl Whether the module reads right to left (the swipe is mirrored)
 * @return The move the swipe asks for, if any
 */
export function swipeAction( dx: number, dy: number, rtl: boolean ): 'next' | 'previous' | null {
	if ( Math.abs( dx ) < SWIPE_MIN_DISTANCE || Math.abs( dx ) < 2 * Math.abs( dy ) ) {
		return null;
	}
	// Like turning a page: the finger moves against the reading direction to go forward.
	const towardsStart = rtl ? dx > 0 : dx < 0;
	return towardsStart ? 'next' : 'previous';
}

/** On the document while swipes are heard (styles/access.less). */
export const SWIPES_CLASS = 'trainings-swipes';

const OWNS_GESTURES = 'input, textarea, select, video, audio, [contenteditable]:not([contenteditable="false"]), ' +
	'[role="slider"]';

/**
 * @param target Where the finger went down
 * @param root The module
 * @return Whether the target or a container of it (within the module) scrolls sideways
 */
function scrollsSideways( target: Element, root: Element ): boolean {
	const win = root.ownerDocument.defaultView;
	for ( let el: Element | null = target; el && el !== root; el = el.parentElement ) {
		if ( el.scrollWidth > el.clientWidth + 1 && win ) {
			const overflow = win.getComputedStyle( el ).overflowX;
			if ( overflow === 'auto' || overflow === 'scroll' ) {
				return true;
			}
		}
	}
	return false;
}

/**
 * @param event A touch's start
 * @param root The player
 * @return Whether the touch may be a swipe: one finger, not on something with gestures of
 *  its own or scrolling sideways, and the page not zoomed in
 */
function mayStartSwipe( event: TouchEvent, root: HTMLElement ): boolean {
	const win = root.ownerDocument.defaultView;
	const target = event.target as Element | null;
	return !( event.touches.length !== 1 || !target || typeof target.closest !== 'function' ||
		target.closest( OWNS_GESTURES ) || scrollsSideways( target, root ) ||
		( win && win.visualViewport && win.visualViewport.scale > 1.01 ) );
}

/**
 * @param doc The page
 * @return Whether the learner has selected text (then a drag selects, it does not swipe)
 */
function selectsText( doc: Document ): boolean {
	const selection = doc.getSelection();
	return !!selection && !selection.isCollapsed && !!selection.toString().trim();
}

/**
 * Listen for swipes on a module.
 *
 * @param root The module's element
 * @param rtl Whether it reads right to left
 * @param onSwipe Called with the move a swipe asks for
 * @return A function that stops listening
 */
export function listenForSwipes(
	root: HTMLElement,
	rtl: boolean,
	onSwipe: ( action: 'next' | 'previous' ) => void,
): () => void {
	const doc = root.ownerDocument;
	let start: { x: number; y: number; time: number } | null = null;

	function onStart( event: TouchEvent ): void {
		start = null;
		// A sideways swipe must not also go back in history (the browser's overscroll
		// gesture); set at the first touch, so that pages never touched are left alone.
		doc.documentElement.classList.add( SWIPES_CLASS );
		if ( !mayStartSwipe( event, root ) ) {
			return;
		}
		const touch = event.touches[ 0 ];
		start = { x: touch.clientX, y: touch.clientY, time: Date.now() };
	}

	function onMove( event: TouchEvent ): void {
		if ( event.touches.length > 1 ) {
			start = null;
		}
	}

	function onEnd( event: TouchEvent ): void {
		const began = start;
		start = null;
		const touch = event.changedTouches[ 0 ];
		if ( !began || !touch || Date.now() - began.time > SWIPE_MAX_DURATION ) {
			return;
		}
		if ( selectsText( doc ) ) {
			return;
		}
		const action = swipeAction( touch.clientX - began.x, touch.clientY - began.y, rtl );
		if ( action ) {
			onSwipe( action );
		}
	}

	function onCancel(): void {
		start = null;
	}

	const passive = { passive: true };
	root.addEventListener( 'touchstart', onStart, passive );
	root.addEventListener( 'touchmove', onMove, passive );
	root.addEventListener( 'touchend', onEnd, passive );
	root.addEventListener( 'touchcancel', onCancel, passive );
	return () => {
		doc.documentElement.classList.remove( SWIPES_CLASS );
		root.removeEventListener( 'touchstart', onStart );
		root.removeEventListener( 'touchmove', onMove );
		root.removeEventListener( 'touchend', onEnd );
		root.removeEventListener( 'touchcancel', onCancel );
	};
}
