<?php
/**
 * Imports a folder of wikitext files as wiki pages, and image files as uploads.
 *
 * Layout: <dir>/<Namespace>/<Title>.wikitext becomes the page "<Namespace>:<Title>"; folders
 * below the namespace become subpages, so Training/Foo/fr.wikitext is "Training:Foo/fr".
 * The folder "Main" holds main-namespace pages. Files in <dir>/File/ (svg, png, jpg) are
 * uploaded under their own names. Pages and files whose content is unchanged are skipped, so
 * a second run is quick and does not add revisions.
 *
 * @file
 * @ingroup Maintenance
 */

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Maintenance;

use MediaWiki\CommentStore\CommentStoreComment;
use MediaWiki\Content\ContentHandler;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Maintenance\Maintenance;
use MediaWiki\Registration\ExtensionRegistry;
use MediaWiki\Revision\SlotRecord;
use MediaWiki\Title\Title;
use MediaWiki\User\User;
use RecursiveDirectoryIterator;
use RecursiveIteratorIterator;

$IP = getenv( 'MW_INSTALL_PATH' ) ?: __DIR__ . '/../../..';
require_once "$IP/maintenance/Maintenance.php";

class ImportContent extends Maintenance {

	private const FILE_EXTENSIONS = [ 'svg', 'png', 'jpg', 'jpeg', 'webm' ];

	public function __construct() {
		parent::__construct();
		$this->addDescription( 'Import the sample library (wikitext files and images) into the wiki' );
		$this->addOption( 'dir', 'Folder to import', true, true );
		$this->requireExtension( 'Trainings' );
	}

	public function execute() {
		$dir = rtrim( $this->getOption( 'dir' ), '/' );
		if ( !is_dir( $dir ) ) {
			$this->fatalError( "No such folder: $dir" );
		}
		$user = User::newSystemUser( 'Trainings sample content', [ 'steal' => true ] );
		if ( !$user ) {
			$this->fatalError( 'Could not create the system user that imports the sample content' );
		}
		$pages = [];
		$files = [];
		$iterator = new RecursiveIteratorIterator(
			new RecursiveDirectoryIterator( $dir, RecursiveDirectoryIterator::SKIP_DOTS )
		);
		foreach ( $iterator as $file ) {
			$relative = substr( $file->getPathname(), strlen( $dir ) + 1 );
			$extension = strtolower( $file->getExtension() );
			if ( $extension === 'wikitext' ) {
				$pages[] = $relative;
			} elseif ( str_starts_with( $relative, 'File/' ) && in_array( $extension, self::FILE_EXTENSIONS, true ) ) {
				$files[] = $relative;
			}
		}
		// Files first, so that pages using them render with the image on first parse.
		sort( $files );
		sort( $pages );
		$changed = 0;
		foreach ( $files as $relative ) {
			$changed += $this->importFile( "$dir/$relative", basename( $relative ), $user ) ? 1 : 0;
		}
		foreach ( $pages as $relative ) {
			$changed += $this->importPage( "$dir/$relative", $relative, $user ) ? 1 : 0;
		}
		$total = count( $pages ) + count( $files );
		$this->output( "Sample content: $changed of $total pages and files changed.\n" );
	}

	private function titleFor( string $relative ): ?Title {
		$name = substr( $relative, 0, -strlen( '.wikitext' ) );
		[ $namespace, $rest ] = array_pad( explode( '/', $name, 2 ), 2, '' );
		$text = $namespace === 'Main' ? $rest : "$namespace:$rest";
		return Title::newFromText( $text );
	}

