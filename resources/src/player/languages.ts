/**
 * The module's language versions for the player's language menu, and the translation state
 * of each step.
 *
 * The versions come from the server as the config variable `wgTrainingsLanguages` (set per
 * page view by the LanguageNoticeHandler, outside the parser cache). The translation state
 * is read from the server-rendered HTML of a translation page: Translate wraps units that
 * are not translated yet in elements with `lang` (the source language) and the class
 * `mw-content-ltr`/`mw-content-rtl`, and outdated ones in `.mw-translate-fuzzy` (design
 * record 0003 §1). Read here rather than marked by the parser: the cached HTML already says
 * it, and every cached page works without a new parse.
 */
import { ServerModule } from './serverModule';
import { ReaderChains } from '../shared/languageChoice';

/** One language version of the module. */
export interface LanguageOption {
	/** Language code, e.g. `fr`. */
	readonly code: string;
	/** Name of the language in that language, e.g. `français`. */
	readonly name: string;
	/** Address of the version. */
	readonly url: string;
	/** Whether this is the original (the base page). */
	readonly source: boolean;
	/** Percentage translated, when a translation system knows it. */
	readonly percent: number | null;
	/** Number of outdated parts, when known. */
	readonly outdated: number;
}

/** The language versions, as the player shows them. */
export interface PlayerLanguages {
	/** Code of the version shown. */
	readonly shown: string;
	/** The reader's language code. */
	readonly user: string;
	/** Where to help translate the module into the reader's language (null: it exists). */
	readonly translateUrl: string | null;
	/** Every version, the original first. */
	readonly versions: readonly LanguageOption[];
	/** The reader's language chains (for the subtitles of videos), when known. */
	readonly fallbacks?: ReaderChains | null;
}

/**
 * @param value The value of `wgTrainingsLanguages`, anything
 * @return The versions, or null when the value does not fit
 */
export function readLanguages( value: unknown ): PlayerLanguages | null {
	if ( typeof value !== 'object' || value === null ) {
		return null;
	}
	const raw = value as Record<string, unknown>;
	if ( typeof raw.shown !== 'string' || typeof raw.user !== 'string' || !Array.isArray( raw.versions ) ) {
		return null;
	}
	const versions: LanguageOption[] = [];
	for ( const item of raw.versions as unknown[] ) {
		const v = item as Record<string, unknown> | null;
		if ( v && typeof v === 'object' && typeof v.code === 'string' && typeof v.url === 'string' ) {
			versions.push( {
				code: v.code,
				name: typeof v.name === 'string' && v.name ? v.name : v.code,
				url: v.url,
				source: v.source === true,
				percent: typeof v.percent === 'number' ? v.percent : null,
				outdated: typeof v.outdated === 'number' ? v.outdated : 0,
			} );
		}
	}
	const chains = raw.fallbacks as Record<string, unknown> | null | undefined;
	const codes = ( v: unknown ): string[] | null => Array.isArray( v ) &&
		v.every( ( code ) => typeof code === 'string' ) ? v as string[] : null;
	const strict = chains && typeof chains === 'object' ? codes( chains.strict ) : null;
	const all = chains && typeof chains === 'object' ? codes( chains.all ) : null;
	return {
		shown: raw.shown,
		user: raw.user,
		translateUrl: typeof raw.translateUrl === 'string' ? raw.translateUrl : null,
		versions,
		fallbacks: strict && all ? { strict, all } : null,
	};
}

/**
 * @param url Address of a version
 * @param fragment Fragment of the current step (`#step-3`), or ''
 * @return The address that opens that version at the same step
 */
export function versionUrl( url: string, fragment: string ): string {
	const hash = url.indexOf( '#' );
	return ( hash === -1 ? url : url.slice( 0, hash ) ) + fragment;
}

/** Opens an address (another language version of the module). */
export type UrlOpener = ( url: string ) => void;

/** How much of a step is translated. */
export interface StepTranslation {
	/** Some of its text is shown in another language (not translated yet). */
	readonly untranslated: boolean;
	/** Some of its translation is outdated. */
	readonly outdated: boolean;
}

const WRAPPER_SELECTOR = '[lang].mw-content-ltr, [lang].mw-content-rtl';

/**
 * @param section A step's section (or any part of the page)
 * @param pageLanguage Language code of the page (its `lang`)
 * @return What Translate's markup in it says
 */
export function stepTranslation( section: Element, pageLanguage: string ): StepTranslation {
	const lang = pageLanguage.toLowerCase();
	const untranslated = Array.prototype.some.call(
		section.querySelectorAll( WRAPPER_SELECTOR ),
		( el: Element ) => ( el.getAttribute( 'lang' ) || '' ).toLowerCase() !== lang,
	) as boolean;
	return { untranslated, outdated: !!section.querySelector( '.mw-translate-fuzzy' ) };
}

/**
 * @param module The module
 * @return Language code of the page, from the closest `lang` around the module ('' if none)
 */
export function pageLanguageOf( module: ServerModule ): string {
	const el = module.root.closest( '[lang]' );
	return el ? el.getAttribute( 'lang' ) || '' : '';
}

const NOTE_CLASS = 'trainings-steplist-translation';

/**
 * Note in the step list which steps are partly untranslated or have an outdated translation.
 *
 * @param module The module
 * @param labels Texts of the notes
 * @param labels.untranslated
 * @param labels.outdated
 * @return The steps with a note, by number
 */
export function markStepTranslations(
	module: ServerModule,
	labels: { untranslated: string; outdated: string },
): Record<number, StepTranslation> {
	const lang = pageLanguageOf( module );
	const marked: Record<number, StepTranslation> = {};
	if ( !lang ) {
		return marked;
	}
	module.steps.forEach( ( step ) => {
		const state = stepTranslation( step.section, lang );
		const item = step.link ? step.link.closest( 'li' ) : null;
		if ( !state.untranslated && !state.outdated ) {
			return;
		}
		marked[ step.number ] = state;
		if ( !item || item.querySelector( '.' + NOTE_CLASS ) ) {
			return;
		}
		const notes = [
			state.outdated ? labels.outdated : '',
			state.untranslated ? labels.untranslated : '',
		].filter( Boolean );
		notes.forEach( ( text ) => {
			const note = item.ownerDocument.createElement( 'span' );
			note.className = NOTE_CLASS;
			note.textContent = text;
			item.append( ' ', note );
		} );
	} );
	return marked;
}
