<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Stats;

use JobQueueGroup;
use JobSpecification;
use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Content\LanguageSubpage;
use MediaWiki\Extension\Trainings\Content\StepLayout;
use MediaWiki\Extension\Trainings\Progress\ModuleProgress;
use MediaWiki\Extension\Trainings\Progress\ModuleVersion;
use MediaWiki\Extension\Trainings\Progress\ProgressListener;
use MediaWiki\Extension\Trainings\TrainingsDatabase;
use MediaWiki\Page\PageIdentity;
use MediaWiki\Page\PageLookup;
use MediaWiki\Title\TitleValue;
use Wikimedia\Rdbms\IConnectionProvider;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * Counts, anonymously, what happens to training modules: one row of `trainings_stats` per
 * (wiki, day, module, language) whose counters are incremented by an upsert
 * (`SET ts_views = ts_views + 1`), so concurrent requests never lose a count.
 *
 * Every write happens after the response: a deferred update for the events of API requests
 * (POST), a job for page views (GET requests never write, design record 0016). A failing count
 * never breaks the request that caused it. The day is taken when the event happens (UTC), not
 * when the update or the job runs.
 *
 * What counts:
 * - a view: recordView(), from the page view hook (Hooks\StatsViewHandler). With a view
 *   sampling N > 1 (`$wgTrainingsStatsViewSampling`), a view is recorded with probability 1/N
 *   and then counts as N: an unbiased estimate, for a wiki where one write per view is too
 *   many (N = 20 writes for 5 % of the views);
 * - a start: the first progress recorded by a learner in a module version;
 * - a completion: the first time the server found the version completed for a learner;
 * - quiz answers: the first recorded outcome of each quiz for a learner (right or not), also
 *   per question in `trainings_quiz_stats` (one row per wiki, day, module, language and quiz:
 *   learners and learners right on the first try), which Special:TrainingStats reads;
 * - a completion only when the completion rule holds for what was recorded (logged-in: the
 *   progress store; anonymous: the steps seen and quizzes passed the browser reports, checked
 *   by ApiTrainingEvent against the module).
 * The last three come from RecordProgressCommand through the ProgressListener interface for
 * logged-in learners, and from action=trainingevent (recordEvent()) for anonymous ones, whose
 * progress stays in the browser (which sends each event once per module version).
 *
 * @license GPL-2.0-or-later
 */
class StatsRecorder implements ProgressListener {

	public const SERVICE_NAME = 'Trainings.StatsRecorder';

	public const TABLE = 'trainings_stats';

	public const QUIZ_TABLE = 'trainings_quiz_stats';

	/** Added to the number of a counted quiz gone from its module (remapQuizzes()). */
	private const ASIDE = 1000;
	/** Added to a quiz number while it moves (remapQuizzes()). */
	private const MOVING = 30000;

	public const VIEWS = 'ts_views';
	public const STARTS = 'ts_starts';
	public const COMPLETIONS = 'ts_completions';
	public const QUIZ_ANSWERS = 'ts_quiz_answers';
	public const QUIZ_RIGHT = 'ts_quiz_right';

	/** The counters, in the order of the table. */
	public const COUNTERS = [ self::VIEWS, self::STARTS, self::COMPLETIONS, self::QUIZ_ANSWERS, self::QUIZ_RIGHT ];

	/**
	 * @param IConnectionProvider $connectionProvider
	 * @param PageLookup $pageLookup Finds the base page of a viewed language version (through
	 *  the LinkCache, which the page view has filled)
	 * @param LanguageSubpage $languageSubpage
	 * @param string $baseLanguage Language of base pages: the wiki's content language code
	 * @param string $wikiId The current wiki (WikiMap::getCurrentWikiId())
	 * @param JobQueueGroup $jobQueueGroup Views are counted by jobs (StatsViewJob)
	 * @param int $viewSampling N: one view in N is recorded, as N views (1: every view)
	 * @param RandomSource $randomSource Chooses the sampled views
	 */
	public function __construct(
		private readonly IConnectionProvider $connectionProvider,
		private readonly PageLookup $pageLookup,
		private readonly LanguageSubpage $languageSubpage,
		private readonly string $baseLanguage,
		private readonly string $wikiId,
		private readonly JobQueueGroup $jobQueueGroup,
		private readonly int $viewSampling = 1,
		private readonly RandomSource $randomSource = new PhpRandomSource()
	) {
	}

