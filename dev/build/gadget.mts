/**
 * The gadget's packaging (design record 0006), for vite.config.mts: its two bundles, its
 * messages from i18n/*.json, and the gadget definition and default settings page written
 * beside them in resources/dist/gadget/ (dev/install-gadget.mjs installs them on a wiki).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';
import { Bundle, root } from './base.mts';

/** The gadget's pages on a wiki, as the build writes them into resources/dist/gadget/. */
export const GADGET_FILES = {
	loader: 'trainings.js',
	app: 'trainings-app.js',
	css: 'trainings-app.css',
	config: 'trainings-config.json',
};

/**
 * The gadget (design record 0006): a tiny loader (`trainings`, on every page: the
 * tools link) and the app (`trainings-app`, loaded on click: the dialog, the catalog and the
 * extension's player), both built from resources/src like the extension's modules, for the
 * Gadgets extension of wikis without the extension. Their messages come from i18n/*.json
 * (virtual modules, see gadgetMessages), and the build writes the gadget definition and the
 * default settings page beside them (dev/install-gadget.mjs installs them).
 *
 * @return The loader's and the app's bundles, in that order
 */
export function gadgetBundles(): Bundle[] {
	const common = {
		// ResourceLoader checks the JavaScript of wiki pages as ES2016 (Peast) and serves
		// an error instead of code it cannot parse, e.g. `async function`.
		target: 'es2016' as const,
		globalName: 'trainingsGadget',
		css: `gadget/${ GADGET_FILES.css }`,
	};
	return [
		// The loader runs as it is; the app is a package gadget (require, exports).
		{ ...common, source: 'resources/src/gadget/loader.ts', file: `gadget/${ GADGET_FILES.loader }`,
			format: 'iife', exports: 'none', plugins: [ gadgetMessages() ] },
		{ ...common, source: 'resources/src/gadget/app.ts', file: `gadget/${ GADGET_FILES.app }`,
			format: 'cjs', exports: 'named', plugins: [ vue(), gadgetMessages(), gadgetDefinition() ] },
	];
}

/**
 * `virtual:trainings-gadget-messages`: the gadget's own messages (`trainings-gadget-*`) in
 * every language of i18n/, and the keys of the messages the app asks of the central wiki
 * (the player's and the catalog's, as extension.json lists them for ResourceLoader).
 * `virtual:trainings-gadget-link-messages`: only the tools link's two.
 *
 * @return Vite plugin
 */
function gadgetMessages(): Plugin {
	const ids: Record<string, ( key: string ) => boolean> = {
		'virtual:trainings-gadget-messages': ( key ) => key.startsWith( 'trainings-gadget-' ),
		'virtual:trainings-gadget-link-messages': ( key ) => key.startsWith( 'trainings-gadget-link' ),
	};
	const read = ( file: string ): Record<string, unknown> => JSON.parse( readFileSync( resolve( root, file ), 'utf8' ) );
	return {
		name: 'trainings-gadget-messages',
		resolveId: ( id ) => ( id in ids ? '\0' + id : null ),
		load( id ) {
			const wanted = id.startsWith( '\0' ) ? ids[ id.slice( 1 ) ] : undefined;
			if ( !wanted ) {
				return null;
			}
			const bundled: Record<string, Record<string, string>> = {};
			for ( const file of readdirSync( resolve( root, 'i18n' ) ).sort() ) {
				const code = file.replace( /\.json$/, '' );
				if ( !file.endsWith( '.json' ) || code === 'qqq' ) {
					continue;
				}
				const messages = read( `i18n/${ file }` );
				bundled[ code ] = {};
				for ( const key of Object.keys( messages ).filter( wanted ).sort() ) {
					bundled[ code ][ key ] = String( messages[ key ] );
				}
			}
			let source = `export const bundled = ${ JSON.stringify( bundled ) };\n`;
			if ( id === '\0virtual:trainings-gadget-messages' ) {
				const modules = read( 'extension.json' ).ResourceModules as Record<string, { messages?: string[] }>;
				const keys = new Set<string>();
				for ( const name of [ 'ext.trainings.player', 'ext.trainings.catalog' ] ) {
					( modules[ name ].messages || [] )
						// The player's module also shows course pages' progress, which the gadget does not.
						.filter( ( key ) => name !== 'ext.trainings.player' || !key.startsWith( 'trainings-course-' ) )
						.forEach( ( key ) => keys.add( key ) );
				}
				source += `export const centralKeys = ${ JSON.stringify( Array.from( keys ).sort() ) };\n`;
			}
			return source;
		},
	};
}

/**
 * The gadget definition (two lines of MediaWiki:Gadgets-definition, MediaWiki 1.43) and the
 * default settings page (Meta-Wiki as the central wiki).
 *
 * @return Vite plugin
 */
function gadgetDefinition(): Plugin {
	return {
		name: 'trainings-gadget-definition',
		generateBundle() {
			const appDependencies = [
				'vue', '@wikimedia/codex', 'mediawiki.ForeignApi', 'mediawiki.jqueryMsg',
				'mediawiki.language', 'mediawiki.storage',
			];
			this.emitFile( {
				type: 'asset',
				fileName: 'gadget/Gadgets-definition.txt',
				source: [
					'* trainings[ResourceLoader|package|default|dependencies=mediawiki.util|type=general]|' +
						GADGET_FILES.loader,
					`* trainings-app[ResourceLoader|package|hidden|dependencies=${ appDependencies.join( ',' ) }` +
						`|type=general]|${ GADGET_FILES.app }|${ GADGET_FILES.css }|${ GADGET_FILES.config }`,
					'',
				].join( '\n' ),
			} );
			this.emitFile( {
				type: 'asset',
				fileName: `gadget/${ GADGET_FILES.config }`,
				source: JSON.stringify( { centralApi: 'https://meta.wikimedia.org/w/api.php' }, null, '\t' ) + '\n',
			} );
		},
	};
}
