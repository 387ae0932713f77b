<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Stats;

use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Progress\ModuleProgress;
use MediaWiki\Extension\Trainings\Progress\ModuleResolver;
use MediaWiki\Extension\Trainings\Progress\ModuleVersion;
use MediaWiki\Extension\Trainings\Progress\ProgressListener;
use MediaWiki\Extension\Trainings\Progress\ProgressStore;
use MediaWiki\Linker\LinkTarget;
use Wikimedia\Rdbms\IConnectionProvider;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * Counts, anonymously, what happens to training modules: one row of `trainings_stats` per
 * (wiki, day, module, language) whose counters are incremented by an upsert
 * (`SET ts_views = ts_views + 1`), so concurrent requests never lose a count.
 *
 * Every write is a deferred update (post-send): the page view or API response is not delayed,
 * and a failing count never breaks the request that caused it. The day is taken when the
 * event happens (UTC), not when the update runs.
 *
 * What counts:
 * - a view: recordView(), from the page view hook (Hooks\StatsViewHandler);
 * - a start: the first progress recorded by a learner in a module version;
 * - a completion: the first time the server found the version completed for a learner;
 * - quiz answers: the first recorded outcome of each quiz for a learner (right or not).
 * The last three come from RecordProgressCommand through the ProgressListener interface for
 * logged-in learners, and from action=trainingevent (recordEvent()) for anonymous ones, whose
 * progress stays in the browser (which sends each event once per module version).
 *
 * @license GPL-2.0-or-later
 */
class StatsRecorder implements ProgressListener {

	public const SERVICE_NAME = 'Trainings.StatsRecorder';

	public const TABLE = 'trainings_stats';

	public const VIEWS = 'ts_views';
	public const STARTS = 'ts_starts';
	public const COMPLETIONS = 'ts_completions';
	public const QUIZ_ANSWERS = 'ts_quiz_answers';
	public const QUIZ_RIGHT = 'ts_quiz_right';

	/** The counters, in the order of the table. */
	public const COUNTERS = [ self::VIEWS, self::STARTS, self::COMPLETIONS, self::QUIZ_ANSWERS, self::QUIZ_RIGHT ];

	/**
	 * @param IConnectionProvider $connectionProvider
	 * @param ModuleResolver $moduleResolver Finds the module of a viewed page
	 * @param string $wikiId The current wiki (WikiMap::getCurrentWikiId())
	 */
	public function __construct(
		private readonly IConnectionProvider $connectionProvider,
		private readonly ModuleResolver $moduleResolver,
		private readonly string $wikiId
	) {
	}

	/**
	 * Counts a view of a module page (the base page or a language version), after the
	 * response was sent: finding the module costs one replica query, run in the deferred
	 * update. Pages that are no module (courses, other pages of the namespace) count nothing.
	 */
	public function recordView( LinkTarget $page ): void {
		$day = self::today();
		DeferredUpdates::addCallableUpdate( function () use ( $page, $day ) {
			$resolved = $this->moduleResolver->resolve( $page );
			if ( $resolved->isOK() ) {
				/** @var ModuleVersion $module */
				$module = $resolved->getValue();
				$this->increment( $day, $module->getModuleId(), $module->getLanguage(), [ self::VIEWS => 1 ] );
			}
		} );
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
		$answeredBefore = $before ? $before->getQuizzes() : [];
		foreach ( $after->getQuizzes() as $number => $outcome ) {
			if ( !isset( $answeredBefore[$number] ) ) {
				$counts[self::QUIZ_ANSWERS] = ( $counts[self::QUIZ_ANSWERS] ?? 0 ) + 1;
				if ( $outcome === ModuleProgress::QUIZ_RIGHT ) {
					$counts[self::QUIZ_RIGHT] = ( $counts[self::QUIZ_RIGHT] ?? 0 ) + 1;
				}
			}
		}
		$this->recordEvent( $module, $counts );
	}

	/**
	 * Counts events of a module version after the response was sent (deferred update).
	 *
	 * @param ModuleVersion $module
	 * @param array<string,int> $counts Counter column (STARTS, COMPLETIONS, QUIZ_ANSWERS,
	 *  QUIZ_RIGHT) => positive amount; nothing is written when empty
	 */
	public function recordEvent( ModuleVersion $module, array $counts ): void {
		if ( $counts === [] ) {
			return;
		}
		$day = self::today();
		$moduleId = $module->getModuleId();
		$language = $module->getLanguage();
		DeferredUpdates::addCallableUpdate( function () use ( $day, $moduleId, $language, $counts ) {
			$this->increment( $day, $moduleId, $language, $counts );
		} );
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
		$this->connectionProvider->getPrimaryDatabase( ProgressStore::VIRTUAL_DOMAIN )
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

}
