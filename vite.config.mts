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
