<?php
/**
 * Imports training libraries, modules and slides from the Programs & Events Dashboard or the
 * Wiki Education Dashboard (decision record 0021): from an XML dump of Meta-Wiki's
 * "Training modules/dashboard/…" pages (--xml), from a live wiki's API (--api), or from a
 * training_content/ folder of YAML files (--yaml). Prints what it does (--dry-run: what it
 * would do), a report of everything it could not convert, and the time per 100 slides.
 *
 * php maintenance/run.php ./extensions/Trainings/maintenance/importDashboardTrainings.php \
 *   --xml Meta-Wiki-export.xml [--topic "Events=events"] [--reviewer Name] [--dry-run] [--overwrite]
 *
 * @file
 * @ingroup Maintenance
 */

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Maintenance;

use MediaWiki\Extension\Trainings\Import\DashboardImporter;
use MediaWiki\Extension\Trainings\Import\ImportOptions;
use MediaWiki\Extension\Trainings\Import\ImportReport;
use MediaWiki\Extension\Trainings\Import\OnWikiSourceBuilder;
use MediaWiki\Extension\Trainings\Import\SourceSet;
use MediaWiki\Extension\Trainings\Import\TopicMap;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Maintenance\Maintenance;
use MediaWiki\User\User;

$IP = getenv( 'MW_INSTALL_PATH' ) ?: __DIR__ . '/../../..';
require_once "$IP/maintenance/Maintenance.php";

class ImportDashboardTrainings extends Maintenance {

	public function __construct() {
		parent::__construct();
		$this->addDescription(
			'Import training modules from the Programs & Events Dashboard (Meta-Wiki pages or YAML)' );
		$this->addOption( 'xml', 'An XML dump of the Meta-Wiki pages, as Special:Export writes it', false, true );
		$this->addOption( 'api', 'URL of a live wiki\'s api.php holding the pages '
			. '(e.g. https://meta.wikimedia.org/w/api.php)', false, true );
		$this->addOption( 'yaml', 'A Dashboard training_content/ folder of YAML files', false, true );
		$this->addOption( 'prefix', 'Title prefix of the on-wiki pages (default "'
			. OnWikiSourceBuilder::DEFAULT_PREFIX . '")', false, true );
		$this->addOption( 'topic',
			'A library category and the topic its modules get here: "Category title=topic-key" (repeatable)',
			false, true, false, true );
		$this->addOption( 'user', 'Name of the system user the edits are made as (default "Dashboard import")',
			false, true );
		$this->addOption( 'reviewer',
			'Record a review of each imported page by this user (needs the right trainings-review); '
			. 'without it, imported pages are unreviewed drafts', false, true );
		$this->addOption( 'no-translate', 'On a wiki with Translate, write hand-made /xx pages instead of '
			. 'marking modules for translation and filling their units' );
		$this->addOption( 'overwrite', 'Also replace pages edited on this wiki since the last import' );
		$this->addOption( 'dry-run', 'Print what would be done, write nothing' );
		$this->requireExtension( 'Trainings' );
	}

	public function execute() {
		$started = microtime( true );
		$report = new ImportReport();
		$set = $this->readSource( $report );
		$importer = User::newSystemUser( (string)$this->getOption( 'user', 'Dashboard import' ) );
		if ( !$importer ) {
			// Not taken over from a person who has that name: choose another with --user.
			$this->fatalError( 'Could not use "' . $this->getOption( 'user', 'Dashboard import' )
				. '" as the system user the import edits as (a person\'s account?): choose another with --user' );
		}
		$reviewer = null;
		if ( $this->hasOption( 'reviewer' ) ) {
			$reviewer = $this->getServiceContainer()->getUserFactory()
				->newFromName( (string)$this->getOption( 'reviewer' ) );
			if ( !$reviewer || !$reviewer->isRegistered() ) {
				$this->fatalError( 'No such reviewer: ' . $this->getOption( 'reviewer' ) );
			}
		}
		$options = new ImportOptions(
			$set->origin, $this->hasOption( 'dry-run' ), $this->hasOption( 'overwrite' ), $reviewer
		);
		$topics = TopicMap::fromPairs( array_values( array_map( 'strval', (array)$this->getOption( 'topic',
			[] ) ) ), $report, TrainingsServices::getTopics()->keys() );
		// With Translate, modules are marked for translation and the translations fill its units.
		$translatable = $this->importer()->canUseTranslate() && !$this->hasOption( 'no-translate' );
		$this->importer()->import( $set, $topics, $importer, $options, $translatable, $report );
		if ( $report->getCount( 'units' ) > 0 && !$options->dryRun ) {
			$this->output( "Translate builds the translation pages in jobs: run maintenance/runJobs.php.\n" );
		}
		foreach ( $report->toLines( $options->dryRun ) as $line ) {
			$this->output( "$line\n" );
		}
		$slides = $set->slideCount();
		$seconds = microtime( true ) - $started;
		$this->output( sprintf( "Time: %.2f s for %d slides (%.2f s per 100 slides)%s\n",
			$seconds, $slides, $slides ? $seconds * 100 / $slides : 0,
				$options->dryRun ? ', dry run: nothing written' : '' ) );
	}

	private function importer(): DashboardImporter {
		return TrainingsServices::getDashboardImporter( $this->getServiceContainer() );
	}

	private function readSource( ImportReport $report ): SourceSet {
		$given = array_filter( [ 'xml', 'api', 'yaml' ], fn ( string $o ) => $this->hasOption( $o ) );
		if ( count( $given ) !== 1 ) {
			$this->fatalError( 'Give exactly one source: --xml FILE, --api URL or --yaml FOLDER' );
		}
		$prefix = (string)$this->getOption( 'prefix', OnWikiSourceBuilder::DEFAULT_PREFIX );
		if ( $this->hasOption( 'xml' ) ) {
			return $this->importer()->readDump( (string)$this->getOption( 'xml' ), $report, $prefix );
		}
		if ( $this->hasOption( 'api' ) ) {
			return $this->importer()->readApi( (string)$this->getOption( 'api' ), $report, $prefix );
		}
		return $this->importer()->readYaml( (string)$this->getOption( 'yaml' ), $report );
	}
}

$maintClass = ImportDashboardTrainings::class;
require_once RUN_MAINTENANCE_IF_MAIN;
