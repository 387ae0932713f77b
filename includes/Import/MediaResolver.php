<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

use MediaWiki\Registration\ExtensionRegistry;
use MediaWiki\Title\Title;
use RepoGroup;

/**
 * Asks the wiki's file repositories (local, and Commons where the wiki uses it as a foreign
 * repository) about a file named in a source, so a Commons file stays a Commons file and a
 * video becomes `{{#trainingvideo:}}` only where that function can play it.
 *
 * @license GPL-2.0-or-later
 */
class MediaResolver {

	public function __construct(
		private readonly RepoGroup $repoGroup,
		private readonly bool $videoFunctionAvailable
	) {
	}

	public static function newFromRegistry( RepoGroup $repoGroup ): self {
		return new self( $repoGroup, ExtensionRegistry::getInstance()->isLoaded( 'TimedMediaHandler' ) );
	}

	public function exists( string $name ): bool {
		$title = Title::makeTitleSafe( NS_FILE, $name );
		return $title !== null && $this->repoGroup->findFile( $title ) !== false;
	}

	public function isPlayableVideo( string $name ): bool {
		if ( !$this->videoFunctionAvailable ) {
			return false;
		}
		$title = Title::makeTitleSafe( NS_FILE, $name );
		$file = $title ? $this->repoGroup->findFile( $title ) : false;
		return $file && $file->getMediaType() === MEDIATYPE_VIDEO;
	}
}
