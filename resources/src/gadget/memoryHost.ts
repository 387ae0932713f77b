/**
 * The player's address in the gadget: kept in memory, never in the host page's address (the
 * host wiki owns its fragment and history). Links to `#…` inside the dialog go through
 * `follow()`, which plays the part of the browser's `hashchange`.
 */
import { PlayerHost } from '../player/host';

export interface MemoryHost extends PlayerHost {
	/** Go to a fragment as a link would, and tell the listeners. */
	follow( hash: string ): void;
}

/**
 * @param initial The fragment to start at, with its `#` (or '')
 * @return The host
 */
export function createMemoryHost( initial = '' ): MemoryHost {
	let hash = initial;
	const listeners: ( () => void )[] = [];
	return {
		getHash: () => hash,
		replaceHash( newHash: string ): void {
			hash = newHash;
		},
		listen( onChange: () => void ): () => void {
			listeners.push( onChange );
			return () => {
				const i = listeners.indexOf( onChange );
				if ( i !== -1 ) {
					listeners.splice( i, 1 );
				}
			};
		},
		follow( newHash: string ): void {
			hash = newHash;
			listeners.slice().forEach( ( listener ) => listener() );
		},
	};
}
