<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Review;

use MediaWiki\Extension\Trainings\Stats\StatsRecorder;
use MediaWiki\Extension\Trainings\TrainingsDatabase;
use MediaWiki\Extension\Trainings\Translation\CompletenessSource;
use MediaWiki\Linker\LinksMigration;
use MediaWiki\Title\Title;
use RepoGroup;
use stdClass;
use Wikimedia\Rdbms\IConnectionProvider;
use Wikimedia\Rdbms\RawSQLExpression;

/**
 * The maintainers' queue (Special:TrainingMaintenance): what needs attention in each module.
 *
 * Its cost does not grow with the number of modules in queries, only in rows: the modules
 * (MaintainedModules, two queries), the flags since each module's last review (one), quiz
 * answers since then (one), links to missing pages (one) and files (one, plus the foreign
 * file repositories' own lookups when the wiki has any). Translation completeness comes from
 * the CompletenessSource: without Translate it is unknown and the revision dates decide
 * (a version last edited before the source's last non-minor edit is outdated); with
 * Translate, its cached statistics.
 *
 * @license GPL-2.0-or-later
 */
class ReviewQueue {

	public const SERVICE_NAME = 'Trainings.ReviewQueue';

	/** Pages and files named per row at most. */
	private const MAX_TARGETS = 10;

