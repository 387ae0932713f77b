/**
 * Entry point of the gadget's app (`ext.gadget.trainings-app`, loaded by the tools link, see
 * loader.ts): the dialog with the central wiki's catalog and the extension's player.
 */
import { createMwApp } from 'vue';
import { createBrowserProgressStore } from '../progress';
import { bundled, centralKeys } from 'virtual:trainings-gadget-messages';
import { FACT_MESSAGES } from './cardChips';
import { readGadgetConfig } from './config';
import { createGadgetEnvironment } from './foreignEnvironment';
import { createGadgetMessages, pickBundled } from './messages';
import TrainingsDialog from './TrainingsDialog.vue';

/** The package gadget's `require` (its JSON settings page). */
declare const require: ( name: string ) => unknown;

/** What the loader calls. */
export interface GadgetApp {
	show(): void;
}

/**
 * @return The installing wiki's settings page, or null when it has none
 */
function settingsPage(): unknown {
	try {
		return require( './trainings-config.json' );
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	} catch ( error ) {
		return null;
	}
}

/** `Intl.DisplayNames` (ES2020: not in the library this code is typed against). */
type DisplayNames = new ( locales: string[], options: { type: 'language' } ) => {
	of( code: string ): string | undefined;
};

/**
 * @param language The reader's language
 * @return Language code => its name in the reader's language (the code when unknown)
 */
function languageNamer( language: string ): ( code: string ) => string {
	const Names = ( Intl as unknown as { DisplayNames?: DisplayNames } ).DisplayNames;
	let names: InstanceType<DisplayNames> | null = null;
	try {
		names = Names ? new Names( [ language, 'en' ], { type: 'language' } ) : null;
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	} catch ( error ) {
		names = null;
	}
	return ( code ) => {
		try {
			return ( names && names.of( code ) ) || code;
		// eslint-disable-next-line @typescript-eslint/no-unused-vars
		} catch ( error ) {
			return code;
		}
	};
}

let mounted: GadgetApp | null = null;

/**
 * Mount the dialog (once) and open it.
 *
 * @return The app
 */
export function showTrainings(): GadgetApp {
	if ( !mounted ) {
		const chain = mw.language.getFallbackLanguageChain();
		const config = readGadgetConfig( settingsPage(), mw.config.get( 'trainingsGadgetCentralApi' ) );
		const messages = createGadgetMessages( mw, pickBundled( bundled, chain ) );
		const env = createGadgetEnvironment( mw, config.centralApi, messages );
		const el = document.createElement( 'div' );
		el.className = 'trainings-gadget-root';
		document.body.appendChild( el );
		const app = createMwApp( TrainingsDialog, {
			env,
			config,
			messages,
			centralKeys: centralKeys.concat( FACT_MESSAGES ),
			store: createBrowserProgressStore( env.localStorage() ),
			chain,
			languageName: languageNamer( chain[ 0 ] || 'en' ),
		} );
		app.config.errorHandler = ( error ) => env.logError( error, 'error.vue' );
		mounted = app.mount( el ) as unknown as GadgetApp;
	}
	mounted.show();
	return mounted;
}
