/**
 * The gadget `trainings` (on every page, a few hundred bytes): a "Trainings" link in the
 * tools menu that loads the app (`ext.gadget.trainings-app`: Vue, Codex, the player) only
 * when a reader clicks it. Whatever fails is reported; the host page never breaks.
 */
import { bundled } from 'virtual:trainings-gadget-link-messages';
import { pickBundled } from './messages';

const APP_MODULE = 'ext.gadget.trainings-app';

/**
 * Add the link.
 */
function addLink(): void {
	// The user language and its base (`de-at` → `de`); not mediawiki.language for a label.
	const language = String( mw.config.get( 'wgUserLanguage' ) || 'en' );
	const texts = pickBundled( bundled, [ language, language.split( '-' )[ 0 ] ] );
	const item = mw.util.addPortletLink(
		'p-tb', '#', texts[ 'trainings-gadget-link' ], 't-trainings-gadget',
		texts[ 'trainings-gadget-link-tooltip' ],
	);
	const link = item && item.querySelector( 'a' );
	if ( !link ) {
		return;
	}
	link.addEventListener( 'click', ( event ) => {
		event.preventDefault();
		mw.loader.using( APP_MODULE ).then( ( req ) => {
			const app = req( APP_MODULE ) as { showTrainings?: () => void } | null;
			if ( !app || typeof app.showTrainings !== 'function' ) {
				throw new Error( APP_MODULE + ' did not load' );
			}
			app.showTrainings();
		} ).catch( ( error: unknown ) => {
			mw.log.error( error instanceof Error ? error : String( error ) );
		} );
	} );
}

try {
	addLink();
} catch ( error ) {
	mw.log.error( error instanceof Error ? error : String( error ) );
}
