<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Reviews;

use MediaWiki\Content\ContentHandler;
use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Catalog\CatalogEntry;
use MediaWiki\Extension\Trainings\Catalog\CatalogQuery;
use MediaWiki\Extension\Trainings\Catalog\ModuleCatalog;
use MediaWiki\Extension\Trainings\Reviews\ModuleReview;
use MediaWiki\Extension\Trainings\Reviews\ReviewCommand;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Permissions\Authority;
use MediaWiki\Title\Title;
use MediaWikiIntegrationTestCase;
use Wikimedia\Rdbms\IDBAccessObject;

/**
 * The review-bypass matrix (design record 0017): whatever an author without the right
 * `trainings-review` writes (new pages, removed metadata, values from templates, content-model
 * changes, moves, undo of a reviewer's edit), nothing new is published: the catalog, the
 * export (and through it the ZIM files) and the reviewed properties keep what a reviewer
 * approved; a reviewer's approval publishes exactly the revision approved, and the log shows it.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Reviews\ReviewCommand
 * @covers \MediaWiki\Extension\Trainings\Reviews\ReviewStore
 * @covers \MediaWiki\Extension\Trainings\Reviews\ReviewedProperties
 * @covers \MediaWiki\Extension\Trainings\Hooks\ReviewedPropertiesHandler
 * @covers \MediaWiki\Extension\Trainings\Catalog\ModuleCatalog
 * @covers \MediaWiki\Extension\Trainings\Export\PageSource
 * @covers \MediaWiki\Extension\Trainings\Zim\ZimLibrary
 */
class ReviewBypassTest extends MediaWikiIntegrationTestCase {

	private const MODULE = "{{#training: title = %s | summary = %s | status = published | reviewed = 2025-01-01 }}\n"
		. "== Step 1 ==\n%s\n";

	private Authority $author;
	private Authority $reviewer;

	protected function setUp(): void {
		parent::setUp();
		$this->author = $this->getMutableTestUser()->getAuthority();
		$this->reviewer = $this->getMutableTestUser( [ 'trainings-reviewer' ] )->getAuthority();
	}

	private function write( string $page, string $text, Authority $performer ): Title {
		$status = $this->editPage( $page, $text, '', NS_MAIN, $performer );
		$this->assertStatusGood( $status );
		DeferredUpdates::doUpdates();
		$title = Title::newFromText( $page );
		$this->assertNotNull( $title );
		return $title;
	}

	private function approve( Title $title, ?int $revision = null ): ModuleReview {
		$status = $this->command()->review( $this->reviewer, $title,
			$revision ?? $title->getLatestRevID( IDBAccessObject::READ_LATEST ), ModuleReview::PUBLISHED, 'Checked' );
		$this->assertStatusGood( $status );
		return $status->getValue();
	}

	private function command(): ReviewCommand {
		return TrainingsServices::getReviewCommand( $this->getServiceContainer() );
	}

	/**
	 * @return array<string,CatalogEntry> What readers find in the catalog (drafts included, marked)
	 */
	private function catalog(): array {
		$services = $this->getServiceContainer();
		$catalog = new ModuleCatalog( $services->getConnectionProvider(),
			TrainingsServices::getLanguageSubpage( $services ), 'en' );
		$entries = [];
		foreach ( $catalog->find( CatalogQuery::fromParameters(
			[ 'status' => [ 'draft', 'published', 'outdated' ] ] ) )->getEntries() as $entry ) {
			$entries[$entry->getDBkey()] = $entry;
		}
		return $entries;
	}

	private function exported( Title $title ): string {
		$page = TrainingsServices::getExportPageSource( $this->getServiceContainer() )->load( $title );
		return $page ? $page->html : '';
	}

	private function publishedModule( string $name ): Title {
		$title = $this->write( "Training:$name", sprintf( self::MODULE, 'Reviewed title', 'Reviewed summary',
			'Reviewed text.' ), $this->author );
		$this->approve( $title );
		return $title;
	}

