/**
 * The gadget's interface messages. Its own few texts (the tools link, the dialog's frame and
 * its errors) are bundled at build time from i18n/*.json, so they show even when the central
 * wiki cannot be reached; the player's, the quiz's and the catalog cards' come from the
 * central wiki (`meta=allmessages` in the reader's language), which has the extension and
 * its translations. They live in a map of their own, not in the host wiki's `mw.messages`.
 */

/** What the gadget needs of `mw` for messages. */
type MwForMessages = Pick<typeof mw, 'Map' | 'Message'>;

export interface GadgetMessages {
	/** `mw.message( key, ...params ).text()` over the gadget's messages. */
	text( key: string, ...params: ( string | number )[] ): string;
	/** Add (or replace) messages. */
	add( messages: Record<string, string> ): void;
	/** Whether a message is known. */
	has( key: string ): boolean;
}

/**
 * @param bundled Language code => messages
 * @param chain The reader's language and its fallbacks, best first
 * @return The messages in the best language that has each, English last
 */
export function pickBundled(
	bundled: Record<string, Record<string, string>>,
	chain: readonly string[],
): Record<string, string> {
	const picked: Record<string, string> = {};
	[ 'en' ].concat( chain.slice().reverse() ).forEach( ( code ) => {
		Object.assign( picked, bundled[ code ] || {} );
	} );
	return picked;
}

/**
 * @param mwGlobal The `mw` global
 * @param initial Messages to start with
 * @return The messages
 */
export function createGadgetMessages(
	mwGlobal: MwForMessages,
	initial: Record<string, string>,
): GadgetMessages {
	const map = new mwGlobal.Map();
	map.set( initial );
	// mw.Message takes any map; its constructor is public in fact, not in the types.
	const Message = mwGlobal.Message as unknown as new (
		messages: unknown, key: string, params: ( string | number )[]
	) => mw.Message;
	return {
		text: ( key, ...params ) => new Message( map, key, params ).text(),
		add( messages ): void {
			map.set( messages );
		},
		has: ( key ) => map.exists( key ),
	};
}