	/** @return int N: one view in N is recorded, counting N (1: every view is) */
	public function getViewSampling(): int {
		return max( 1, $this->viewSampling );
	}

	/**
	 * Counts a view of a module page (the base page `Training:X` or a language version
	 * `Training:X/fr`, counted under the base page's id and the version's language) by a job
	 * (StatsViewJob, queued after the response). The caller knows the page is a module (the
	 * page view hook sees the player in its output): nothing is queried for it. A view that the
	 * sampling skips costs nothing at all; a recorded one costs a job, which looks the base
	 * page up and writes.
	 *
	 * Pages that cannot be a module count nothing: missing pages, other namespaces, subpages
	 * that are no language version (`Training:X/Notes`), versions whose base page is missing
	 * or a redirect.
	 */
	public function recordView( PageIdentity $page ): void {
		if ( $page->getNamespace() !== NS_TRAINING ) {
			return;
		}
		$dbKey = $page->getDBkey();
		$language = $this->languageSubpage->languageCodeOf( TitleValue::newFromPage( $page ) );
		$baseKey = $language === null ? $dbKey : substr( $dbKey, 0, (int)strrpos( $dbKey, '/' ) );
		if ( str_contains( $baseKey, '/' ) ) {
			return;
		}
		$sampling = $this->getViewSampling();
		if ( $sampling > 1 && $this->randomSource->below( $sampling ) !== 0 ) {
			return;
		}
		// A page view writes nothing, not even after its response (a large wiki's page views
		// never touch a primary database): a job counts it (design record 0016).
		$this->jobQueueGroup->lazyPush( new JobSpecification(
			StatsViewJob::TYPE,
			StatsViewJob::paramsFor( self::today(), $baseKey, $language ?? $this->baseLanguage, $sampling ),
			[],
			$page
		) );
	}

	/**
	 * Counts views of a module now (StatsViewJob): under the base page `Training:$baseKey`,
	 * unless it is missing or a redirect.
	 *
	 * @param string $day YYYYMMDD, the day of the view
	 * @param string $baseKey DB key of the module's base page
	 * @param string $language Language code of the version viewed
	 * @param int $views How many views this counts for (the sampling)
	 */
	public function countView( string $day, string $baseKey, string $language, int $views ): void {
		$base = $this->pageLookup->getPageByName( NS_TRAINING, $baseKey );
		if ( $base === null || $base->isRedirect() ) {
			return;
		}
		$this->increment( $day, $base->getId(), $language, [ self::VIEWS => $views ] );
	}

	/** @inheritDoc */
	public function onProgressRecorded( ModuleVersion $module, ?ModuleProgress $before, ModuleProgress $after ): void {
		$counts = [];
		if ( $before === null ) {
			$counts[self::STARTS] = 1;
		}
		if ( $after->isCompleted() && !( $before && $before->isCompleted() ) ) {
			$counts[self::COMPLETIONS] = 1;
		}
		$answeredBefore = $before ? $before->getQuizFirst() : [];
		$firstTries = [];
		foreach ( $after->getQuizFirst() as $number => $outcome ) {
			if ( !isset( $answeredBefore[$number] ) ) {
				$counts[self::QUIZ_ANSWERS] = ( $counts[self::QUIZ_ANSWERS] ?? 0 ) + 1;
				if ( $outcome === ModuleProgress::QUIZ_RIGHT ) {
					$counts[self::QUIZ_RIGHT] = ( $counts[self::QUIZ_RIGHT] ?? 0 ) + 1;
				}
				$firstTries[$number] = $outcome === ModuleProgress::QUIZ_RIGHT;
			}
		}
		$this->recordEvent( $module, $counts, $firstTries );
	}