	private function assertReaderKeeps( Title $title ): void {
		$entry = $this->catalog()[$title->getDBkey()];
		$this->assertSame( 'published', $entry->getStatus() );
		$this->assertSame( 'Reviewed title', $entry->getDisplayTitle() );
		$this->assertSame( 'Reviewed summary', $entry->getSummary() );
		$html = $this->exported( $title );
		$this->assertStringContainsString( 'Reviewed text.', $html );
		$this->assertStringNotContainsString( 'Author text.', $html );
	}

	public function testNewPagesOfAuthorsAreDrafts(): void {
		$plain = $this->write( 'Training:Without metadata', "Author text.\n", $this->author );
		$claiming = $this->write( 'Training:Claiming', sprintf( self::MODULE, 'Claims', 'Claims', 'Author text.' ),
			$this->author );
		$catalog = $this->catalog();
		$this->assertSame( 'draft', $catalog[$plain->getDBkey()]->getStatus(), 'no status is a draft, not published' );
		$this->assertSame( 'draft', $catalog[$claiming->getDBkey()]->getStatus(), 'status = published grants nothing' );
		$this->assertNull( $catalog[$claiming->getDBkey()]->getReviewed(), 'reviewed = … claims no review' );
		$this->assertSame( [], array_keys( array_filter( $this->catalog(),
			static fn ( CatalogEntry $e ) => $e->getStatus() !== 'draft' ) ) );
		$this->assertNull( TrainingsServices::getReviewStore( $this->getServiceContainer() )
			->get( $claiming->getArticleID() ) );

		// "Ready for review" is a note of the author: no error, no publication.
		$ready = $this->write( 'Training:Ready', "{{#training: summary = S | status = ready }}\n== One ==\nText.",
			$this->author );
		$this->assertSame( 'draft', $this->catalog()['Ready']->getStatus() );
		$html = $this->exported( $ready );
		$this->assertStringNotContainsString( 'trainings-error', $html );
		$this->assertStringContainsString( 'data-trainings-status="ready"', $html );
	}

	public function testEditsOfAuthorsDoNotReachReaders(): void {
		$title = $this->publishedModule( 'Edited' );
		// Metadata removed, then values from a template, then text replaced.
		$this->write( 'Training:Edited', "Author text.\n", $this->author );
		$this->assertReaderKeeps( $title );
		$this->write( 'Training:Status', 'published', $this->author );
		$this->write( 'Training:Edited', "{{#training: title = Author title | status = {{Training:Status}} }}\n"
			. "Author text.\n", $this->author );
		$this->assertReaderKeeps( $title );
		// Naming oneself maintainer in a pending edit grants nothing (flags, notifications).
		$this->write( 'Training:Edited', "{{#training: maintainers = {$this->author->getUser()->getName()} }}\n"
			. "Author text.\n", $this->author );
		$this->assertSame( [], TrainingsServices::getReviewedProperties( $this->getServiceContainer() )
			->getMaintainers( $title->getArticleID() ) );
		$this->assertReaderKeeps( $title );
		// A purge or a links refresh of the latest revision changes nothing either.
		$this->getServiceContainer()->getWikiPageFactory()->newFromTitle( $title )->doPurge();
		$this->getServiceContainer()->getWikiPageFactory()->newFromTitle( $title )
			->doSecondaryDataUpdates( [ 'defer' => DeferredUpdates::PRESEND ] );
		DeferredUpdates::doUpdates();
		$this->assertReaderKeeps( $title );
	}

	public function testAnUnreviewedLanguageVersionIsNeitherOfferedNorSearched(): void {
		$title = $this->publishedModule( 'Versioned' );
		$french = $this->write( 'Training:Versioned/fr', sprintf( self::MODULE, 'Titre zorbatique', 'Résumé',
			'Texte.' ), $this->author );
		$this->assertSame( [ 'en' ], $this->catalog()[$title->getDBkey()]->getLanguages(),
			'a hand-made version nobody reviewed is not offered to readers' );
		$this->assertSame( [], $this->search( 'zorbatique' ), 'nor found by its words' );

		$this->approve( $french );
		$this->assertSame( [ 'en', 'fr' ], $this->catalog()[$title->getDBkey()]->getLanguages() );
		$this->assertSame( [ 'Versioned' ], $this->search( 'zorbatique' ) );
	}

