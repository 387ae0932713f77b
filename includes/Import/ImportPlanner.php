<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

use MediaWiki\Title\Title;

/**
 * Turns what a source holds into the pages to write, in order: each module (its page, and a
 * hand-made `/xx` version per source language when the wiki has no Translate), then each
 * library as a course of its modules. Module titles are their names in the Training namespace;
 * categories give the modules topics through the administrator's table (decision record 0021).
 *
 * @license GPL-2.0-or-later
 */
class ImportPlanner {

	public function __construct(
		private readonly ModuleConverter $converter,
		private readonly string $sourceLanguage = 'en'
	) {
	}

	/**
	 * @param SourceSet $set
	 * @param TopicMap $topics
	 * @param bool $translatable Write source pages for Translate instead of `/xx` pages
	 * @param ImportReport $report
	 * @return list<ConvertedPage>
	 */
	public function plan( SourceSet $set, TopicMap $topics, bool $translatable, ImportReport $report ): array {
		$titles = $this->titles( $set, $report );
		$moduleOfSlide = [];
		foreach ( $set->modules as $slug => $module ) {
			foreach ( $module->slides as $slideSlug => $slide ) {
				if ( $slide && isset( $titles[$slug] ) ) {
					$moduleOfSlide[$slideSlug] ??= $titles[$slug];
				}
			}
		}
		$moduleTopics = $this->topics( $set, $topics, $report );
		$pages = [];
		foreach ( $set->modules as $slug => $module ) {
			if ( !isset( $titles[$slug] ) ) {
				continue;
			}
			$links = new StepLinks( $moduleOfSlide, $titles[$slug] );
			$page = $this->converter->convert( $module, $titles[$slug], $moduleTopics[$slug] ?? [], $links, $report,
				null, $translatable );
			$pages[] = $page;
			$report->count( 'modules' );
			$report->count( 'steps', $page->steps );
			$report->count( 'quizzes', $page->quizzes );
			foreach ( $this->languages( $module ) as $code ) {
				$report->language( $code );
				// With Translate, the language's text fills the units of the marked source (0021).
				$version = $this->converter->convert( $module, $titles[$slug], $moduleTopics[$slug] ?? [],
					$links, new ImportReport(), $code, $translatable );
				$pages[] = new ConvertedPage( "{$titles[$slug]}/$code", $version->text, $version->credit, 0, 0,
					$code, $translatable );
			}
		}
		foreach ( $set->libraries as $library ) {
			$courses = [ $this->course( $library->name, $library->introduction, $library->moduleSlugs(),
				$library, $titles, $report ) ];
			// A category that is no topic here is a course of its own (0021).
			foreach ( $library->categories as $category ) {
				if ( $topics->topicOf( $category['title'] ) === null ) {
					$courses[] = $this->course( "{$library->name}: {$category['title']}", $category['description'],
						$category['modules'], $library, $titles, new ImportReport() );
				}
			}
			foreach ( array_filter( $courses ) as $course ) {
				$pages[] = $course;
				$report->count( 'courses' );
			}
		}
		return $pages;
	}

	/** @return array<string,string> Prefixed page title by module slug */
	private function titles( SourceSet $set, ImportReport $report ): array {
		$titles = [];
		foreach ( $set->modules as $slug => $module ) {
			$title = Title::makeTitleSafe( NS_TRAINING, $module->name );
			if ( $title === null || in_array( $title->getPrefixedText(), $titles, true ) ) {
				$title = Title::makeTitleSafe( NS_TRAINING, "{$module->name} ($slug)" );
			}
			if ( $title === null ) {
				$report->problem( $module->source, null, "the name \"{$module->name}\" cannot be a page title" );
				continue;
			}
			$titles[$slug] = $title->getPrefixedText();
		}
		return $titles;
	}

	/** @return array<string,list<string>> Topic keys by module slug */
	private function topics( SourceSet $set, TopicMap $map, ImportReport $report ): array {
		$topics = [];
		foreach ( $set->libraries as $library ) {
			foreach ( $library->categories as $category ) {
				$topic = $map->topicOf( $category['title'] );
				if ( $topic === null ) {
					$report->problem( $library->source, null,
						"the category \"{$category['title']}\" has no topic here: it becomes the course "
						. "\"{$library->name}: {$category['title']}\" "
						. "(--topic \"{$category['title']}=<key>\" makes it a topic)" );
					continue;
				}
				foreach ( $category['modules'] as $slug ) {
					$topics[$slug][] = $topic;
				}
			}
		}
		return array_map( static fn ( array $keys ) => array_values( array_unique( $keys ) ), $topics );
	}

	/** @return list<string> Languages the source has any translation in, the source's excluded */
	private function languages( SourceModule $module ): array {
		$codes = array_keys( $module->translations );
		foreach ( $module->slides as $slide ) {
			$codes = array_merge( $codes, $slide ? array_keys( $slide->translations ) : [] );
		}
		$codes = array_values( array_diff( array_unique( array_map( 'strval', $codes ) ), [ $this->sourceLanguage ] ) );
		sort( $codes );
		return $codes;
	}

	/**
	 * A course page of modules in order; modules that were not imported are reported and left out.
	 *
	 * @param string $name
	 * @param string $introduction Its first paragraph is the summary
	 * @param list<string> $slugs
	 * @param SourceLibrary $library Where it comes from
	 * @param array<string,string> $titles Module page titles by slug
	 * @param ImportReport $report
	 */
	private function course(
		string $name, string $introduction, array $slugs, SourceLibrary $library, array $titles, ImportReport $report
	): ?ConvertedPage {
		$title = Title::makeTitleSafe( NS_TRAINING, $name );
		$entries = [];
		foreach ( $slugs as $slug ) {
			if ( isset( $titles[$slug] ) ) {
				$entries[] = ' | ' . substr( $titles[$slug], strpos( $titles[$slug], ':' ) + 1 );
			} else {
				$report->problem( $library->source, null, "the module \"$slug\" is listed but was not imported" );
			}
		}
		if ( $title === null || !$entries ) {
			return null;
		}
		$summary = strtr( PlainText::firstParagraph( $introduction ) ?: $name, [ '|' => '{{!}}' ] );
		$text = "{{#training:\n | title = " . strtr( $name, [ '|' => '{{!}}' ] ) . "\n | summary = $summary\n}}\n"
			. "{{#trainingcourse:\n" . implode( "\n", $entries ) . "\n}}";
		return new ConvertedPage( $title->getPrefixedText(), $text, "{$library->source} ({$library->version})" );
	}
}
