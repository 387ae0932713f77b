/**
 * Video steps (design record 0013). The server renders each video as the browser's own
 * player with `preload="none"` and a poster (VideoFunction), so nothing of the video itself
 * is downloaded until the learner presses play. The player then:
 * - never lets a video play on its own, and pauses it when the learner leaves its step;
 * - turns on the subtitles of the learner's language, chosen by the rule of the text's
 *   language version (shared/languageChoice.ts), when the step is shown (not before: no
 *   request early);
 * - sets the poster when the step is shown;
 * - offers "text only", remembered in the browser: videos are hidden (not even the poster is
 *   downloaded) and their transcripts (the subtitle text, rendered by the server) shown instead.
 * Arrow keys on a focused video stay the video's (`ownsArrowKeys` in host.ts).
 */
import { ref, Ref } from 'vue';
import { KeyValueStorage } from '../shared/MwEnvironment';
import { candidateLanguages, firstAvailable, ReaderChains } from '../shared/languageChoice';
import { ServerModule } from './serverModule';

/** Where the "text only" choice is remembered. */
export const TEXT_ONLY_KEY = 'trainings-text-only';

/** Class of the module root in "text only" mode. */
export const TEXT_ONLY_CLASS = 'trainings-module--text-only';

export interface VideoSteps {
	/** Whether the module has a video at all (else: no "text only" choice). */
	readonly hasVideo: boolean;
	readonly textOnly: Ref<boolean>;
	setTextOnly( on: boolean ): void;
	/**
	 * @param step The step now shown (0: none, the introduction or the completion view)
	 */
	show( step: number ): void;
}

/**
 * @param available Languages of a video's subtitles
 * @param chains The reader's chains, or null (unknown: only `fallback` is tried)
 * @param source The module's source language
 * @param fallback The language of the page shown, tried when nothing else fits
 * @return The subtitles to show, or null for none
 */
export function pickSubtitles(
	available: readonly string[],
	chains: ReaderChains | null,
	source: string,
	fallback: string,
): string | null {
	return firstAvailable( available,
		chains ? candidateLanguages( chains, source ) : [ fallback, source ] );
}

/**
 * Show one subtitle track of a video, the one `choose` picks among its languages.
 *
 * @param video The video element
 * @param choose Picks the subtitle language among those of a video
 */
function selectSubtitles(
	video: HTMLVideoElement, choose: ( available: readonly string[] ) => string | null,
): void {
	const tracks = Array.prototype.slice.call( video.querySelectorAll( 'track' ) ) as HTMLTrackElement[];
	const code = choose( tracks.map( ( track ) => track.srclang ) );
	tracks.forEach( ( track ) => {
		const chosen = track.srclang === code;
		track.default = chosen;
		if ( track.track ) {
			track.track.mode = chosen ? 'showing' : 'disabled';
		}
	} );
}

/**
 * @param module The server-rendered module
 * @param storage The browser's storage, for the "text only" choice
 * @param choose Picks the subtitle language among those of a video
 * @return The video steps' controls
 */
export function videoSteps(
	module: ServerModule,
	storage: KeyValueStorage,
	choose: ( available: readonly string[] ) => string | null,
): VideoSteps {
	const videos = module.steps.map(
		( step ) => Array.prototype.slice.call( step.section.querySelectorAll( 'video' ) ) as HTMLVideoElement[],
	);
	videos.forEach( ( list ) => list.forEach( ( video ) => {
		video.autoplay = false;
		video.removeAttribute( 'autoplay' );
		video.preload = 'none';
	} ) );
	const hasVideo = videos.some( ( list ) => list.length > 0 );
	const textOnly = ref( hasVideo && storage.get( TEXT_ONLY_KEY ) === '1' );
	let current = 0;

	function apply(): void {
		module.root.classList.toggle( TEXT_ONLY_CLASS, textOnly.value );
		videos.forEach( ( list, index ) => list.forEach( ( video ) => {
			if ( index + 1 !== current || textOnly.value ) {
				video.pause();
			} else {
				const poster = video.getAttribute( 'data-trainings-poster' );
				if ( poster && !video.getAttribute( 'poster' ) ) {
					video.setAttribute( 'poster', poster );
				}
				selectSubtitles( video, choose );
			}
		} ) );
	}

	if ( hasVideo ) {
		module.root.classList.toggle( TEXT_ONLY_CLASS, textOnly.value );
	}
	return {
		hasVideo,
		textOnly,
		setTextOnly( on: boolean ): void {
			textOnly.value = on;
			if ( on ) {
				storage.set( TEXT_ONLY_KEY, '1' );
			} else {
				storage.remove( TEXT_ONLY_KEY );
			}
			apply();
		},
		show( step: number ): void {
			current = step;
			if ( hasVideo ) {
				apply();
			}
		},
	};
}
