<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\MaintenanceLoop;

use MediaWiki\Extension\Trainings\Stats\StatsLookup;
use MediaWiki\Extension\Trainings\Translation\CompletenessSource;
use MediaWiki\Title\Title;

/**
 * The maintainers' queue (Special:TrainingMaintenance): what needs attention in each module.
 *
 * Its cost does not grow with the number of modules in queries, only in rows: the modules
 * (MaintainedModules, two queries), the flags since each module's last review (one), quiz
 * answers since then (StatsLookup, one), links to missing pages (one) and files (one, plus the
 * foreign file repositories' own lookups when the wiki has any; MissingTargets). Translation completeness comes from
 * the CompletenessSource: without Translate it is unknown and the revision dates decide
 * (a version last edited before the source's last non-minor edit is outdated); with
 * Translate, its cached statistics.
 *
 * @license GPL-2.0-or-later
 */
class ReviewQueue {

	public const SERVICE_NAME = 'Trainings.ReviewQueue';

	/**
	 * @param MaintainedModules $modules
	 * @param FeedbackStore $feedbackStore
	 * @param ReviewSchedule $schedule
	 * @param CompletenessSource $completeness
	 * @param StatsLookup $stats
	 * @param MissingTargets $missingTargets
	 * @param string $sourceLanguage The wiki's content language: every module's source language
	 * @param QueueThresholds $thresholds
	 */
	public function __construct(
		private readonly MaintainedModules $modules,
		private readonly FeedbackStore $feedbackStore,
		private readonly ReviewSchedule $schedule,
		private readonly CompletenessSource $completeness,
		private readonly StatsLookup $stats,
		private readonly MissingTargets $missingTargets,
		private readonly string $sourceLanguage,
		private readonly QueueThresholds $thresholds
	) {
	}

	public function getSourceLanguage(): string {
		return $this->sourceLanguage;
	}

	/**
	 * @return string Where to bring a language version up to date: Special:Translate with
	 *  Translate, the version's edit page without
	 */
	public function getTranslateUrl( ModuleRecord $module, string $code ): string {
		return $this->completeness->getTranslateUrl( Title::makeTitle( NS_TRAINING, $module->dbKey ), $code );
	}

	/**
	 * @return list<QueueRow> Grouped by module (by title), in the order of the constants of QueueRow
	 */
	public function build( QueueFilter $filter ): array {
		return $this->rowsFor( $this->modules->load(), $filter );
	}

	/**
	 * One page of the queue (Special:TrainingMaintenance): the rows of at most $limit modules,
	 * by DB key from $from, so that the page's cost follows its size, not the library's.
	 *
	 * @return array{0:list<QueueRow>,1:?string} The rows, and where the next page starts (null: last)
	 */
	public function buildPage( QueueFilter $filter, ?string $from, int $limit ): array {
		[ $all, $majorEdits, $next ] = $this->modules->loadPage( $filter, $from, $limit );
		return [ $this->rowsFor( [ $all, $majorEdits ], $filter ), $next ];
	}

