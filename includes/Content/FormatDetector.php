<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use MediaWiki\Parser\ParserOutput;
use MediaWiki\Parser\ParserOutputLinkTypes;
use RepoGroup;

/**
 * Derives the formats of a module from its parse (design record 0003, §5): quiz
 * when it has a valid quiz, video or image when it shows such a file other than
 * its cover (files from templates count). Text is universal and not reported.
 *
 * Files are looked up through RepoGroup, whose in-process cache the parse has
 * already filled.
 *
 * @license GPL-2.0-or-later
 */
class FormatDetector {

	public const SERVICE_NAME = 'Trainings.FormatDetector';

	public const QUIZ = 'quiz';
	public const VIDEO = 'video';
	public const IMAGE = 'image';

	public function __construct(
		private readonly RepoGroup $repoGroup
	) {
	}

	/**
	 * @param ParserOutput $output A finished parse of a module page
	 * @param string|null $cover DB key of the cover image, which does not count
	 * @return list<string> Formats among QUIZ, VIDEO, IMAGE, in that order
	 */
	public function detect( ParserOutput $output, ?string $cover ): array {
		$formats = [];
		if ( $output->getExtensionData( ModuleProperties::DATA_HAS_QUIZ ) ) {
			$formats[] = self::QUIZ;
		}
		$hasVideo = false;
		$hasImage = false;
		foreach ( $output->getLinkList( ParserOutputLinkTypes::MEDIA ) as $entry ) {
			$link = $entry['link'];
			$dbKey = $link->getDBkey();
			if ( $dbKey === $cover ) {
				continue;
			}
			$options = isset( $entry['time'] ) && $entry['time'] !== false ? [ 'time' => $entry['time'] ] : [];
			$file = $this->repoGroup->findFile( $dbKey, $options );
			if ( !$file ) {
				continue;
			}
			$type = $file->getMediaType();
			$hasVideo = $hasVideo || $type === MEDIATYPE_VIDEO;
			$hasImage = $hasImage || $type === MEDIATYPE_BITMAP || $type === MEDIATYPE_DRAWING;
		}
		if ( $hasVideo ) {
			$formats[] = self::VIDEO;
		}
		if ( $hasImage ) {
			$formats[] = self::IMAGE;
		}
		return $formats;
	}

}
