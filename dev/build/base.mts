/**
 * The one Vite configuration every bundle of the extension starts from, and the description
 * of a bundle (an entry of the table in vite.config.mts). Each bundle is a build of its own,
 * so that code shared by two bundles is compiled into both instead of being split into a chunk
 * that ResourceLoader could not load.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InlineConfig, Plugin } from 'vite';

/** The repository's root. */
export const root = resolve( dirname( fileURLToPath( import.meta.url ) ), '../..' );

/** Readable output (ResourceLoader minifies), without the JSDoc blocks that repeat the sources. */
const READABLE_COMMENTS = { legal: true, annotation: false, jsdoc: false };

export interface Bundle {
	/** The entry point, relative to the root. */
	readonly source: string;
	/** The JavaScript file written into the output directory. */
	readonly file: string;
	/** The stylesheet written beside it (CSS of the entry's SFCs and imports). */
	readonly css: string;
	/** `cjs`: a ResourceLoader package file; `iife`: a script that runs as it is. */
	readonly format: 'cjs' | 'iife';
	/** The global name of an `iife`. */
	readonly globalName?: string;
	/** ResourceLoader checks the JavaScript of wiki pages as ES2016 (the gadget). */
	readonly target?: 'es2016' | 'es2017';
	/** Minified by Vite, local names included (ResourceLoader's minifier keeps them). */
	readonly minify?: boolean;
	/** Minify the stylesheet too (default: as `minify`). */
	readonly cssMinify?: boolean;
	/** `vue` and `@wikimedia/codex` come from ResourceLoader (default: yes). */
	readonly external?: boolean;
	/** Codex as the `codex.js` package file CodexModule generates (extension modules). */
	readonly codexFile?: boolean;
	readonly exports?: 'named' | 'none';
	/** One stylesheet per entry (extension modules); otherwise Vite's default. */
	readonly cssCodeSplit?: boolean;
	readonly cssTarget?: string[];
	readonly plugins?: Plugin[];
}

/**
 * @param bundle What to build
 * @param outDir Output directory (resources/dist)
 * @param emptyOutDir Whether to empty it first (the first build only)
 * @return Vite configuration
 */
export function bundleConfig( bundle: Bundle, outDir: string, emptyOutDir = false ): InlineConfig {
	const external = bundle.external !== false;
	return {
		root,
		configFile: false,
		// No public/ copying, no .env loading surprises.
		publicDir: false,
		envDir: false,
		logLevel: 'warn',
		plugins: bundle.plugins || [],
		build: {
			outDir,
			emptyOutDir,
			target: bundle.target || 'es2017',
			...( bundle.cssTarget ? { cssTarget: bundle.cssTarget } : {} ),
			minify: !!bundle.minify,
			cssMinify: bundle.cssMinify ?? !!bundle.minify,
			sourcemap: false,
			copyPublicDir: false,
			reportCompressedSize: false,
			...( bundle.cssCodeSplit ? { cssCodeSplit: true } : {} ),
			lib: {
				entry: resolve( root, bundle.source ),
				formats: [ bundle.format ],
				...( bundle.globalName ? { name: bundle.globalName } : {} ),
				fileName: () => bundle.file,
			},
			rollupOptions: {
				...( external ? { external: [ 'vue', '@wikimedia/codex' ] } : {} ),
				output: {
					...( bundle.codexFile ? { paths: { '@wikimedia/codex': './codex.js' } } : {} ),
					...( bundle.exports ? { exports: bundle.exports } : {} ),
					comments: bundle.minify ? false : READABLE_COMMENTS,
					assetFileNames: ( asset ) => {
						if ( asset.names.some( ( name ) => name.endsWith( '.css' ) ) ) {
							return bundle.css;
						}
						throw new Error( `Unexpected asset ${ asset.names.join( ', ' ) }` );
					},
				},
			},
		},
	};
}

/**
 * Vite ends the CSS of a library build with a `/*$vite$:1*\/` marker; a stylesheet inlined
 * into every exported file (the offline player's) would carry it as bytes for nothing.
 *
 * @return Vite plugin
 */
export function withoutCssMarker(): Plugin {
	return {
		name: 'trainings-without-css-marker',
		enforce: 'post',
		generateBundle( _options, output ) {
			for ( const file of Object.values( output ) ) {
				if ( file.type === 'asset' && typeof file.source === 'string' ) {
					file.source = file.source.replace( /\s*\/\*\$vite\$:\d+\*\/\s*$/, '\n' );
				}
			}
		},
	};
}
