<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

/**
 * Reads the text of a subtitle page (`TimedText:File.webm.xx.srt`, SRT or WebVTT) into its
 * cues, to show them as a transcript and to tell authors when a timing line is broken (a
 * browser would silently drop such a cue). Tolerant of what players accept: a missing cue
 * number, `.` or `,` before milliseconds, hours left out, cue settings after the end time.
 *
 * @license GPL-2.0-or-later
 */
class SubtitleParser {

	private const TIME = '(?:(\d+):)?([0-5]?\d):([0-5]\d)[.,](\d{1,3})';

	public function parse( string $text ): SubtitleParseResult {
		$lines = preg_split( '/\r\n|\r|\n/', $text ) ?: [];
		$cues = [];
		$problems = [];
		$current = null;
		$skipping = false;
		foreach ( $lines as $index => $line ) {
			$trimmed = trim( $line );
			if ( $trimmed === '' ) {
				if ( $current !== null && $current !== [] ) {
					$cues[] = implode( ' ', $current );
				}
				$current = null;
				$skipping = false;
				continue;
			}
			if ( $skipping ) {
				// The text of a cue whose timing is broken: a player would not show it either.
				continue;
			}
			if ( $current !== null ) {
				// Markup of the cue (<i>, <v Name>, {\an8}) is not text.
				$plain = trim( (string)preg_replace( '/<[^>]*>|\{\\\\[^}]*\}/', '', $trimmed ) );
				if ( $plain !== '' ) {
					$current[] = $plain;
				}
				continue;
			}
			if ( str_contains( $trimmed, '-->' ) ) {
				if ( !$this->isTiming( $trimmed ) ) {
					// The caller puts the language first (VideoFunction).
					$problems[] = new Problem( 'trainings-video-subtitles-broken', [ $trimmed ], $index + 1 );
					$skipping = true;
					continue;
				}
				$current = [];
			}
			// Anything else outside a cue: the WEBVTT header, a cue number, a NOTE, a style.
		}
		if ( $current !== null && $current !== [] ) {
			$cues[] = implode( ' ', $current );
		}
		return new SubtitleParseResult( $cues, $problems );
	}

	private function isTiming( string $line ): bool {
		if ( !preg_match( '/^' . self::TIME . '\s*-->\s*' . self::TIME . '(?:\s.*)?$/', $line, $m ) ) {
			return false;
		}
		$start = ( (int)$m[1] * 3600 + (int)$m[2] * 60 + (int)$m[3] ) * 1000 + (int)str_pad( $m[4], 3, '0' );
		$end = ( (int)$m[5] * 3600 + (int)$m[6] * 60 + (int)$m[7] ) * 1000 + (int)str_pad( $m[8], 3, '0' );
		return $end > $start;
	}

}