	/**
	 * Counts events of a module version after the response was sent (deferred update).
	 *
	 * @param ModuleVersion $module
	 * @param array<string,int> $counts Counter column (STARTS, COMPLETIONS, QUIZ_ANSWERS,
	 *  QUIZ_RIGHT) => positive amount; nothing is written when empty
	 * @param array<int,bool> $firstTries Quiz number => whether the learner's first answer was
	 *  right, for quizzes answered for the first time
	 */
	public function recordEvent( ModuleVersion $module, array $counts, array $firstTries = [] ): void {
		if ( $counts === [] && $firstTries === [] ) {
			return;
		}
		$day = self::today();
		$moduleId = $module->getModuleId();
		$language = $module->getLanguage();
		$layout = $module->getLayout();
		DeferredUpdates::addCallableUpdate( function () use (
			$day, $moduleId, $language, $counts, $firstTries, $layout
		) {
			$this->increment( $day, $moduleId, $language, $counts );
			foreach ( $firstTries as $quiz => $right ) {
				$this->incrementQuiz( $day, $moduleId, $language, $quiz, $right, $layout->quizKey( $quiz ) );
			}
		} );
	}

	/**
	 * Counts one learner's first answer to one quiz now (callers defer it).
	 *
	 * @param string $day YYYYMMDD
	 * @param int $moduleId Base page id of the module
	 * @param string $language Language code of the version
	 * @param int $quiz Quiz number
	 * @param bool $right Whether the first answer was right
	 * @param string|null $key The quiz's stable key (StepLayout), null when unknown
	 */
	public function incrementQuiz(
		string $day, int $moduleId, string $language, int $quiz, bool $right, ?string $key = null
	): void {
		$set = [ 'tqs_learners = tqs_learners + 1' ];
		if ( $right ) {
			$set[] = 'tqs_first_right = tqs_first_right + 1';
		}
		$this->connectionProvider->getPrimaryDatabase( TrainingsDatabase::VIRTUAL_DOMAIN )
			->newInsertQueryBuilder()
			->insertInto( self::QUIZ_TABLE )
			->row( [
				'tqs_wiki' => $this->wikiId, 'tqs_day' => $day, 'tqs_page' => $moduleId, 'tqs_lang' => $language,
				'tqs_quiz' => $quiz, 'tqs_quiz_key' => $key, 'tqs_learners' => 1, 'tqs_first_right' => $right ? 1 : 0,
			] )
			->onDuplicateKeyUpdate()
			->uniqueIndexFields( [ 'tqs_wiki', 'tqs_day', 'tqs_page', 'tqs_lang', 'tqs_quiz' ] )
			->set( $set )
			->caller( __METHOD__ )
			->execute();
	}

	/**
	 * Adds to the counters of one row now (callers defer it), creating the row when missing.
	 *
	 * @param string $day YYYYMMDD
	 * @param int $moduleId Base page id of the module
	 * @param string $language Language code of the version
	 * @param array<string,int> $counts Counter column (COUNTERS) => positive amount
	 */
	public function increment( string $day, int $moduleId, string $language, array $counts ): void {
		$set = [];
		$row = [ 'ts_wiki' => $this->wikiId, 'ts_day' => $day, 'ts_page' => $moduleId, 'ts_lang' => $language ];
		foreach ( self::COUNTERS as $column ) {
			$amount = (int)( $counts[$column] ?? 0 );
			$row[$column] = $amount;
			if ( $amount > 0 ) {
				// Constant columns and a validated integer: no user input reaches the SQL.
				$set[] = "$column = $column + $amount";
			}
		}
		if ( $set === [] ) {
			return;
		}
		$this->connectionProvider->getPrimaryDatabase( TrainingsDatabase::VIRTUAL_DOMAIN )
			->newInsertQueryBuilder()
			->insertInto( self::TABLE )
			->row( $row )
			->onDuplicateKeyUpdate()
			->uniqueIndexFields( [ 'ts_wiki', 'ts_day', 'ts_page', 'ts_lang' ] )
			->set( $set )
			->caller( __METHOD__ )
			->execute();
	}

