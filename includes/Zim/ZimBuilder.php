<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Zim;

use MediaWiki\Extension\Trainings\Export\OfflineAssets;
use MediaWiki\Extension\Trainings\Export\TrainingExporter;
use MediaWiki\Extension\Trainings\Topics\Topics;
use MediaWiki\Languages\LanguageFactory;
use MediaWiki\Title\Title;
use Psr\Log\LoggerInterface;
use RuntimeException;
use StatusValue;
use Throwable;
use Wikimedia\Message\IMessageFormatterFactory;
use Wikimedia\Message\ITextFormatter;
use Wikimedia\Message\MessageValue;

/**
 * Builds the ZIM file of the library in one language (design record 0007): every published course and
 * module (ZimLibrary) exported by TrainingExporter, the same HTML and offline player as the
 * single-file download, rewritten into pages of one file (ZimPageWriter), a catalog page
 * (ZimCatalogPage), packed and checked by ZimPacker.
 *
 * Nothing half-done is ever published: the file is written under a temporary name and
 * replaces the current one (ZimFileStore::publish()) only when zimcheck passes. A page with
 * an inline error or a missing image goes in as the wiki shows it; the log names it.
 *
 * @license GPL-2.0-or-later
 */
class ZimBuilder {

	public const SERVICE_NAME = 'Trainings.ZimBuilder';

	/**
	 * @param ZimLibrary $library
	 * @param ZimFileStore $store
	 * @param TrainingExporter $exporter An exporter without a size budget: images are always
	 *  embedded, then taken out as files of the ZIM
	 * @param ZimPageWriter $pageWriter
	 * @param OfflineAssets $assets
	 * @param Topics $topics The catalog's topics (design record 0020)
	 * @param IMessageFormatterFactory $messageFormatterFactory
	 * @param LanguageFactory $languageFactory
	 * @param ZimPacker $packer
	 * @param LoggerInterface $logger
	 */
	public function __construct(
		private readonly ZimLibrary $library,
		private readonly ZimFileStore $store,
		private readonly TrainingExporter $exporter,
		private readonly ZimPageWriter $pageWriter,
		private readonly OfflineAssets $assets,
		private readonly Topics $topics,
		private readonly IMessageFormatterFactory $messageFormatterFactory,
		private readonly LanguageFactory $languageFactory,
		private readonly ZimPacker $packer,
		private readonly LoggerInterface $logger
	) {
	}

	/**
	 * @param string $language A MediaWiki language code
	 * @param bool $force Build even when the current file was built from the same content
	 * @return StatusValue Good with a ZimBuildReport; fatal (with the log in the message) when
	 *  the file could not be built or did not pass zimcheck: the current file is then unchanged
	 */
	public function build( string $language, bool $force = false ): StatusValue {
		if ( !ZimFileStore::isValidLanguage( $language ) ) {
			return StatusValue::newFatal( 'trainings-zim-bad-language', $language );
		}
		$lock = $this->store->lock( $language );
		if ( !$lock ) {
			return StatusValue::newGood( new ZimBuildReport(
				$language, ZimBuildReport::BUSY, $this->store->current( $language ) ) );
		}
		try {
			$key = $this->library->contentKey( $language );
			$current = $this->store->current( $language );
			if ( !$force && $current && $current->contentKey === $key ) {
				return StatusValue::newGood( new ZimBuildReport( $language, ZimBuildReport::UP_TO_DATE, $current ) );
			}
			return $this->buildUnlocked( $language, $key );
		} finally {
			$this->store->unlock( $lock );
		}
	}