	/**
	 * @param array{0:array<int,ModuleRecord>,1:array<int,string>} $loaded From MaintainedModules
	 * @param QueueFilter $filter
	 * @return list<QueueRow>
	 */
	private function rowsFor( array $loaded, QueueFilter $filter ): array {
		[ $all, $majorEdits ] = $loaded;
		$modules = array_filter( $all, static fn ( ModuleRecord $m ) => $filter->matchesModule( $m ) );
		if ( $modules === [] ) {
			return [];
		}
		$cutoffs = array_map( static fn ( ModuleRecord $m ) => ReviewSchedule::cutoff( $m->reviewed ), $modules );
		$wantSource = $filter->matchesLanguage( $this->sourceLanguage );

		$feedback = $this->feedbackStore->countSince( $cutoffs, $filter->language );
		$quizzes = $wantSource ? $this->stats->firstAnswersSince( array_filter( $cutoffs,
			static fn ( int $id ) => $modules[$id]->quizzes > 0, ARRAY_FILTER_USE_KEY ) ) : [];
		$missingPages = $wantSource ? $this->missingTargets->pages( array_keys( $modules ) ) : [];
		$missingFiles = $wantSource ? $this->missingTargets->files( array_keys( $modules ) ) : [];

		uasort( $modules, static fn ( ModuleRecord $a, ModuleRecord $b ) => strcmp( $a->title, $b->title ) );
		$rows = [];
		foreach ( $modules as $id => $module ) {
			if ( $wantSource && $module->reviewedRevision === null ) {
				$rows[] = new QueueRow( QueueRow::UNREVIEWED, $module, $this->sourceLanguage );
			}
			if ( $wantSource && $module->reviewedRevision !== null && $module->pendingEdits > 0 ) {
				$rows[] = new QueueRow( QueueRow::PENDING, $module, $this->sourceLanguage, null, [
					'edits' => $module->pendingEdits,
					'bytes' => $module->bytesChanged,
					'oldest' => $module->oldestPending,
				] );
			}
			if ( $wantSource && $this->schedule->isDue( $module->reviewed, $module->status ) ) {
				$rows[] = new QueueRow( QueueRow::REVIEW, $module, $this->sourceLanguage, null,
					[ 'due' => $this->schedule->dueDay( $module->reviewed ) ] );
			}
			array_push( $rows, ...$this->translationRows( $module, $majorEdits[$id] ?? null, $filter ) );
			$byLanguage = $feedback[$id] ?? [];
			ksort( $byLanguage );
			foreach ( $byLanguage as $language => $steps ) {
				ksort( $steps );
				foreach ( $steps as $step => $kinds ) {
					$rows[] = new QueueRow( QueueRow::FEEDBACK, $module, (string)$language, $step, $kinds );
				}
			}
			if ( isset( $quizzes[$id] ) && $this->thresholds->isLowFirstTry( ...$quizzes[$id] ) ) {
				[ $answers, $right ] = $quizzes[$id];
				$rows[] = new QueueRow( QueueRow::QUIZ, $module, $this->sourceLanguage, null, [
					'answers' => $answers, 'right' => $right, 'percent' => (int)floor( 100 * $right / $answers ),
				] );
			}
			if ( isset( $missingPages[$id] ) ) {
				$rows[] = new QueueRow( QueueRow::MISSING_PAGES, $module, $this->sourceLanguage, null,
					[ 'targets' => $missingPages[$id] ] );
			}
			if ( isset( $missingFiles[$id] ) ) {
				$rows[] = new QueueRow( QueueRow::MISSING_FILES, $module, $this->sourceLanguage, null,
					[ 'targets' => $missingFiles[$id] ] );
			}
		}
		return $rows;
	}

	/**
	 * @return list<QueueRow>
	 */
	private function translationRows( ModuleRecord $module, ?string $majorEdit, QueueFilter $filter ): array {
		$codes = array_values( array_filter( array_keys( $module->versions ),
			static fn ( $code ) => $filter->matchesLanguage( (string)$code ) ) );
		if ( $codes === [] ) {
			return [];
		}
		$codes = array_map( 'strval', $codes );
		$known = $this->completeness->getCompleteness(
			Title::makeTitle( NS_TRAINING, $module->dbKey ), $this->sourceLanguage, $codes );
		$rows = [];
		foreach ( $codes as $code ) {
			$completeness = $known[$code] ?? null;
			if ( $completeness !== null ) {
				if ( $completeness->outdated > 0 ) {
					$rows[] = new QueueRow( QueueRow::TRANSLATION_OUTDATED, $module, $code, null,
						[ 'fuzzy' => $completeness->outdated ] );
				} elseif ( $completeness->ratio < $this->thresholds->completeness ) {
					$rows[] = new QueueRow( QueueRow::TRANSLATION_INCOMPLETE, $module, $code, null,
						[ 'percent' => $completeness->percent() ] );
				}
			} elseif ( $majorEdit !== null && $module->versions[$code] < $majorEdit ) {
				$rows[] = new QueueRow( QueueRow::TRANSLATION_OUTDATED, $module, $code, null, [ 'fuzzy' => null ] );
			}
		}
		return $rows;
	}

}