	/**
	 * @param MaintainedModules $modules
	 * @param FeedbackStore $feedbackStore
	 * @param ReviewSchedule $schedule
	 * @param CompletenessSource $completeness
	 * @param IConnectionProvider $connectionProvider
	 * @param LinksMigration $linksMigration
	 * @param RepoGroup $repoGroup
	 * @param string $sourceLanguage The wiki's content language: every module's source language
	 * @param string $wikiId
	 * @param float $completenessThreshold A translation below this ratio (0 to 1) is listed
	 * @param float $lowFirstTry Quizzes answered right at the first try less often than this ratio are listed
	 * @param int $minAnswers ... once they have at least this many first answers since the review
	 */
	public function __construct(
		private readonly MaintainedModules $modules,
		private readonly FeedbackStore $feedbackStore,
		private readonly ReviewSchedule $schedule,
		private readonly CompletenessSource $completeness,
		private readonly IConnectionProvider $connectionProvider,
		private readonly LinksMigration $linksMigration,
		private readonly RepoGroup $repoGroup,
		private readonly string $sourceLanguage,
		private readonly string $wikiId,
		private readonly float $completenessThreshold,
		private readonly float $lowFirstTry,
		private readonly int $minAnswers
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
		$quizzes = $wantSource ? $this->quizAnswers( array_filter( $cutoffs,
			static fn ( int $id ) => $modules[$id]->quizzes > 0, ARRAY_FILTER_USE_KEY ) ) : [];
		$missingPages = $wantSource ? $this->missingPages( array_keys( $modules ) ) : [];
		$missingFiles = $wantSource ? $this->missingFiles( array_keys( $modules ) ) : [];

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
			if ( isset( $quizzes[$id] ) ) {
				[ $answers, $right ] = $quizzes[$id];
				if ( $answers >= max( 1, $this->minAnswers ) && $right / $answers < $this->lowFirstTry ) {
					$rows[] = new QueueRow( QueueRow::QUIZ, $module, $this->sourceLanguage, null, [
						'answers' => $answers, 'right' => $right, 'percent' => (int)floor( 100 * $right / $answers ),
					] );
				}
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
				} elseif ( $completeness->ratio < $this->completenessThreshold ) {
					$rows[] = new QueueRow( QueueRow::TRANSLATION_INCOMPLETE, $module, $code, null,
						[ 'percent' => $completeness->percent() ] );
				}
			} elseif ( $majorEdit !== null && $module->versions[$code] < $majorEdit ) {
				$rows[] = new QueueRow( QueueRow::TRANSLATION_OUTDATED, $module, $code, null, [ 'fuzzy' => null ] );
			}
		}
		return $rows;
	}

	/**
	 * First answers to each module's quizzes since its cut-off (the statistics table counts
	 * them per module and day, not per quiz).
	 *
	 * @param array<int,string> $cutoffs Module id => TS_MW
	 * @return array<int,array{0:int,1:int}> Module id => [ answers, right ]
	 */
	private function quizAnswers( array $cutoffs ): array {
		if ( $cutoffs === [] ) {
			return [];
		}
		$dbr = $this->connectionProvider->getReplicaDatabase( TrainingsDatabase::VIRTUAL_DOMAIN );
		$byDay = [];
		foreach ( $cutoffs as $id => $cutoff ) {
			$byDay[substr( $cutoff, 0, 8 )][] = $id;
		}
		$ors = [];
		foreach ( $byDay as $day => $ids ) {
			$ors[] = $dbr->andExpr( [
				'ts_page' => $ids,
				new RawSQLExpression( $dbr->buildComparison( '>=', [ 'ts_day' => (string)$day ] ) ),
			] );
		}
		$rows = $dbr->newSelectQueryBuilder()
			->select( [
				'ts_page',
				'answers' => 'SUM(' . StatsRecorder::QUIZ_ANSWERS . ')',
				'right' => 'SUM(' . StatsRecorder::QUIZ_RIGHT . ')',
			] )
			->from( StatsRecorder::TABLE )
			->where( [ 'ts_wiki' => $this->wikiId, $dbr->orExpr( $ors ) ] )
			->groupBy( 'ts_page' )
			->caller( __METHOD__ )
			->fetchResultSet();
		$result = [];
		foreach ( $rows as $row ) {
			/** @var stdClass $row */
			$result[(int)$row->ts_page] = [ (int)$row->answers, (int)$row->right ];
		}
		return $result;
	}

	/**
	 * @param list<int> $moduleIds
	 * @return array<int,list<string>> Module id => prefixed titles of missing pages it links
	 */
	private function missingPages( array $moduleIds ): array {
		$dbr = $this->connectionProvider->getReplicaDatabase();
		$info = $this->linksMigration->getQueryInfo( 'pagelinks' );
		[ $nsField, $titleField ] = $this->linksMigration->getTitleFields( 'pagelinks' );
		$rows = $dbr->newSelectQueryBuilder()
			->select( [ 'pl_from', 'ns' => $nsField, 'title' => $titleField ] )
			->tables( $info['tables'] )
			->joinConds( $info['joins'] )
			->leftJoin( 'page', null, [ "page_namespace = $nsField", "page_title = $titleField" ] )
			->where( [
				'pl_from' => $moduleIds,
				'page_id' => null,
				new RawSQLExpression( $dbr->buildComparison( '>=', [ $nsField => 0 ] ) ),
			] )
			->caller( __METHOD__ )
			->fetchResultSet();
		$result = [];
		foreach ( $rows as $row ) {
			/** @var stdClass $row */
			$id = (int)$row->pl_from;
			if ( count( $result[$id] ?? [] ) < self::MAX_TARGETS ) {
				$result[$id][] = Title::makeTitle( (int)$row->ns, (string)$row->title )->getPrefixedText();
			}
		}
		return $result;
	}

	/**
	 * @param list<int> $moduleIds
	 * @return array<int,list<string>> Module id => names of missing files it uses
	 */
	private function missingFiles( array $moduleIds ): array {
		$dbr = $this->connectionProvider->getReplicaDatabase();
		$rows = $dbr->newSelectQueryBuilder()
			->select( [ 'il_from', 'il_to' ] )
			->from( 'imagelinks' )
			->leftJoin( 'image', null, 'img_name = il_to' )
			->where( [ 'il_from' => $moduleIds, 'img_name' => null ] )
			->caller( __METHOD__ )
			->fetchResultSet();
		$candidates = [];
		foreach ( $rows as $row ) {
			/** @var stdClass $row */
			$candidates[(int)$row->il_from][] = (string)$row->il_to;
		}
		if ( $candidates !== [] && $this->repoGroup->hasForeignRepos() ) {
			// Files from a shared repository (Commons) exist though the local table lacks them.
			$names = array_values( array_unique( array_merge( ...array_values( $candidates ) ) ) );
			$found = $this->repoGroup->findFiles( $names );
			foreach ( $candidates as $id => $names ) {
				$candidates[$id] = array_values( array_filter( $names,
					static fn ( $name ) => !isset( $found[$name] ) ) );
			}
		}
		$result = [];
		foreach ( $candidates as $id => $names ) {
			if ( $names !== [] ) {
				$result[$id] = array_map( static fn ( $name ) => strtr( $name, '_', ' ' ),
					array_slice( $names, 0, self::MAX_TARGETS ) );
			}
		}
		return $result;
	}

}
