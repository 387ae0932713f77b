/**
 * Mount the module player on a server-rendered `.trainings-module`.
 */
import { App, createApp, markRaw } from 'vue';
import { MwEnvironment } from '../shared/MwEnvironment';
import { mwEnvironmentKey } from '../shared/injectionKeys';
import { NextModuleFinder, PlayerHost, windowHost } from './host';
import { PlayerLanguages, UrlOpener } from './languages';
import ModulePlayer from './ModulePlayer.vue';
import { PlayerProgress } from './playerProgress';
import { PlayerState } from './playerState';
import { readServerModule } from './serverModule';
import { keepClearOfBar } from './clearOfBar';

export interface PlayerOptions {
	/** Creates the Vue app; MediaWiki's `createMwApp` on a wiki, Vue's `createApp` elsewhere. */
	createApp?: typeof createApp;
	/** The page address; defaults to the window's. */
	host?: PlayerHost;
	/** Link of the completion view to the catalog (Special:Trainings). */
	catalogUrl?: string;
	/**
	 * Hook point for courses: finds the next module once the learner completes this one,
	 * for a link in the completion view.
	 */
	findNextModule?: NextModuleFinder;
	/**
	 * Where to record the learner's progress and resume from; without it the player
	 * records nothing (and the completion view does not check the completion rule).
	 */
	progress?: PlayerProgress;
	/** The module's language versions, for the language menu. */
	languages?: PlayerLanguages | null;
	/** Opens another language version; defaults to the window's location. */
	navigate?: UrlOpener;
	/** Called after each move. */
	onChange?: ( state: PlayerState ) => void;
	/** Called when the learner completes the module. */
	onComplete?: () => void;
}

/**
 * Turn the long-form module into the step-by-step player. The server's HTML stays where it
 * is: the player adds its header at the top of the module and its navigation at the end,
 * and shows one part at a time.
 *
 * @param root The `.trainings-module` element
 * @param env What the app needs from `mw`
 * @param options See {@link PlayerOptions}
 * @return The mounted app (unmounting it gives the long form back), or null when the
 *  module has no steps
 */
export function mountPlayer(
	root: HTMLElement,
	env: MwEnvironment,
	options: PlayerOptions = {},
): App | null {
	const module = readServerModule( root );
	if ( !module ) {
		return null;
	}
	const doc = root.ownerDocument;
	const header = doc.createElement( 'div' );
	const footer = doc.createElement( 'div' );
	header.className = 'trainings-player';
	footer.className = 'trainings-player trainings-player-footer';
	root.insertBefore( header, root.firstChild );
	root.appendChild( footer );

	const app = ( options.createApp || createApp )( ModulePlayer, {
		module: markRaw( module ),
		footer: markRaw( footer ),
		host: options.host || windowHost( window ),
		catalogUrl: options.catalogUrl,
		findNextModule: options.findNextModule,
		progress: options.progress,
		languages: options.languages ? markRaw( options.languages ) : null,
		navigate: options.navigate,
		onChange: options.onChange,
		onComplete: options.onComplete,
	} );
	app.provide( mwEnvironmentKey, env );
	app.config.errorHandler = ( error ) => env.logError( error, 'error.vue' );
	app.mount( header );
	root.classList.add( 'trainings-module--player' );
	keepClearOfBar( root );
	return app;
}
