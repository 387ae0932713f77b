<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

use XMLReader;

/**
 * Reads the pages of an XML dump as Special:Export writes it (export format 0.10 or 0.11):
 * each page's title and the text and id of its last revision in the file. Streams the file,
 * so a dump of all of Meta-Wiki's training pages stays small in memory.
 *
 * @license GPL-2.0-or-later
 */
class DumpReader {

	/**
	 * @param string $path
	 * @param ImportReport $report Gets a problem when the file cannot be read
	 * @return array<string,SourcePage> By title
	 */
	public function read( string $path, ImportReport $report ): array {
		$reader = new XMLReader();
		if ( !is_readable( $path ) || !$reader->open( $path, null, LIBXML_NONET ) ) {
			$report->problem( $path, null, 'cannot open the dump' );
			return [];
		}
		$pages = [];
		$previous = libxml_use_internal_errors( true );
		while ( $this->next( $reader, 'page' ) ) {
			$page = $this->readPage( $reader );
			if ( $page ) {
				$pages[$page->title] = $page;
			}
		}
		if ( libxml_get_errors() ) {
			$error = libxml_get_errors()[0];
			$report->problem( $path, $error->line, 'the dump is not well-formed XML: ' . trim( $error->message ) );
			libxml_clear_errors();
		}
		libxml_use_internal_errors( $previous );
		$reader->close();
		return $pages;
	}

	private function next( XMLReader $reader, string $name ): bool {
		while ( @$reader->read() ) {
			if ( $reader->nodeType === XMLReader::ELEMENT && $reader->localName === $name ) {
				return true;
			}
		}
		return false;
	}

	private function readPage( XMLReader $reader ): ?SourcePage {
		$title = null;
		$text = null;
		$revision = 0;
		$depth = $reader->depth;
		$inRevision = false;
		while ( @$reader->read() && $reader->depth > $depth ) {
			if ( $reader->nodeType !== XMLReader::ELEMENT ) {
				continue;
			}
			$name = $reader->localName;
			if ( $name === 'revision' ) {
				$inRevision = true;
			} elseif ( $name === 'title' && !$inRevision ) {
				$title = $reader->readString();
			} elseif ( $name === 'id' && $inRevision && $reader->depth === $depth + 2 ) {
				$revision = (int)$reader->readString();
			} elseif ( $name === 'text' ) {
				$text = $reader->readString();
			}
		}
		return $title !== null && $text !== null ? new SourcePage( $title, $text, $revision ) : null;
	}
}