	/** Today in UTC, YYYYMMDD (ConvertibleTimestamp, so that tests can fix the time). */
	public static function today(): string {
		return substr( ConvertibleTimestamp::now( TS_MW ), 0, 8 );
	}

	/**
	 * Moves a module's first-try counts to where its quizzes are now (design record 0019): each
	 * row follows its quiz's key; rows of quizzes gone from the module are set aside (numbers
	 * above MAX_ITEMS, which no page shows), not deleted.
	 *
	 * @return int Rows moved
	 */
	public function remapQuizzes( int $moduleId, StepLayout $to ): int {
		$dbw = $this->connectionProvider->getPrimaryDatabase( TrainingsDatabase::VIRTUAL_DOMAIN );
		$where = [ 'tqs_wiki' => $this->wikiId, 'tqs_page' => $moduleId ];
		$update = static fn () => $dbw->newUpdateQueryBuilder()->update( self::QUIZ_TABLE )->caller( __METHOD__ );
		if ( $to->quizKeys !== [] ) {
			$update()->ignore()->set( [ 'tqs_quiz = tqs_quiz + ' . self::ASIDE ] )->where( $where )
				->andWhere( $dbw->expr( 'tqs_quiz_key', '!=', $to->quizKeys ) )
				->andWhere( $dbw->buildComparison( '<=', [ 'tqs_quiz' => ModuleProgress::MAX_ITEMS ] ) )
				->execute();
		}
		$moved = 0;
		// Through numbers no quiz has, so that two quizzes can change places.
		foreach ( $to->quizKeys as $index => $key ) {
			$update()->set( [ 'tqs_quiz' => self::MOVING + $index + 1 ] )
				->where( $where + [ 'tqs_quiz_key' => $key ] )
				->andWhere( $dbw->expr( 'tqs_quiz', '!=', $index + 1 ) )
				->execute();
			$moved += $dbw->affectedRows();
		}
		$update()->set( [ 'tqs_quiz = tqs_quiz - ' . self::MOVING ] )->where( $where )
			->andWhere( $dbw->buildComparison( '>', [ 'tqs_quiz' => self::MOVING ] ) )
			->execute();
		return $moved;
	}

	/**
	 * The modules of this wiki with first-try counts recorded before quiz keys were (update.php).
	 *
	 * @return int[] Base page ids
	 */
	public function modulesWithoutQuizKeys(): array {
		return array_map( 'intval', $this->connectionProvider->getPrimaryDatabase( TrainingsDatabase::VIRTUAL_DOMAIN )
			->newSelectQueryBuilder()
			->select( 'tqs_page' )
			->distinct()
			->from( self::QUIZ_TABLE )
			->where( [ 'tqs_wiki' => $this->wikiId, 'tqs_quiz_key' => null ] )
			->caller( __METHOD__ )
			->fetchFieldValues() );
	}

	/**
	 * Gives the counts recorded before quiz keys the key of the quiz at their position now.
	 *
	 * @return int Rows changed
	 */
	public function setMissingQuizKeys( int $moduleId, StepLayout $layout ): int {
		$dbw = $this->connectionProvider->getPrimaryDatabase( TrainingsDatabase::VIRTUAL_DOMAIN );
		$changed = 0;
		foreach ( $layout->quizKeys as $index => $key ) {
			$dbw->newUpdateQueryBuilder()
				->update( self::QUIZ_TABLE )
				->set( [ 'tqs_quiz_key' => $key ] )
				->where( [ 'tqs_wiki' => $this->wikiId, 'tqs_page' => $moduleId, 'tqs_quiz' => $index + 1,
					'tqs_quiz_key' => null ] )
				->caller( __METHOD__ )
				->execute();
			$changed += $dbw->affectedRows();
		}
		return $changed;
	}

}
