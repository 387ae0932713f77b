/**
 * The cards of the enhanced catalog: `list=trainings&trprop=card` gives each module's card as
 * the server renders it on Special:Trainings, in the reader's language (design record 0024).
 * The response is read defensively: an item without a key or card is left out.
 */

/** One module card. */
export interface CatalogCard {
	/** DB key of the module's base page, e.g. `How_to_talk_to_partners`. */
	readonly key: string;
	/** Its title in the version the card shows ("Continue where you left off" uses it). */
	readonly displaytitle: string;
	/** The server's `li.ext-trainings-catalog__item`. */
	readonly html: string;
}

/** One page of results. */
export interface CardsPage {
	readonly cards: readonly CatalogCard[];
	/** `trcontinue` for the next page, or null on the last page. */
	readonly continueFrom: string | null;
}

type Json = Record<string, unknown>;

function isObject( value: unknown ): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray( value );
}

/**
 * @param item One element of `query.trainings`
 * @return The card, or null
 */
function readCard( item: unknown ): CatalogCard | null {
	if ( !isObject( item ) || typeof item.key !== 'string' || typeof item.card !== 'string' || item.key === '' ) {
		return null;
	}
	const title = typeof item.displaytitle === 'string' ? item.displaytitle : '';
	return { key: item.key, displaytitle: title || item.key.replace( /_/g, ' ' ), html: item.card };
}

/**
 * @param data Decoded JSON of a `list=trainings&trprop=card` response (formatversion=2)
 * @return Its cards and continuation
 * @throws {Error} When the response holds no list at all
 */
export function readCardsResponse( data: unknown ): CardsPage {
	const query = isObject( data ) ? data.query : undefined;
	const list = isObject( query ) ? query.trainings : undefined;
	if ( !Array.isArray( list ) ) {
		throw new Error( 'The list=trainings response has no query.trainings list' );
	}
	const cont = isObject( data ) ? data.continue : undefined;
	return {
		cards: list.map( readCard ).filter( ( card ): card is CatalogCard => card !== null ),
		continueFrom: isObject( cont ) && typeof cont.trcontinue === 'string' ? cont.trcontinue : null,
	};
}
