<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Catalog;

use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Extension\Trainings\Reviews\ReviewedProperties;
use MediaWiki\Extension\Trainings\Translation\Completeness;
use MediaWiki\Extension\Trainings\Translation\LanguageVersionResolver;
use MediaWiki\Language\LanguageCode;
use MediaWiki\Languages\LanguageFactory;
use stdClass;
use Wikimedia\Rdbms\IConnectionProvider;

/**
 * The words of the versions catalog readers get (SPEC "Translations"): for the cards of one
 * catalog page, the version LanguageVersionResolver::bestOf() links to, with that version's
 * title and summary as readers get them (its reviewed properties, design record 0017: a
 * Translate translation's translated units, a hand-made page's own metadata) and the language
 * of each. One query for the translations' words, plus the completeness figures
 * (LanguageVersionResolver::completenessOfReaderVersions()); none when every card shows a
 * source page.
 *
 * @license GPL-2.0-or-later
 */
class ReaderVersionLookup {

	public const SERVICE_NAME = 'Trainings.ReaderVersionLookup';

	private const PROPERTIES = [
		ModuleProperties::TITLE, ModuleProperties::SUMMARY,
		ModuleProperties::TITLE_LANGUAGE, ModuleProperties::SUMMARY_LANGUAGE,
	];

	public function __construct(
		private readonly IConnectionProvider $connectionProvider,
		private readonly LanguageFactory $languageFactory,
		private readonly LanguageVersionResolver $resolver,
		private readonly string $contentLanguage
	) {
	}

	/**
	 * @param list<CatalogEntry> $entries Modules and courses of one catalog page
	 * @param string $language The reader's language code
	 * @return array<string,ReaderVersion> By the entries' DB keys, one for each entry
	 */
	public function forEntries( array $entries, string $language ): array {
		$codes = [];
		$subpages = [];
		foreach ( $entries as $entry ) {
			$code = $this->resolver->bestOf( $entry->getLanguages(), $language );
			$codes[$entry->getDBkey()] = $code;
			if ( $code !== null ) {
				$subpages[] = $entry->getDBkey() . '/' . $code;
			}
		}
		$properties = $this->properties( $subpages );
		$completeness = $subpages === [] ? [] : $this->resolver->completenessOfReaderVersions( $entries, $language );
		$versions = [];
		foreach ( $entries as $entry ) {
			$key = $entry->getDBkey();
			$code = $codes[$key];
			$versions[$key] = $this->version(
				$entry, $code, $code === null ? [] : $properties["$key/$code"] ?? [],
				$completeness[$key]['completeness'] ?? null
			);
		}
		return $versions;
	}

	/**
	 * @param CatalogEntry $entry
	 * @param string|null $code
	 * @param array<string,string> $properties The version's properties; none for the source
	 * @param Completeness|null $completeness
	 */
	private function version(
		CatalogEntry $entry, ?string $code, array $properties, ?Completeness $completeness
	): ReaderVersion {
		$source = $entry->getLanguages()[0] ?? $this->contentLanguage;
		$language = $code ?? $source;
		// A version without metadata of its own shows the source's words, in the source's language.
		$title = $properties[ModuleProperties::TITLE] ?? null;
		$summary = $properties[ModuleProperties::SUMMARY] ?? null;
		return new ReaderVersion(
			$code,
			$this->text( $title ?? $entry->getDisplayTitle(),
				$title === null ? $source : $properties[ModuleProperties::TITLE_LANGUAGE] ?? $language ),
			$this->text( $summary ?? $entry->getSummary(),
				$summary === null ? $source : $properties[ModuleProperties::SUMMARY_LANGUAGE] ?? $language ),
			$completeness
		);
	}

	private function text( string $text, string $language ): LocalizedText {
		return new LocalizedText( $text, $language, LanguageCode::bcp47( $language ),
			$this->languageFactory->getLanguage( $language )->getDir() );
	}

	/**
	 * @param list<string> $subpages DB keys of `X/<code>` pages
	 * @return array<string,array<string,string>> Their properties by DB key and name
	 */
	private function properties( array $subpages ): array {
		if ( $subpages === [] ) {
			return [];
		}
		$rows = $this->connectionProvider->getReplicaDatabase()->newSelectQueryBuilder()
			->select( [ 'page_title', 'trp_propname', 'trp_value' ] )
			->from( 'page' )
			->join( ReviewedProperties::TABLE, null, 'trp_page = page_id' )
			->where( [
				'page_namespace' => NS_TRAINING,
				'page_title' => $subpages,
				'trp_propname' => self::PROPERTIES,
			] )
			->caller( __METHOD__ )
			->fetchResultSet();
		$properties = [];
		foreach ( $rows as $row ) {
			/** @var stdClass $row */
			$properties[(string)$row->page_title][(string)$row->trp_propname] = (string)$row->trp_value;
		}
		return $properties;
	}

}
