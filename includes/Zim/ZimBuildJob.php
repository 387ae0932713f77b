<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Zim;

use Job;
use MediaWiki\Title\Title;

/**
 * Builds the ZIM file of one language in the job queue (ZimDownloads queues it when a reader
 * sees a download link whose file is missing or stale). Duplicates are removed: many readers,
 * one build; a build finding the file already current does nothing.
 *
 * @license GPL-2.0-or-later
 */
class ZimBuildJob extends Job {

	public const TYPE = 'trainingsZimBuild';

	/**
	 * @param Title $title Unused (Special:Blankpage): the job is about a language, not a page
	 * @param array{language:string} $params
	 * @param ZimBuilder $builder
	 */
	public function __construct(
		Title $title,
		array $params,
		private readonly ZimBuilder $builder
	) {
		parent::__construct( self::TYPE, $title, $params );
		$this->removeDuplicates = true;
	}

	/**
	 * @param string $language
	 * @return array{language:string} Parameters of the job building that language's file
	 */
	public static function paramsFor( string $language ): array {
		return [ 'language' => $language ];
	}

	public function run(): bool {
		$status = $this->builder->build( (string)$this->params['language'] );
		if ( !$status->isOK() ) {
			// The builder logged why; the next reader of a stale file queues it again.
			$this->setLastError( 'The ZIM file of ' . $this->params['language'] . ' could not be built' );
			return false;
		}
		return true;
	}

	/**
	 * A failed build failed for a reason a retry does not fix (a broken tool, a full disk):
	 * no retries of a long job.
	 */
	public function allowRetries(): bool {
		return false;
	}
}
