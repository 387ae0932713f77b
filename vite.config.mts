/**
 * Builds the TypeScript/Vue sources in resources/src into ResourceLoader package files in
 * resources/dist: one CommonJS file (plus its CSS) per ResourceLoader module.
 *
 * `vue` and `@wikimedia/codex` stay external; ResourceLoader provides them (`vue` module, and
 * the `codex.js` package file that CodexModule generates from `codexComponents`).
 *
 * Each module is a build of its own, so that code shared by two modules is compiled into
 * both instead of being split into a chunk that ResourceLoader could not load: `vite build`
 * builds the first module, then the others one after the other (see `buildTheOthers`).
 *
 * The output is deterministic and committed. Build elsewhere (freshness check) with
 * `vite build --outDir DIR` or `TRAININGS_BUILD_OUT_DIR=DIR vite build`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, InlineConfig, Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';

/** ResourceLoader module name => entry point. */
const entries: Record<string, string> = {
	'ext.trainings.catalog': 'resources/src/catalog/init.ts',
	'ext.trainings.player': 'resources/src/player/init.ts',
	'ext.trainings.course': 'resources/src/course/init.ts',
};

const root = dirname( fileURLToPath( import.meta.url ) );

/**
 * The build of one ResourceLoader module.
 *
 * @param module Module name, a key of `entries`
 * @param outDir Output directory (resources/dist)
 * @param isFirst Whether this is the first build (which empties outDir)
 * @return Vite configuration
 */
function moduleConfig( module: string, outDir: string, isFirst: boolean ): InlineConfig {
	return {
		root: root,
		configFile: false,
		// No public/ copying, no .env loading surprises.
		publicDir: false,
		envDir: false,
		logLevel: 'warn',
		plugins: [ vue() ],
		build: {
			outDir,
			emptyOutDir: isFirst,
			target: 'es2017',
			minify: false,
			sourcemap: false,
			copyPublicDir: false,
			reportCompressedSize: false,
			cssCodeSplit: true,
			lib: {
				entry: { [ `${ module }/index` ]: resolve( root, entries[ module ] ) },
				formats: [ 'cjs' ],
				fileName: ( _format, entryName ) => `${ entryName }.js`,
			},
			rollupOptions: {
				external: [ 'vue', '@wikimedia/codex' ],
				output: {
					paths: { '@wikimedia/codex': './codex.js' },
					exports: 'named',
					// Readable (not minified: ResourceLoader minifies), but without the JSDoc
					// blocks, which only repeat resources/src and would double the bytes.
					comments: { legal: true, annotation: false, jsdoc: false },
					assetFileNames: ( asset ) => {
						// CSS extracted from the entry's SFCs: put it next to the entry's JS.
						if ( asset.names.some( ( name ) => name.endsWith( '.css' ) ) ) {
							return `${ module }/index.css`;
						}
						throw new Error( `Unexpected asset ${ asset.names.join( ', ' ) }` );
					},
				},
			},
		},
	};
}

/**
 * The offline player (issue 8): not a ResourceLoader module but one small self-running
 * script and its stylesheet, minified, which the PHP exporter inlines into exported files
 * (`offline/offline.js`, `offline/offline.css`).
 *
 * @param outDir Output directory (resources/dist)
 * @return Vite configuration
 */
function offlineConfig( outDir: string ): InlineConfig {
	return {
		root,
		configFile: false,
		publicDir: false,
		envDir: false,
		logLevel: 'warn',
		plugins: [ withoutCssMarker() ],
		build: {
			outDir,
			emptyOutDir: false,
			target: 'es2017',
			// Logical properties as they are (no left/right copies per language).
			cssTarget: [ 'chrome89', 'firefox68', 'safari15' ],
			minify: true,
			sourcemap: false,
			copyPublicDir: false,
			reportCompressedSize: false,
			lib: {
				entry: resolve( root, 'resources/src/offline/init.ts' ),
				formats: [ 'iife' ],
				name: 'trainingsOffline',
				fileName: () => 'offline/offline.js',
			},
			rollupOptions: {
				output: {
					comments: false,
					assetFileNames: () => 'offline/offline.css',
				},
			},
		},
	};
}

