<?php
/**
 * Creates synthetic training modules, for scale benchmarks of the catalog (`npm run bench`).
 *
 * The pages are real modules in the real format: `{{#training:}}` metadata with varied levels,
 * durations, topics and statuses, an introduction, three steps and, on every third module, a
 * quiz. They are saved like any edit, so page properties are written by the same LinksUpdate
 * as on a real wiki. Numbering continues after the modules that exist, so running it with
 * --total 1000 and then --total 5000 grows one library.
 *
 * Never run it on a wiki with real content: it is for throwaway benchmark wikis.
 *
 * @file
 * @ingroup Maintenance
 */

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Maintenance;

use MediaWiki\CommentStore\CommentStoreComment;
use MediaWiki\Content\WikitextContent;
use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Maintenance\Maintenance;
use MediaWiki\Revision\SlotRecord;
use MediaWiki\Title\Title;
use MediaWiki\User\User;

$IP = getenv( 'MW_INSTALL_PATH' ) ?: __DIR__ . '/../../..';
require_once "$IP/maintenance/Maintenance.php";

class GenerateModules extends Maintenance {

	private const PREFIX = 'Generated module ';

	private const LEVELS = [ 'beginner', 'intermediate', 'advanced' ];

	private const WORDS = [ 'partners', 'volunteers', 'photos', 'libraries', 'museums', 'events',
		'grants', 'reports', 'surveys', 'editing', 'outreach', 'schools', 'archives', 'maps' ];

	public function __construct() {
		parent::__construct();
		$this->addDescription(
			'Create synthetic training modules until the wiki has --total of them (benchmarks only)'
		);
		$this->addOption( 'total', 'Number of generated modules the wiki should have', true, true );
		$this->requireExtension( 'Trainings' );
	}

	public function execute() {
		$total = (int)$this->getOption( 'total' );
		$user = User::newSystemUser( 'Trainings benchmark', [ 'steal' => true ] );
		if ( !$user ) {
			$this->fatalError( 'Could not create the system user that writes the generated modules' );
		}
		$topics = TrainingsServices::getTopics( $this->getServiceContainer() )->keys();
		$pageFactory = $this->getServiceContainer()->getWikiPageFactory();
		$migration = TrainingsServices::getWikitextReviewMigration( $this->getServiceContainer() );
		$created = 0;
		for ( $n = 1; $n <= $total; $n++ ) {
			$title = Title::makeTitle( NS_TRAINING, self::PREFIX . sprintf( '%05d', $n ) );
			if ( $title->exists() ) {
				continue;
			}
			$page = $pageFactory->newFromTitle( $title );
			$updater = $page->newPageUpdater( $user );
			$updater->setContent( SlotRecord::MAIN, new WikitextContent( $this->moduleText( $n, $topics ) ) );
			$updater->saveRevision(
				CommentStoreComment::newUnsavedComment( 'Generated module for a benchmark' ),
				EDIT_NEW | EDIT_INTERNAL | EDIT_FORCE_BOT | EDIT_SUPPRESS_RC
			);
			if ( !$updater->getStatus()->isOK() ) {
				$this->fatalError( "Could not save {$title->getPrefixedText()}" );
			}
			// Page properties are written by the deferred LinksUpdate: run it now, not at exit.
			DeferredUpdates::doUpdates();
			// Published like an imported library: reviewed in the state the wikitext gives (design record 0017).
			$revision = $updater->getNewRevision();
			$record = $this->getServiceContainer()->getPageStore()->getPageByReference( $title );
			if ( $revision && $record ) {
				$migration->recordFromWikitext( $user, $record, $revision, 'Generated module for a benchmark' );
			}
			$created++;
			if ( $created % 500 === 0 ) {
				$this->output( "  $created created\n" );
			}
		}
		$this->output( "Generated modules: $created created, $total wanted.\n" );
	}

	/**
	 * @param int $n
	 * @param string[] $topics
	 */
	private function moduleText( int $n, array $topics ): string {
		$word = self::WORDS[$n % count( self::WORDS )];
		$other = self::WORDS[( $n * 7 ) % count( self::WORDS )];
		$status = $n % 20 === 0 ? 'draft' : ( $n % 13 === 0 ? 'outdated' : 'published' );
		$text = "{{#training:\n" .
			" | summary = Module $n about $word and $other, generated for a benchmark.\n" .
			' | level = ' . self::LEVELS[$n % 3] . "\n" .
			' | duration = ' . ( 5 + ( $n * 5 ) % 60 ) . "\n" .
			' | topics = ' . $topics[$n % count( $topics )] . ', ' .
				$topics[( $n + 3 ) % count( $topics )] . "\n" .
			" | reviewed = 2026-01-15\n" .
			" | status = $status\n" .
			"}}\n" .
			"This module explains how to work with $word. It is one of many generated modules.\n";
		for ( $step = 1; $step <= 3; $step++ ) {
			$text .= "\n== Step $step about $word ==\n" .
				"Some text for step $step: plan, act, then look back with the $other.\n";
		}
		if ( $n % 3 === 0 ) {
			$text .= "<trainingquiz>\n? Which comes first?\n+ Planning\n: Yes: plan first.\n" .
				"- Looking back\n: No, that comes last.\n</trainingquiz>\n";
		}
		return $text;
	}
}

$maintClass = GenerateModules::class;
require_once RUN_MAINTENANCE_IF_MAIN;
