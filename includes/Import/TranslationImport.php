<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

use MediaWiki\Extension\Translate\PageTranslation\TranslatablePage;
use MediaWiki\Status\Status;
use MediaWiki\Title\Title;
use MediaWiki\User\User;
use Wikimedia\Rdbms\IDBAccessObject;

/**
 * The Translate half of an import (decision record 0021): marks an imported module for
 * translation when its latest revision is not the marked one, then fills each unit of a
 * language from that language's conversion, as `Translations:<page>/<unit>/<code>` pages
 * written like any imported page (unchanged ones get no revision, a translator's later edit
 * is left alone). Translate's jobs then build the `/xx` pages, percentages and fallbacks.
 *
 * @license GPL-2.0-or-later
 */
class TranslationImport {

	/** Translate's namespace of unit translations (NS_TRANSLATIONS). */
	private const NS_TRANSLATIONS = 1198;

	public function __construct(
		private readonly ImportWriter $writer,
		private readonly TranslateUnits $units,
		private readonly ?TranslatePageMarker $marker
	) {
	}

	public function isAvailable(): bool {
		return $this->marker !== null;
	}

	/**
	 * @return string|null The marked text of the source page, null when it is not marked
	 */
	public function mark( ConvertedPage $source, User $importer, ImportOptions $options,
		ImportReport $report ): ?string {
		$title = Title::newFromText( $source->title );
		if ( $this->marker === null || $title === null || !$title->exists() ) {
			if ( $options->dryRun ) {
				$report->action( "would mark {$source->title} for translation" );
			}
			return null;
		}
		$page = TranslatablePage::newFromTitle( $title );
		if ( $page->getMarkedTag() !== $title->getLatestRevID( IDBAccessObject::READ_LATEST ) ) {
			if ( $options->dryRun ) {
				$report->action( "would mark {$source->title} for translation" );
				return null;
			}
			$status = $this->marker->mark( $title->toPageRecord(), $importer );
			if ( !$status->isOK() ) {
				$report->problem( $source->title, null, Status::wrap( $status )->getWikiText( false, false, 'en' ) );
				return null;
			}
			$report->action( "marked {$source->title} for translation" );
		}
		return $this->writer->currentText( $source->title );
	}

	public function fill(
		ConvertedPage $version, string $markedSource, User $importer, ImportOptions $options, ImportReport $report
	): void {
		$aligned = $this->units->align( $markedSource, $version->text );
		if ( $aligned['mismatched'] > 0 ) {
			$report->problem( $version->title, null, "{$aligned['mismatched']} blocks of this language do not line up "
				. 'with the source (another number of paragraphs): their units stay untranslated' );
		}
		$base = substr( $version->title, 0, (int)strrpos( $version->title, '/' ) );
		foreach ( $aligned['units'] as $id => $text ) {
			$title = Title::makeTitleSafe( self::NS_TRANSLATIONS, "$base/$id/{$version->language}" );
			if ( $title !== null ) {
				$unit = new ConvertedPage( $title->getPrefixedText(), $text, $version->credit );
				if ( $this->writer->write( $unit, $importer, $options, $report ) ) {
					$report->count( 'units' );
				}
			}
		}
	}
}
