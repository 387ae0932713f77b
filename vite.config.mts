/**
 * Builds the TypeScript/Vue sources in resources/src into resources/dist: one CommonJS file
 * (plus its CSS) per ResourceLoader module, the offline player the exporter inlines, and the
 * gadget (dev/build/gadget.mts). Every bundle is an entry of the table below on the one base
 * configuration of dev/build/base.mts, built on its own: `vite build` builds the first, then
 * the others one after the other (`buildTheOthers`).
 *
 * `vue` and `@wikimedia/codex` stay external; ResourceLoader provides them (`vue` module, and
 * the `codex.js` package file that CodexModule generates from `codexComponents`).
 *
 * The output is deterministic and committed. Build elsewhere (freshness check) with
 * `vite build --outDir DIR` or `TRAININGS_BUILD_OUT_DIR=DIR vite build`.
 */
import { resolve } from 'node:path';
import { build, defineConfig, Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';
import { Bundle, bundleConfig, root, withoutCssMarker } from './dev/build/base.mts';
import { gadgetBundles } from './dev/build/gadget.mts';

/**
 * @param module A ResourceLoader module's name
 * @param source Its entry point
 * @return Its bundle
 */
function resourceLoaderModule( module: string, source: string ): Bundle {
	// The script minified here, local names included: ResourceLoader's minifier keeps every
	// name, and the player then weighs a quarter more on a slow connection. The code to read is
	// resources/src. The stylesheet is left to ResourceLoader: its rules and their order as
	// written (the cascade with the skin's and Codex's styles).
	return { source, file: `${ module }/index.js`, css: `${ module }/index.css`, format: 'cjs',
		codexFile: true, exports: 'named', cssCodeSplit: true, plugins: [ vue() ], minify: true, cssMinify: false };
}

/** Every bundle, in build order. */
const bundles: Bundle[] = [
	resourceLoaderModule( 'ext.trainings.catalog', 'resources/src/catalog/init.ts' ),
	// Module and course pages alike (page/init.ts decides which the page needs).
	resourceLoaderModule( 'ext.trainings.player', 'resources/src/page/init.ts' ),
	// Not a ResourceLoader module: one small self-running script and its stylesheet, minified,
	// which the PHP exporter inlines into exported files.
	{ source: 'resources/src/offline/init.ts', file: 'offline/offline.js', css: 'offline/offline.css',
		format: 'iife', globalName: 'trainingsOffline', minify: true, external: false,
		// Logical properties as they are (no left/right copies per language).
		cssTarget: [ 'chrome89', 'firefox68', 'safari15' ], plugins: [ withoutCssMarker() ] },
	...gadgetBundles(),
];

/**
 * Once the first bundle is built, build the others into the same directory.
 *
 * @param others Their descriptions
 * @return Vite plugin
 */
function buildTheOthers( others: Bundle[] ): Plugin {
	let outDir = '';
	return {
		name: 'trainings-build-the-others',
		apply: 'build',
		configResolved( config ) {
			outDir = config.build.outDir;
		},
		async closeBundle( error?: Error ) {
			if ( error ) {
				return;
			}
			for ( const bundle of others ) {
				await build( bundleConfig( bundle, outDir ) );
			}
		},
	};
}

const [ firstBundle, ...otherBundles ] = bundles;
const first = bundleConfig( firstBundle,
	resolve( root, process.env.TRAININGS_BUILD_OUT_DIR || 'resources/dist' ), true );

export default defineConfig( {
	...first,
	configFile: undefined,
	plugins: [ ...( first.plugins || [] ), buildTheOthers( otherBundles ) ],
} );
