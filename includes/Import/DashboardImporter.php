<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

use MediaWiki\User\User;

/**
 * The Dashboard import (decision record 0021): reads one of the three sources into a
 * SourceSet, plans the pages, writes them. The maintenance script is its only caller.
 *
 * @license GPL-2.0-or-later
 */
class DashboardImporter {

	public const SERVICE_NAME = 'Trainings.DashboardImporter';

	public function __construct(
		private readonly DumpReader $dumpReader,
		private readonly ApiReader $apiReader,
		private readonly YamlFolderReader $yamlReader,
		private readonly OnWikiSourceBuilder $onWikiBuilder,
		private readonly ImportPlanner $planner,
		private readonly ImportWriter $writer,
		private readonly TranslationImport $translation
	) {
	}

	public function readDump( string $path, ImportReport $report,
		string $prefix = OnWikiSourceBuilder::DEFAULT_PREFIX ): SourceSet {
		$pages = $this->dumpReader->read( $path, $report );
		return $this->onWikiBuilder->build( $pages, 'Meta-Wiki (' . basename( $path ) . ')', $report, $prefix );
	}

	public function readApi( string $api, ImportReport $report,
		string $prefix = OnWikiSourceBuilder::DEFAULT_PREFIX ): SourceSet {
		$pages = $this->apiReader->read( $api, $prefix, $report );
		return $this->onWikiBuilder->build( $pages, (string)parse_url( $api, PHP_URL_HOST ), $report, $prefix );
	}

	public function readYaml( string $dir, ImportReport $report ): SourceSet {
		return $this->yamlReader->read( $dir, $report );
	}

	/** Whether the wiki has Translate, so that imports fill its units rather than write `/xx` pages. */
	public function canUseTranslate(): bool {
		return $this->translation->isAvailable();
	}

	/**
	 * @param SourceSet $set
	 * @param TopicMap $topics
	 * @param User $importer
	 * @param ImportOptions $options
	 * @param bool $translatable Source pages for Translate, whose units the translations fill,
	 *  rather than `/xx` pages (only where canUseTranslate())
	 * @param ImportReport $report
	 * @return list<ConvertedPage> The pages planned (written unless a dry run)
	 */
	public function import(
		SourceSet $set, TopicMap $topics, User $importer, ImportOptions $options, bool $translatable,
		ImportReport $report
	): array {
		$translatable = $translatable && $this->translation->isAvailable();
		$pages = $this->planner->plan( $set, $topics, $translatable, $report );
		$marked = [];
		foreach ( $pages as $page ) {
			if ( $page->forUnits ) {
				$base = substr( $page->title, 0, (int)strrpos( $page->title, '/' ) );
				if ( isset( $marked[$base] ) ) {
					$this->translation->fill( $page, $marked[$base], $importer, $options, $report );
				}
				continue;
			}
			$written = $this->writer->write( $page, $importer, $options, $report );
			if ( $translatable && $page->steps > 0 && ( $written || $options->dryRun ) ) {
				$markedText = $this->translation->mark( $page, $importer, $options, $report );
				if ( $markedText !== null ) {
					$marked[$page->title] = $markedText;
				}
			}
			if ( $written ) {
				$this->writer->reviewLatest( $page->title, $options, $report );
			}
		}
		return $pages;
	}
}