/**
 * Vite ends the CSS of a library build with a `/*$vite$:1*\/` marker; the offline stylesheet
 * is inlined into every exported file, where the marker would be bytes for nothing.
 *
 * @return Vite plugin
 */
function withoutCssMarker(): Plugin {
	return {
		name: 'trainings-offline-without-css-marker',
		enforce: 'post',
		generateBundle( _options, bundle ) {
			for ( const file of Object.values( bundle ) ) {
				if ( file.type === 'asset' && typeof file.source === 'string' ) {
					file.source = file.source.replace( /\s*\/\*\$vite\$:\d+\*\/\s*$/, '\n' );
				}
			}
		},
	};
}

/** The gadget's pages on a wiki, as the build writes them into resources/dist/gadget/. */
const GADGET_FILES = {
	loader: 'trainings.js',
	app: 'trainings-app.js',
	css: 'trainings-app.css',
	config: 'trainings-config.json',
};

/**
 * The gadget (issue 9, design record 0006): a tiny loader (`trainings`, on every page: the
 * tools link) and the app (`trainings-app`, loaded on click: the dialog, the catalog and the
 * extension's player), both built from resources/src like the extension's modules, for the
 * Gadgets extension of wikis without the extension. Their messages come from i18n/*.json
 * (virtual modules, see gadgetMessages), and the build writes the gadget definition and the
 * default settings page beside them (dev/install-gadget.mjs installs them).
 *
 * @param outDir Output directory (resources/dist)
 * @param part The loader or the app
 * @return Vite configuration
 */
function gadgetConfig( outDir: string, part: 'loader' | 'app' ): InlineConfig {
	const isApp = part === 'app';
	return {
		root,
		configFile: false,
		publicDir: false,
		envDir: false,
		logLevel: 'warn',
		plugins: isApp ? [ vue(), gadgetMessages(), gadgetDefinition() ] : [ gadgetMessages() ],
		build: {
			outDir,
			emptyOutDir: false,
			// ResourceLoader checks the JavaScript of wiki pages as ES2016 (Peast) and serves
			// an error instead of code it cannot parse, e.g. `async function`.
			target: 'es2016',
			minify: false,
			sourcemap: false,
			copyPublicDir: false,
			reportCompressedSize: false,
			lib: {
				entry: resolve( root, `resources/src/gadget/${ part }.ts` ),
				// The app is a package gadget (require, exports); the loader runs as it is.
				formats: [ isApp ? 'cjs' : 'iife' ],
				name: 'trainingsGadget',
				fileName: () => `gadget/${ GADGET_FILES[ part ] }`,
			},
			rollupOptions: {
				external: [ 'vue', '@wikimedia/codex' ],
				output: {
					exports: isApp ? 'named' : 'none',
					comments: { legal: true, annotation: false, jsdoc: false },
					assetFileNames: () => `gadget/${ GADGET_FILES.css }`,
				},
			},
		},
	};
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
					( modules[ name ].messages || [] ).forEach( ( key ) => keys.add( key ) );
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

/**
 * Once the first module is built, build the others into the same directory.
 *
 * @param others Their names
 * @return Vite plugin
 */
function buildTheOthers( others: string[] ): Plugin {
	let outDir = '';
	return {
		name: 'trainings-build-the-other-modules',
		apply: 'build',
		configResolved( config ) {
			outDir = config.build.outDir;
		},
		async closeBundle( error?: Error ) {
			if ( error ) {
				return;
			}
			for ( const module of others ) {
				await build( moduleConfig( module, outDir, false ) );
			}
			await build( offlineConfig( outDir ) );
			await build( gadgetConfig( outDir, 'loader' ) );
			await build( gadgetConfig( outDir, 'app' ) );
		},
	};
}

const [ firstModule, ...otherModules ] = Object.keys( entries );
const first = moduleConfig(
	firstModule,
	resolve( root, process.env.TRAININGS_BUILD_OUT_DIR || 'resources/dist' ),
	true,
);

export default defineConfig( {
	...first,
	configFile: undefined,
	plugins: [ ...( first.plugins || [] ), buildTheOthers( otherModules ) ],
} );
