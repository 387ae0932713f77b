/**
 * The facts of a module in the gadget's list (on another wiki, from the central wiki's
 * `list=trainings`): status (outdated and draft only, in words), level, duration, formats,
 * topics, languages, and how complete the translation is when it is partial or outdated, in
 * the order of the catalog's cards (CatalogCardRenderer.php, their one owner: design record
 * 0024).
 */
import { MwEnvironment } from '../shared/MwEnvironment';
import { CatalogEntry } from './catalogResponse';

/**
 * The central wiki's messages the facts need, besides the catalog's and the player's (which
 * no longer write them: the server renders the catalog's cards).
 */
export const FACT_MESSAGES = [
	'comma-separator',
	'trainings-catalog-card-duration',
	'trainings-catalog-card-languages-more',
	'trainings-catalog-card-translation-outdated',
	'trainings-catalog-card-translation-partial',
	'trainings-catalog-format-image',
	'trainings-catalog-format-quiz',
	'trainings-catalog-format-video',
	'trainings-meta-level-advanced',
	'trainings-meta-level-beginner',
	'trainings-meta-level-intermediate',
	'trainings-meta-status-draft',
	'trainings-meta-status-outdated',
];

/** How many language names a card lists before it says "and N more". */
export const LANGUAGES_SHOWN = 3;

export interface Chip {
	/** What the chip is about: class `ext-trainings-card__chip--<kind>`. */
	readonly kind: 'progress' | 'status' | 'level' | 'duration' | 'format' | 'topics' | 'languages' | 'translation';
	/**
	 * For progress, status and format chips: `completed`, `outdated`, `quiz`… (another
	 * modifier class).
	 */
	readonly value?: string;
	/** A symbol before the text that only repeats it (hidden from screen readers): `✓ `. */
	readonly mark?: string;
	readonly text: string;
}

const LEVELS = [ 'beginner', 'intermediate', 'advanced' ];
const FORMATS = [ 'quiz', 'video', 'image' ];

/**
 * @param languages The module's language codes, the source language first
 * @param env For messages and numbers
 * @param languageName The name of a language code in the user's language
 * @return The first languages by name, and how many more
 */
function languagesChip(
	languages: readonly string[],
	env: Pick<MwEnvironment, 'message' | 'formatNumber'>,
	languageName: ( code: string ) => string,
): Chip {
	const names = languages.slice( 0, LANGUAGES_SHOWN ).map( languageName )
		.join( env.message( 'comma-separator' ) );
	const more = languages.length - LANGUAGES_SHOWN;
	return {
		kind: 'languages',
		text: more > 0 ?
			env.message( 'trainings-catalog-card-languages-more', names, env.formatNumber( more ) ) :
			names,
	};
}

/**
 * @param entry A module
 * @param env For messages and numbers
 * @param languageName The name of a language code in the user's language
 * @return The chips, in display order
 */
export function cardChips(
	entry: CatalogEntry,
	env: Pick<MwEnvironment, 'message' | 'formatNumber'>,
	languageName: ( code: string ) => string,
): Chip[] {
	const chips: Chip[] = [];
	if ( entry.status === 'outdated' || entry.status === 'draft' ) {
		// Messages that can be used here:
		// * trainings-meta-status-outdated
		// * trainings-meta-status-draft
		chips.push( { kind: 'status', value: entry.status, text: env.message( 'trainings-meta-status-' + entry.status ) } );
	}
	if ( entry.level !== null && LEVELS.includes( entry.level ) ) {
		// Messages that can be used here:
		// * trainings-meta-level-beginner
		// * trainings-meta-level-intermediate
		// * trainings-meta-level-advanced
		chips.push( { kind: 'level', text: env.message( 'trainings-meta-level-' + entry.level ) } );
	}
	if ( entry.duration !== null ) {
		chips.push( {
			kind: 'duration',
			text: env.message( 'trainings-catalog-card-duration', env.formatNumber( entry.duration ) ),
		} );
	}
	entry.formats.filter( ( format ) => FORMATS.includes( format ) ).forEach( ( format ) => {
		// Messages that can be used here:
		// * trainings-catalog-format-quiz
		// * trainings-catalog-format-video
		// * trainings-catalog-format-image
		chips.push( { kind: 'format', value: format, text: env.message( 'trainings-catalog-format-' + format ) } );
	} );
	if ( entry.topics.length > 0 ) {
		chips.push( {
			kind: 'topics',
			text: entry.topics.map( ( topic ) => topic.label ).join( env.message( 'comma-separator' ) ),
		} );
	}
	if ( entry.languages.length > 0 ) {
		chips.push( languagesChip( entry.languages, env, languageName ) );
	}
	const translation = entry.translation;
	if ( translation && translation.outdated > 0 ) {
		chips.push( {
			kind: 'translation',
			value: 'outdated',
			text: env.message( 'trainings-catalog-card-translation-outdated', languageName( translation.language ),
				env.formatNumber( translation.percent ), env.formatNumber( translation.outdated ) ),
		} );
	} else if ( translation && translation.percent < 100 ) {
		chips.push( {
			kind: 'translation',
			value: 'partial',
			text: env.message( 'trainings-catalog-card-translation-partial', languageName( translation.language ),
				env.formatNumber( translation.percent ) ),
		} );
	}
	return chips;
}
