<?php
/**
 * Builds the library of published training modules and courses as a ZIM file for Kiwix
 * (design record 0007), in one language or in every language with enough translated content, and
 * prints each file's size, build time, and the size of the single-file exports of the same
 * modules. A file already built from the current content is kept unless --force is given.
 *
 *   php maintenance/run.php ./extensions/Trainings/maintenance/buildZim.php --language fr
 *   php maintenance/run.php ./extensions/Trainings/maintenance/buildZim.php --all-languages
 *
 * @file
 * @ingroup Maintenance
 */

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Maintenance;

use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Extension\Trainings\Zim\ZimBuildReport;
use MediaWiki\Maintenance\Maintenance;
use StatusValue;

$IP = getenv( 'MW_INSTALL_PATH' ) ?: __DIR__ . '/../../..';
require_once "$IP/maintenance/Maintenance.php";

class BuildZim extends Maintenance {

	public function __construct() {
		parent::__construct();
		$this->addDescription( 'Build the library of published trainings as a ZIM file for Kiwix' );
		$this->addOption( 'language', 'Language code of the file (default: the content language)', false, true );
		$this->addOption( 'all-languages', 'Build every language with enough translated content ' .
			'($wgTrainingsZimMinShare of the modules)' );
		$this->addOption( 'min-share', 'With --all-languages: the share of modules (0 to 1) instead of ' .
			'$wgTrainingsZimMinShare', false, true );
		$this->addOption( 'force', 'Build even when the current file holds the current content' );
		$this->requireExtension( 'Trainings' );
	}

	public function execute() {
		$services = $this->getServiceContainer();
		$library = TrainingsServices::getZimLibrary( $services );
		$builder = TrainingsServices::getZimBuilder( $services );
		if ( $this->hasOption( 'all-languages' ) ) {
			$share = $this->getOption( 'min-share' );
			$languages = $library->languagesWithEnoughContent( $share === null ? null : (float)$share );
		} else {
			$languages = [ (string)$this->getOption( 'language', $library->getContentLanguage() ) ];
		}
		$failed = false;
		foreach ( $languages as $language ) {
			$this->output( "$language: building…\n" );
			$status = $builder->build( $language, $this->hasOption( 'force' ) );
			$failed = $this->report( $language, $status ) || $failed;
		}
		if ( $failed ) {
			$this->fatalError( 'Some files were not built: the current files of those languages are unchanged.' );
		}
	}

	/**
	 * @return bool Whether the build failed
	 */
	private function report( string $language, StatusValue $status ): bool {
		if ( !$status->isOK() ) {
			foreach ( $status->getMessages() as $message ) {
				$this->error( "$language: " . wfMessage( $message )->inLanguage( 'en' )->plain() );
			}
			return true;
		}
		/** @var ZimBuildReport $report */
		$report = $status->getValue();
		foreach ( $report->log as $line ) {
			$this->output( "$language: $line\n" );
		}
		$file = $report->file;
		if ( $report->outcome !== ZimBuildReport::BUILT ) {
			$this->output( "$language: {$report->outcome}" . ( $file ? ": {$file->path}" : '' ) . "\n" );
			return false;
		}
		if ( $file ) {
			$this->output( sprintf(
				"%s: %s, %d bytes, %d modules, %d courses, %d images, built in %.1f s; " .
					"the single-file exports of the same modules: %d bytes (%.0f %% of that)\n",
				$language, $file->path, $file->bytes, $report->modules, $report->courses, $report->images,
				$report->seconds, $report->singleFileBytes,
				$report->singleFileBytes > 0 ? 100 * $file->bytes / $report->singleFileBytes : 0
			) );
		}
		return false;
	}
}

$maintClass = BuildZim::class;
require_once RUN_MAINTENANCE_IF_MAIN;