	/**
	 * @return string[] The modules a search finds
	 */
	private function search( string $words ): array {
		$services = $this->getServiceContainer();
		$catalog = new ModuleCatalog( $services->getConnectionProvider(),
			TrainingsServices::getLanguageSubpage( $services ), 'en' );
		return array_map( static fn ( CatalogEntry $entry ) => $entry->getDBkey(),
			$catalog->find( CatalogQuery::fromParameters( [ 'search' => $words ] ) )->getEntries() );
	}

	public function testContentModelChangePublishesNothing(): void {
		$title = $this->publishedModule( 'Changed model' );
		$page = $this->getServiceContainer()->getWikiPageFactory()->newFromTitle( $title );
		$updater = $page->newPageUpdater( $this->author );
		$updater->setContent( 'main', ContentHandler::makeContent( "Author text.\n", $title, CONTENT_MODEL_TEXT ) );
		$updater->saveRevision( \MediaWiki\CommentStore\CommentStoreComment::newUnsavedComment( 'model' ) );
		$this->assertStatusGood( $updater->getStatus() );
		DeferredUpdates::doUpdates();
		$this->assertReaderKeeps( $title );

		// A reviewer may approve an older revision: readers get exactly that one.
		$first = $this->getServiceContainer()->getRevisionLookup()->getFirstRevision( $title );
		$this->assertNotNull( $first );
		$reviewed = $this->approve( $title, (int)$first->getId() );
		$stored = TrainingsServices::getReviewStore( $this->getServiceContainer() )->get( $title->getArticleID() );
		$this->assertSame( $reviewed->revisionId, $stored ? $stored->revisionId : null );
		$this->assertReaderKeeps( $title );
	}

	public function testRollbackOfAReviewersEditPublishesNothing(): void {
		$title = $this->publishedModule( 'Rolled back' );
		// The reviewer's edit, approved; then a rollback of it by someone without the right.
		$this->write( 'Training:Rolled back', sprintf( self::MODULE, 'Reviewed title', 'Reviewed summary',
			'Reviewed text, improved.' ), $this->reviewer );
		$this->approve( $title );
		$approved = $title->getLatestRevID( IDBAccessObject::READ_LATEST );
		$this->setGroupPermissions( 'rollbacker', 'rollback', true );
		$rollbacker = $this->getMutableTestUser( [ 'rollbacker' ] )->getAuthority();
		$this->assertFalse( ReviewCommand::canReview( $rollbacker ) );
		$status = $this->getServiceContainer()->getRollbackPageFactory()
			->newRollbackPage( $title, $rollbacker, $this->reviewer->getUser() )
			->rollback();
		$this->assertStatusGood( $status );
		DeferredUpdates::doUpdates();
		$this->assertNotSame( $approved, $title->getLatestRevID( IDBAccessObject::READ_LATEST ) );
		$this->assertSame( $approved, $this->catalog()['Rolled_back']->getRevisions()['en'],
			'readers keep the approved revision' );
		$this->assertStringContainsString( 'Reviewed text, improved.', $this->exported( $title ) );
	}

