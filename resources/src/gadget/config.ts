/**
 * Where the gadget finds the central wiki. The installing wiki sets it in the gadget's JSON
 * page (`MediaWiki:Gadget-trainings-config.json`, `{"centralApi": "…/api.php"}`), or a site
 * script sets `mw.config` `trainingsGadgetCentralApi` before the gadget runs; without either,
 * Meta-Wiki. Only interface administrators edit either, which matters: the gadget puts HTML
 * from that wiki into the page.
 */

/** Meta-Wiki, where the central trainings are meant to live. */
export const DEFAULT_CENTRAL_API = 'https://meta.wikimedia.org/w/api.php';

/** The gadget's settings. */
export interface GadgetConfig {
	/** The central wiki's `api.php`. */
	readonly centralApi: string;
	/** Its `load.php` (for the module pages' styles). */
	readonly centralLoad: string;
	/** Its origin, e.g. `https://meta.wikimedia.org` (for the links of parsed pages). */
	readonly centralOrigin: string;
}

/**
 * @param value An address, anything
 * @return Whether it is an absolute http(s) address
 */
function isHttpUrl( value: unknown ): value is string {
	return typeof value === 'string' && /^https?:\/\/[^/\s]+\/\S*$/.test( value );
}

/**
 * @param json The JSON page's content (anything)
 * @param configured The `mw.config` value (anything)
 * @return The settings; an unusable value counts as not set
 */
export function readGadgetConfig( json: unknown, configured: unknown ): GadgetConfig {
	const fromJson = json && typeof json === 'object' ?
		( json as Record<string, unknown> ).centralApi : undefined;
	const api = isHttpUrl( configured ) ? configured :
		isHttpUrl( fromJson ) ? fromJson : DEFAULT_CENTRAL_API;
	const origin = /^https?:\/\/[^/]+/.exec( api );
	return {
		centralApi: api,
		centralLoad: api.replace( /api\.php(\?.*)?$/, 'load.php' ),
		centralOrigin: origin ? origin[ 0 ] : '',
	};
}
