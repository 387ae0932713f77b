/**
 * Builds the TypeScript/Vue sources in resources/src into ResourceLoader package files in
 * resources/dist: one CommonJS file (plus its CSS) per ResourceLoader module.
 *
 * `vue` and `@wikimedia/codex` stay external; ResourceLoader provides them (`vue` module, and
 * the `codex.js` package file that CodexModule generates from `codexComponents`).
 *
 * The output is deterministic and committed. Build elsewhere (freshness check) with
 * `vite build --outDir DIR` or `TRAININGS_BUILD_OUT_DIR=DIR vite build`.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

/** ResourceLoader module name => entry point. */
const entries: Record<string, string> = {
	'ext.trainings.catalog': 'resources/src/catalog/init.ts',
};

const root = dirname( fileURLToPath( import.meta.url ) );

const moduleOfEntry = new Map(
	Object.entries( entries ).map( ( [ module, file ] ) => [ file, module ] ),
);

export default defineConfig( {
	root: root,
	// No public/ copying, no .env loading surprises.
	publicDir: false,
	envDir: false,
	logLevel: 'warn',
	plugins: [ vue() ],
	build: {
		outDir: resolve( root, process.env.TRAININGS_BUILD_OUT_DIR || 'resources/dist' ),
		emptyOutDir: true,
		target: 'es2017',
		minify: false,
		sourcemap: false,
		copyPublicDir: false,
		reportCompressedSize: false,
		cssCodeSplit: true,
		lib: {
			entry: Object.fromEntries(
				Object.entries( entries ).map( ( [ module, file ] ) => [
					`${ module }/index`, resolve( root, file ),
				] ),
			),
			formats: [ 'cjs' ],
			fileName: ( _format, entryName ) => `${ entryName }.js`,
		},
		rollupOptions: {
			external: [ 'vue', '@wikimedia/codex' ],
			output: {
				paths: { '@wikimedia/codex': './codex.js' },
				exports: 'named',
				// Shared code is compiled into each module, never split into chunks.
				assetFileNames: ( asset ) => {
					// CSS extracted from an entry's SFCs: put it next to that entry's JS.
					const module = moduleOfEntry.get( asset.originalFileName || '' );
					if ( module && asset.names.some( ( name ) => name.endsWith( '.css' ) ) ) {
						return `${ module }/index.css`;
					}
					throw new Error( `Unexpected asset ${ asset.names.join( ', ' ) }` );
				},
			},
		},
	},
} );
