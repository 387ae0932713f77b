<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * What one import run did and could not do: counts of modules, steps, quizzes and languages
 * converted, pages written or left alone, and every problem with its source and line
 * (decision record 0021). Filled by the readers, the converter and the writer in turn.
 *
 * @license GPL-2.0-or-later
 */
final class ImportReport {

	/** @var list<ImportProblem> */
	private array $problems = [];

	/** @var array<string,int> */
	private array $counts = [
		'modules' => 0, 'courses' => 0, 'steps' => 0, 'quizzes' => 0,
		'created' => 0, 'updated' => 0, 'unchanged' => 0, 'edited-here' => 0, 'reviewed' => 0, 'units' => 0,
	];

	/** @var array<string,true> */
	private array $languages = [];

	/** @var list<string> */
	private array $actions = [];

	public function problem( string $source, ?int $line, string $text ): void {
		$this->problems[] = new ImportProblem( $source, $line, $text );
	}

	public function count( string $what, int $by = 1 ): void {
		$this->counts[$what] = ( $this->counts[$what] ?? 0 ) + $by;
	}

	public function language( string $code ): void {
		$this->languages[$code] = true;
	}

	/** A line of what the run does or would do to one page. */
	public function action( string $line ): void {
		$this->actions[] = $line;
	}

	/** @return list<ImportProblem> */
	public function getProblems(): array {
		return $this->problems;
	}

	public function getCount( string $what ): int {
		return $this->counts[$what] ?? 0;
	}

	/** @return list<string> */
	public function getLanguages(): array {
		$codes = array_map( 'strval', array_keys( $this->languages ) );
		sort( $codes );
		return $codes;
	}

	/** @return list<string> */
	public function getActions(): array {
		return $this->actions;
	}

	/** Whether some problem's text or source contains the given string. */
	public function mentions( string $needle ): bool {
		foreach ( $this->problems as $problem ) {
			if ( str_contains( $problem->format(), $needle ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param bool $dryRun Whether the pages were only planned
	 * @return list<string> The report as lines of plain text
	 */
	public function toLines( bool $dryRun = false ): array {
		$c = $this->counts;
		$lines = $this->actions;
		$lines[] = "Modules: {$c['modules']}, courses: {$c['courses']}, steps: {$c['steps']}, "
			. "quizzes: {$c['quizzes']}, languages: " . ( implode( ', ', $this->getLanguages() ) ?: 'none' );
		[ $created, $updated ] = $dryRun ? [ 'to create', 'to update' ] : [ 'created', 'updated' ];
		$lines[] = "Pages $created: {$c['created']}, $updated: {$c['updated']}, unchanged: {$c['unchanged']}, "
			. "left alone (edited on this wiki): {$c['edited-here']}, reviews recorded: {$c['reviewed']}, "
			. "Translate units filled: {$c['units']}";
		$lines[] = 'Could not convert: ' . count( $this->problems );
		foreach ( $this->problems as $problem ) {
			$lines[] = '  ' . $problem->format();
		}
		return $lines;
	}
}