	public function testMovesCarryTheReviewOnlyWithItsRevision(): void {
		$this->write( 'Help:Moved in', sprintf( self::MODULE, 'Author title', 'S', 'Author text.' ), $this->author );
		$mover = $this->getTestSysop()->getAuthority();
		$move = $this->getServiceContainer()->getMovePageFactory()
			->newMovePage( Title::makeTitle( NS_HELP, 'Moved in' ), Title::makeTitle( NS_TRAINING, 'Moved in' ) );
		$this->assertStatusGood( $move->move( $mover->getUser(), 'in', false ) );
		DeferredUpdates::doUpdates();
		$this->assertSame( 'draft', $this->catalog()['Moved_in']->getStatus(), 'a page moved in arrives unreviewed' );

		$this->write( 'Training:Versioned', sprintf( self::MODULE, 'Base', 'S', 'Base.' ), $this->author );
		$this->write( 'Training:Versioned/fr', sprintf( self::MODULE, 'Author title', 'S', 'Author text.' ),
			$this->author );
		$move = $this->getServiceContainer()->getMovePageFactory()
			->newMovePage( Title::makeTitle( NS_TRAINING, 'Versioned/fr' ),
				Title::makeTitle( NS_TRAINING, 'From fr' ) );
		$this->assertStatusGood( $move->move( $mover->getUser(), 'out', false ) );
		DeferredUpdates::doUpdates();
		$this->assertSame( 'draft', $this->catalog()['From_fr']->getStatus(),
			'a hand-made version moved to a base title is a draft' );

		$published = $this->publishedModule( 'Renamed' );
		$move = $this->getServiceContainer()->getMovePageFactory()
			->newMovePage( $published, Title::makeTitle( NS_TRAINING, 'Renamed again' ) );
		$this->assertStatusGood( $move->move( $mover->getUser(), 'rename', false ) );
		DeferredUpdates::doUpdates();
		$this->assertSame( 'published', $this->catalog()['Renamed_again']->getStatus(),
			'a reviewed page keeps its review when renamed: the revision moves with it' );
	}

	public function testTheMigrationRecordsWhatTheWikitextPublished(): void {
		$published = $this->write( 'Training:Migrated published', sprintf( self::MODULE, 'T', 'Old summary', 'Text.' ),
			$this->author );
		$plain = $this->write( 'Training:Migrated plain', "No metadata.\n", $this->author );
		$this->write( 'Training:Migrated draft', "{{#training: summary = Draft summary | status = draft }}\nText.",
			$this->author );
		$store = TrainingsServices::getReviewStore( $this->getServiceContainer() );
		$this->assertSame( [], $store->getMany( [ $published->getArticleID() ] ), 'not reviewed yet' );

		$system = \MediaWiki\User\User::newSystemUser( 'Trainings review migration', [ 'steal' => true ] );
		$this->assertNotNull( $system );
		$count = TrainingsServices::getWikitextReviewMigration( $this->getServiceContainer() )->run( $system, 'm' );
		$this->assertSame( 2, $count, 'the published page and the page without a status' );
		$review = $store->get( $published->getArticleID() );
		$this->assertNotNull( $review );
		$this->assertSame( $published->getLatestRevID( IDBAccessObject::READ_LATEST ), $review->revisionId );
		$this->assertSame( '20250101', substr( $review->timestamp, 0, 8 ), 'dated by its reviewed field' );
		$this->assertNotNull( $store->get( $plain->getArticleID() ) );
		$catalog = $this->catalog();
		$this->assertSame( 'published', $catalog['Migrated_published']->getStatus() );
		$this->assertSame( 'draft', $catalog['Migrated_draft']->getStatus() );
		$this->assertSame( 'Draft summary', $catalog['Migrated_draft']->getSummary() );
		$this->assertSame( 0, TrainingsServices::getWikitextReviewMigration( $this->getServiceContainer() )
			->run( $system, 'm' ), 'again: nothing more' );
	}

	public function testImportsByAnAdministratorWhoIsNotAReviewerPublishNothing(): void {
		$this->setGroupPermissions( 'importer', 'importupload', true );
		$importer = $this->getMutableTestUser( [ 'importer' ] )->getAuthority();
		$this->assertFalse( ReviewCommand::canReview( $importer ) );
		$published = $this->publishedModule( 'Import target' );
		$xml = '<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">';
		foreach ( [ 'Import target', 'Imported new' ] as $name ) {
			$xml .= '<page><title>Training:' . $name . '</title><ns>1640</ns><revision>'
				. '<timestamp>2030-01-01T00:00:00Z</timestamp>'
				. '<contributor><username>Elsewhere</username></contributor>'
				. '<model>wikitext</model><format>text/x-wiki</format><text xml:space="preserve">'
				. htmlspecialchars( sprintf( self::MODULE, 'Author title', 'Author summary', 'Author text.' ) )
				. '</text></revision></page>';
		}
		$xml .= '</mediawiki>';
		$this->getServiceContainer()->getWikiImporterFactory()
			->getWikiImporter( new \ImportStringSource( $xml ), $importer )
			->doImport();
		DeferredUpdates::doUpdates();
		$this->assertReaderKeeps( $published );
		$this->assertSame( 'draft', $this->catalog()['Imported_new']->getStatus() );
	}

