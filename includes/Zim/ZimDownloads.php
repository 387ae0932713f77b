<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Zim;

use JobQueueGroup;
use JobSpecification;

/**
 * The ZIM files readers are offered, without ever waiting for a build: the current file of a
 * language right away (with its size and date), and a build queued (ZimBuildJob) whenever
 * that file is missing or was built from older content.
 *
 * @license GPL-2.0-or-later
 */
class ZimDownloads {

	public const SERVICE_NAME = 'Trainings.ZimDownloads';

	public function __construct(
		private readonly ZimLibrary $library,
		private readonly ZimFileStore $store,
		private readonly JobQueueGroup $jobQueueGroup
	) {
	}

	/**
	 * @param string $language A reader's language
	 * @return string The language of the file offered to that reader: theirs or its closest
	 *  fallback when the library has content in it, else the wiki's content language
	 */
	public function languageFor( string $language ): string {
		return $this->library->fileLanguageFor( $language );
	}

	/**
	 * @param string $language From languageFor()
	 * @return ZimOffer
	 */
	public function offer( string $language ): ZimOffer {
		$file = $this->store->current( $language );
		$fresh = $file !== null && $file->contentKey === $this->library->contentKey( $language );
		if ( !$fresh ) {
			$this->jobQueueGroup->lazyPush( new JobSpecification(
				ZimBuildJob::TYPE, ZimBuildJob::paramsFor( $language ), [ 'removeDuplicates' => true ]
			) );
		}
		return new ZimOffer( $language, $file, $fresh );
	}

	/**
	 * @return list<ZimFile> The files built so far, one per language
	 */
	public function builtFiles(): array {
		$files = [];
		foreach ( glob( $this->store->getDirectory() . '/*.json' ) ?: [] as $record ) {
			$file = $this->store->current( basename( $record, '.json' ) );
			if ( $file ) {
				$files[] = $file;
			}
		}
		return $files;
	}
}
