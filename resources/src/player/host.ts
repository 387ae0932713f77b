/**
 * The page address as the player uses it: read the fragment, replace it, hear it change.
 * Tests pass a stand-in, so they never touch the test page's address.
 */
export interface PlayerHost {
	/** The current fragment, with its `#` (or ''). */
	getHash(): string;
	/** Replace the fragment without a new history entry ('' removes it). */
	replaceHash( hash: string ): void;
	/**
	 * Call back when the fragment changes (link to an anchor, back button, edited address).
	 *
	 * @return A function that stops listening
	 */
	listen( onChange: () => void ): () => void;
}

/**
 * @param win The window
 * @return The host for that window's address
 */
export function windowHost( win: Window ): PlayerHost {
	return {
		getHash: () => win.location.hash,
		replaceHash( hash: string ): void {
			const loc = win.location;
			if ( hash === loc.hash || ( hash === '' && !loc.href.includes( '#' ) ) ) {
				return;
			}
			try {
				win.history.replaceState( win.history.state, '', loc.pathname + loc.search + hash );
			// eslint-disable-next-line @typescript-eslint/no-unused-vars
			} catch ( error ) {
				// Safari throws after too many calls in a short time; the address is a convenience.
			}
		},
		listen( onChange: () => void ): () => void {
			win.addEventListener( 'hashchange', onChange );
			return () => win.removeEventListener( 'hashchange', onChange );
		},
	};
}

// Arrow keys belong to these: moving the caret, a slider, a media timeline, a menu…
const OWNS_ARROW_KEYS = 'input, textarea, select, video, audio, [contenteditable]:not([contenteditable="false"]), ' +
	'[role="slider"], [role="listbox"], [role="menu"], [role="menubar"], [role="tablist"], ' +
	'[role="radiogroup"], [role="combobox"], [role="grid"], [role="tree"], [role="textbox"], [role="dialog"]';

/**
 * @param target Where a key press happened
 * @return Whether the element (or a container of it) uses arrow keys itself
 */
export function ownsArrowKeys( target: EventTarget | null ): boolean {
	const el = target as Element | null;
	return !!el && typeof el.closest === 'function' && !!el.closest( OWNS_ARROW_KEYS );
}

/** The module that follows in a course (found once the learner completes this one). */
export interface NextModule {
	/** Title or label of the module, as shown. */
	title: string;
	url: string;
}

/** Finds the module that follows in a course, if any. */
export type NextModuleFinder = () => Promise<NextModule | null> | NextModule | null;