	private function importPage( string $path, string $relative, User $user ): bool {
		$title = $this->titleFor( $relative );
		if ( !$title ) {
			$this->error( "Not a valid title: $relative" );
			return false;
		}
		// TimedText pages need TimedMediaHandler: without it they would land in the main namespace.
		if ( $title->getNamespace() === NS_MAIN && !str_starts_with( $relative, 'Main/' ) ) {
			$this->output( "  skipped $relative (its namespace is not on this wiki)\n" );
			return false;
		}
		// Saving trims trailing whitespace, so compare with what the wiki would store.
		$text = rtrim( (string)file_get_contents( $path ) );
		// A module with a video needs TimedMediaHandler (dev/timedmedia.sh).
		if ( str_contains( $text, '{{#trainingvideo:' )
			&& !ExtensionRegistry::getInstance()->isLoaded( 'TimedMediaHandler' )
		) {
			$this->output( "  skipped $relative (its video needs TimedMediaHandler)\n" );
			return false;
		}
		$page = $this->getServiceContainer()->getWikiPageFactory()->newFromTitle( $title );
		$current = $page->getContent();
		$content = ContentHandler::makeContent( $text, $title );
		if ( $current && $current->equals( $content ) ) {
			return false;
		}
		$updater = $page->newPageUpdater( $user );
		$updater->setContent( SlotRecord::MAIN, $content );
		$updater->saveRevision(
			CommentStoreComment::newUnsavedComment( 'Sample content from the Trainings repository' ),
			EDIT_INTERNAL | EDIT_FORCE_BOT | ( $current ? EDIT_UPDATE : EDIT_NEW )
		);
		$status = $updater->getStatus();
		if ( !$status->isOK() ) {
			$this->error( "Could not save {$title->getPrefixedText()}: " . $status->getWikiText( false, false, 'en' ) );
			return false;
		}
		if ( !$updater->wasRevisionCreated() ) {
			return false;
		}
		$this->output( "  saved {$title->getPrefixedText()}\n" );
		// The repository's library is vouched for by whoever runs this script: reviewed in the
		// state its wikitext gives (design record 0017), as the one-time migration does.
		$revision = $updater->getNewRevision();
		$record = $this->getServiceContainer()->getPageStore()->getPageByReference( $title );
		if ( $revision && $record ) {
			TrainingsServices::getWikitextReviewMigration( $this->getServiceContainer() )
				->recordFromWikitext( $user, $record, $revision, 'Sample content from the Trainings repository' );
		}
		return true;
	}

	private function importFile( string $path, string $name, User $user ): bool {
		$services = $this->getServiceContainer();
		$title = Title::makeTitleSafe( NS_FILE, $name );
		if ( !$title ) {
			$this->error( "Not a valid file name: $name" );
			return false;
		}
		// WebM is allowed only with TimedMediaHandler (dev/timedmedia.sh).
		$allowed = $this->getConfig()->get( 'FileExtensions' );
		$extension = strtolower( pathinfo( $name, PATHINFO_EXTENSION ) );
		if ( !in_array( $extension, array_map( 'strtolower', $allowed ), true ) ) {
			$this->output( "  skipped File:$name (uploads of this type are not enabled)\n" );
			return false;
		}
		$file = $services->getRepoGroup()->getLocalRepo()->newFile( $title );
		$hex = sha1_file( $path );
		if ( !$file || $hex === false ) {
			$this->error( "Cannot read or store $name" );
			return false;
		}
		// File::getSha1() is base 36, padded to 31 characters.
		$sha1 = \Wikimedia\base_convert( $hex, 16, 36, 31 );
		if ( $file->exists() && $file->getSha1() === $sha1 ) {
			return false;
		}
		$status = $file->upload(
			$path,
			'Sample content from the Trainings repository',
			"== Licensing ==\nOwn work for the Trainings sample library, CC BY-SA 4.0.",
			0,
			false,
			false,
			$user
		);
		if ( !$status->isOK() ) {
			$this->error( "Could not upload $name: " . $status->getWikiText( false, false, 'en' ) );
			return false;
		}
		$this->output( "  uploaded File:$name\n" );
		return true;
	}
}

$maintClass = ImportContent::class;
require_once RUN_MAINTENANCE_IF_MAIN;
