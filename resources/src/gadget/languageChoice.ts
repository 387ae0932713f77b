/**
 * The gadget's choice of a module's language version: the shared rule
 * (`shared/languageChoice.ts`) on the host wiki's language chain (`mw.language`) and the
 * versions the central wiki's `list=trainings` lists (source first).
 */
import { candidateLanguages, chainsFromFallbackChain, firstAvailable } from '../shared/languageChoice';

/**
 * @param versions Codes of the module's versions, the source language first
 * @param chain The reader's language chain (`mw.language.getFallbackLanguageChain()`)
 * @return The code of the version to show ('' when there is none)
 */
export function chooseLanguage( versions: readonly string[], chain: readonly string[] ): string {
	if ( versions.length === 0 ) {
		return '';
	}
	return firstAvailable( versions, candidateLanguages( chainsFromFallbackChain( chain ), versions[ 0 ] ) ) ||
		versions[ 0 ];
}

/**
 * @param key The module's DB key
 * @param code A version's language code
 * @param source The source language (its version is the base page)
 * @return The page to parse on the central wiki
 */
export function versionTitle( key: string, code: string, source: string ): string {
	return 'Training:' + key + ( code === source ? '' : '/' + code );
}