	public function testZimFreshnessFollowsReviewsNotPurgesOrPendingEdits(): void {
		$title = $this->publishedModule( 'Zim key' );
		$library = TrainingsServices::getZimLibrary( $this->getServiceContainer() );
		$key = $library->contentKey( 'en' );
		$this->getServiceContainer()->getWikiPageFactory()->newFromTitle( $title )->doPurge();
		$this->assertSame( $key, $library->contentKey( 'en' ), 'a purge queues no rebuild' );
		$this->write( 'Training:Zim key', sprintf( self::MODULE, 'T', 'S', 'Author text.' ), $this->author );
		$this->assertSame( $key, $library->contentKey( 'en' ), 'an edit waiting for review changes no file' );
		$this->approve( $title );
		$this->assertNotSame( $key, $library->contentKey( 'en' ), 'an approval does' );
	}

	public function testApprovalPublishesExactlyTheRevisionAndIsLogged(): void {
		$title = $this->publishedModule( 'Approved' );
		$this->write( 'Training:Approved', sprintf( self::MODULE, 'Second title', 'Second summary', 'Second text.' ),
			$this->author );
		$second = $title->getLatestRevID( IDBAccessObject::READ_LATEST );
		$this->write( 'Training:Approved', sprintf( self::MODULE, 'Third title', 'S', 'Author text.' ), $this->author );

		$this->assertStatusNotOK( $this->command()->review( $this->author, $title, $second,
			ModuleReview::PUBLISHED, '' ), 'authors cannot approve' );
		$other = $this->publishedModule( 'Other' );
		$this->assertStatusError( 'trainings-review-error-revision', $this->command()->review( $this->reviewer,
			$title, $other->getLatestRevID(), ModuleReview::PUBLISHED, '' ) );
		$this->assertStatusError( 'trainings-review-error-comment', $this->command()->review( $this->reviewer,
			$title, $second, ModuleReview::PUBLISHED, str_repeat( 'x', 501 ) ) );

		$this->approve( $title, $second );
		$entry = $this->catalog()['Approved'];
		$this->assertSame( 'Second title', $entry->getDisplayTitle(), 'the approved revision, not the latest' );
		$this->assertSame( $second, $entry->getRevisions()['en'] );
		$this->assertStringContainsString( 'Second text.', $this->exported( $title ) );

		$log = $this->getDb()->newSelectQueryBuilder()
			->select( [ 'log_action', 'log_params' ] )->from( 'logging' )
			->where( [ 'log_type' => 'trainingreview', 'log_page' => $title->getArticleID() ] )
			->orderBy( 'log_id', 'DESC' )->caller( __METHOD__ )->fetchRow();
		$this->assertNotFalse( $log );
		$this->assertSame( 'approve', $log->log_action );
		$this->assertSame( $second, unserialize( $log->log_params )['4::revid'] );

		// Reversible: outdated, then unpublished, then published again.
		$this->assertStatusGood( $this->command()->review( $this->reviewer, $title, 0, ModuleReview::OUTDATED, '' ) );
		$this->assertSame( 'outdated', $this->catalog()['Approved']->getStatus() );
		$this->assertStatusGood( $this->command()->review( $this->reviewer, $title, 0, ModuleReview::DRAFT, 'wrong' ) );
		$this->assertSame( 'draft', $this->catalog()['Approved']->getStatus() );
		$this->approve( $title, $second );
		$this->assertSame( 'published', $this->catalog()['Approved']->getStatus() );
	}

}
