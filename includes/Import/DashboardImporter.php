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
		private readonly ImportWriter $writer
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

	/**
	 * @param SourceSet $set
	 * @param TopicMap $topics
	 * @param User $importer
	 * @param ImportOptions $options
	 * @param bool $translatable Source pages for Translate rather than `/xx` pages
	 * @param ImportReport $report
	 * @return list<ConvertedPage> The pages planned (written unless a dry run)
	 */
	public function import(
		SourceSet $set, TopicMap $topics, User $importer, ImportOptions $options, bool $translatable,
			ImportReport $report
	): array {
		$pages = $this->planner->plan( $set, $topics, $translatable, $report );
		foreach ( $pages as $page ) {
			$this->writer->write( $page, $importer, $options, $report );
		}
		return $pages;
	}
}