	/**
	 * @return StatusValue With a ZimBuildReport
	 */
	private function buildUnlocked( string $language, string $key ): StatusValue {
		$started = microtime( true );
		$log = [];
		[ $work, $temporary ] = $this->store->newWorkspace( $language );
		try {
			$selection = $this->library->select( $language );
			$formatter = $this->messageFormatterFactory->getTextFormatter( $language );
			$images = new ZimImageFolder( $work );
			[ $pages, $counts, $singleFileBytes ] = $this->writePages( $work, $selection, $formatter, $images, $log );
			$dir = $this->languageFactory->getLanguage( $language )->getDir();
			$catalogPage = new ZimCatalogPage( $formatter, $this->topics->labels( $language ) );
			$this->write( $work, ZimLayout::MAIN_PAGE, $catalogPage
				->render( $selection, $pages, $dir, $this->packer->creator ) );
			$this->write( $work, ZimLayout::SCRIPT, $this->assets->getScript() );
			$this->write( $work, ZimLayout::STYLES, $this->assets->getStyles() . "\n" . ZimCatalogPage::STYLES );
			$this->write( $work, ZimPacker::ILLUSTRATION, ZimIllustration::png() );

			$checked = $this->packer->pack( $language,
				$formatter->format( MessageValue::new( 'trainings-zim-title' ) ),
				$formatter->format( MessageValue::new( 'trainings-zim-description' ) ),
				$work, $temporary );
			if ( !$checked->isOK() ) {
				$log[] = (string)$checked->getValue();
				$this->logger->error( 'The ZIM file of {language} was not published: {log}',
					[ 'language' => $language, 'log' => implode( "\n", $log ) ] );
				return StatusValue::newFatal( 'trainings-zim-build-failed', $language, implode( "\n", $log ) );
			}
			$file = $this->store->publish( $language, $temporary, $key );
			$report = new ZimBuildReport( $language, ZimBuildReport::BUILT, $file, microtime( true ) - $started,
				$counts['modules'], $counts['courses'], $images->count(), $singleFileBytes, $log );
			$this->logger->info( 'Built the ZIM file of {language}: {bytes} bytes{problems}', [
				'language' => $language,
				'bytes' => $file->bytes,
				'problems' => $log === [] ? '' : "\n" . implode( "\n", $log ),
			] );
			return StatusValue::newGood( $report );
		} catch ( Throwable $error ) {
			$this->logger->error( 'The ZIM file of {language} could not be built: {message}',
				[ 'language' => $language, 'message' => $error->getMessage(), 'exception' => $error ] );
			return StatusValue::newFatal( 'trainings-zim-build-failed', $language, $error->getMessage() );
		} finally {
			$this->store->remove( $work );
			$this->store->remove( $temporary );
		}
	}

	/**
	 * Each selected module and course as a page of the ZIM file, its links to the others made
	 * local.
	 *
	 * @param string $work The workspace
	 * @param ZimSelection $selection
	 * @param ITextFormatter $formatter
	 * @param ZimImageFolder $images
	 * @param list<string> &$log What was left out or changed, a line each
	 * @return array{0:array<string,ZimPage>,1:array{modules:int,courses:int},2:int} The pages by
	 *  DB key, the counts, and the bytes the modules' single-file exports would weigh
	 */
	private function writePages(
		string $work, ZimSelection $selection, ITextFormatter $formatter, ZimImageFolder $images, array &$log
	): array {
		$links = [];
		foreach ( $selection->all() as $entry ) {
			$base = Title::makeTitle( NS_TRAINING, $entry->entry->getDBkey() );
			$links[$base->getCanonicalURL()] = $entry->fileName;
			$links[$entry->version->page->getCanonicalURL()] = $entry->fileName;
		}
		$catalogText = $formatter->format( MessageValue::new( 'trainings-zim-catalog-link' ) );
		$pages = [];
		$singleFileBytes = 0;
		$counts = [ 'modules' => 0, 'courses' => 0 ];
		foreach ( $selection->all() as $entry ) {
			$name = $entry->version->page->getPrefixedText();
			$document = $this->exporter->export( $entry->version->page );
			if ( !$document ) {
				$log[] = "$name: left out, it cannot be rendered";
				continue;
			}
			$page = $this->pageWriter->write(
				$document->getHtml(), $entry, $selection, $links, $images, $catalogText );
			foreach ( $page->problems as $problem ) {
				$log[] = "$name: $problem";
			}
			if ( !$entry->isCourse() ) {
				$singleFileBytes += $document->getBytes();
			}
			$counts[$entry->isCourse() ? 'courses' : 'modules']++;
			$this->write( $work, $entry->fileName, $page->html );
			$pages[$entry->entry->getDBkey()] = $page;
		}
		return [ $pages, $counts, $singleFileBytes ];
	}

	private function write( string $root, string $path, string $content ): void {
		$full = $root . '/' . $path;
		if ( !is_dir( dirname( $full ) ) ) {
			mkdir( dirname( $full ), 0777, true );
		}
		if ( file_put_contents( $full, $content ) === false ) {
			throw new RuntimeException( "Cannot write $path" );
		}
	}

}
