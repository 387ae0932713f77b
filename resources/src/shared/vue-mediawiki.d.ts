/**
 * MediaWiki's `vue` ResourceLoader module adds `createMwApp` to Vue: `createApp` plus the
 * `$i18n` plugin, the error logger and the Codex teleport target.
 *
 * types-mediawiki declares it too, but its augmentation does not reach the `vue.d.mts` that
 * vue-tsc resolves for our sources, so it is declared here.
 */
import { createApp } from 'vue';

declare module 'vue' {
	export const createMwApp: typeof createApp;
}
