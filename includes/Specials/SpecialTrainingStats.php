<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Extension\Trainings\Progress\ModuleResolver;
use MediaWiki\Extension\Trainings\Stats\StatsCounts;
use MediaWiki\Extension\Trainings\Stats\StatsFilter;
use MediaWiki\Extension\Trainings\Stats\StatsLookup;
use MediaWiki\Html\Html;
use MediaWiki\HTMLForm\HTMLForm;
use MediaWiki\Page\PageStore;
use MediaWiki\SpecialPage\SpecialPage;
use MediaWiki\Title\Title;

/**
 * Special:TrainingStats: aggregated, anonymous counts of training modules for organisers
 * (views, starts, completions, completion rate, quiz pass rate) per module, day and language
 * over the last 7, 30 or 90 days, with a chart per day (inline SVG, see StatsChartRenderer)
 * and a CSV download (`?format=csv`).
 *
 * Open to everyone, without a right of its own: the table holds only counts per module,
 * language and day, never a user, so nothing here is more private than a page view counter.
 *
 * When views are sampled (`$wgTrainingsStatsViewSampling` above 1) a note says that the view
 * figures are estimates.
 *
 * Filters come from GET parameters (`module`, `language`, `period`); a value that is not
 * understood is named in a warning and ignored, never an error.
 *
 * @license GPL-2.0-or-later
 */
class SpecialTrainingStats extends SpecialPage {

	private const LANGUAGE_PATTERN = '/^[a-z][a-z0-9]{1,7}(-[a-z0-9]{1,8})*$/';

	public function __construct(
		private readonly PageStore $pageStore,
		private readonly ModuleResolver $moduleResolver,
		private readonly StatsLookup $statsLookup
	) {
		parent::__construct( 'TrainingStats' );
	}

	/** @inheritDoc */
	protected function getGroupName() {
		return 'wiki';
	}

	/**
	 * @param string|null $subPage
	 */
	public function execute( $subPage ): void {
		$this->setHeaders();
		$request = $this->getRequest();
		$warnings = [];
		$filter = $this->filterFromRequest( $warnings );

		if ( $request->getRawVal( 'format' ) === 'csv' ) {
			$this->outputCsv( $filter );
			return;
		}

		$this->outputHeader();
		$out = $this->getOutput();
		foreach ( $warnings as $warning ) {
			$out->addHTML( Html::warningBox( $warning ) );
		}
		$this->showForm();

		$byModule = $this->statsLookup->byModule( $filter );
		$byDay = $this->statsLookup->byDay( $filter );
		$byLanguage = $this->statsLookup->byLanguage( $filter );
		$byQuestion = $this->statsLookup->byQuestion( $filter );
		$titles = $this->moduleTitles( array_values( array_unique( array_merge(
			array_keys( $byModule ), array_column( $byQuestion, 'module' ) ) ) ) );

		$this->showPeriod( $filter );
		if ( $byModule === [] ) {
			$out->addHTML( Html::noticeBox( $this->msg( 'trainings-stats-empty' )->escaped(), '' ) );
			return;
		}
		$this->showTables( $byModule, $byDay, $byLanguage, $byQuestion, $titles );
	}

	/**
	 * The period shown, the CSV link, and whether view figures are estimates.
	 */
	private function showPeriod( StatsFilter $filter ): void {
		$out = $this->getOutput();
		$out->addHTML( Html::rawElement( 'p', [],
			$this->msg( 'trainings-stats-period' )->numParams( $filter->getPeriod() )
				->params( $this->formatDay( $filter->getFirstDay() ), $this->formatDay( $filter->getLastDay() ) )
				->escaped()
			. ' ' . Html::element( 'a', [
				'href' => $this->getPageTitle()->getLocalURL( $this->filterQuery( $filter ) + [ 'format' => 'csv' ] ),
				'download' => '',
			], $this->msg( 'trainings-stats-download-csv' )->text() )
		) );
		$sampling = (int)$this->getConfig()->get( 'TrainingsStatsViewSampling' );
		if ( $sampling > 1 ) {
			$out->addHTML( Html::element( 'p', [ 'class' => 'ext-trainings-stats-sampling' ],
				$this->msg( 'trainings-stats-sampling' )->numParams( $sampling )->text() ) );
		}
	}

	/**
	 * @param array<int,StatsCounts> $byModule
	 * @param array<string,StatsCounts> $byDay
	 * @param array<string,StatsCounts> $byLanguage
	 * @param array<int,array{module:int,quiz:int,learners:int,right:int}> $byQuestion
	 * @param array<int,Title> $titles
	 */
	private function showTables(
		array $byModule, array $byDay, array $byLanguage, array $byQuestion, array $titles
	): void {
		$out = $this->getOutput();
		$tables = new StatsTables( $this->getContext(), $this->getLinkRenderer() );
		$out->addHTML( Html::element( 'h2', [], $this->msg( 'trainings-stats-heading-days' )->text() ) );
		$out->addHTML( $this->dayChart( $byDay ) );
		$out->addHTML( $this->dayTable( $byDay, $tables ) );

		$out->addHTML( Html::element( 'h2', [], $this->msg( 'trainings-stats-heading-modules' )->text() ) );
		$rows = [];
		foreach ( $byModule as $id => $counts ) {
			$rows[] = [ $tables->moduleLink( $id, $titles ), $counts ];
		}
		$out->addHTML( $tables->countsTable( 'trainings-stats-col-module', $rows, 'trainings-stats-caption-modules' ) );

		if ( $byQuestion !== [] ) {
			$out->addHTML( Html::element( 'h2', [ 'id' => 'trainings-stats-questions' ],
				$this->msg( 'trainings-stats-heading-questions' )->text() ) );
			$out->addHTML( $tables->questionTable( $byQuestion, $titles ) );
		}

		$out->addHTML( Html::element( 'h2', [], $this->msg( 'trainings-stats-heading-languages' )->text() ) );
		$rows = [];
		foreach ( $byLanguage as $code => $counts ) {
			$rows[] = [ htmlspecialchars( (string)$code ), $counts ];
		}
		$out->addHTML(
			$tables->countsTable( 'trainings-stats-col-language', $rows, 'trainings-stats-caption-languages' )
		);
	}

	/**
	 * Reads module, language and period from the request; bad values are ignored with a warning.
	 *
	 * @param string[] &$warnings HTML of the warnings
	 */
	private function filterFromRequest( array &$warnings ): StatsFilter {
		$request = $this->getRequest();
		$period = StatsFilter::DEFAULT_PERIOD;
		$rawPeriod = $request->getRawVal( 'period' );
		if ( $rawPeriod !== null && $rawPeriod !== '' ) {
			if ( in_array( $rawPeriod, array_map( 'strval', StatsFilter::PERIODS ), true ) ) {
				$period = (int)$rawPeriod;
			} else {
				$warnings[] = $this->msg( 'trainings-stats-bad-period' )->plaintextParams( $rawPeriod )
					->numParams( StatsFilter::DEFAULT_PERIOD )->parse();
			}
		}

		$language = null;
		$rawLanguage = trim( (string)$request->getRawVal( 'language' ) );
		if ( $rawLanguage !== '' ) {
			if ( preg_match( self::LANGUAGE_PATTERN, strtolower( $rawLanguage ) ) ) {
				$language = strtolower( $rawLanguage );
			} else {
				$warnings[] = $this->msg( 'trainings-stats-bad-language' )->plaintextParams( $rawLanguage )->parse();
			}
		}

		$moduleId = null;
		$rawModule = trim( (string)$request->getRawVal( 'module' ) );
		if ( $rawModule !== '' ) {
			$title = Title::newFromText( $rawModule, NS_TRAINING );
			$resolved = $title ? $this->moduleResolver->resolveModuleId( $title ) : null;
			if ( $resolved && $resolved->isOK() ) {
				[ $moduleId, $versionLanguage ] = $resolved->getValue();
				// Training:X/fr names the French version: its language, unless one was given.
				$language ??= $versionLanguage;
			} else {
				$warnings[] = $this->msg( 'trainings-stats-bad-module' )->plaintextParams( $rawModule )->parse();
			}
		}
		return StatsFilter::lastDays( $period, $moduleId, $language );
	}

	/**
	 * @return array<string,string|int> The GET parameters of a filter
	 */
	private function filterQuery( StatsFilter $filter ): array {
		$query = [ 'period' => $filter->getPeriod() ];
		$module = trim( (string)$this->getRequest()->getRawVal( 'module' ) );
		if ( $filter->getModuleId() !== null ) {
			$query['module'] = $module;
		}
		if ( $filter->getLanguage() !== null ) {
			$query['language'] = $filter->getLanguage();
		}
		return $query;
	}

	private function showForm(): void {
		$periods = [];
		foreach ( StatsFilter::PERIODS as $days ) {
			$periods[$this->msg( 'trainings-stats-period-option' )->numParams( $days )->text()] = (string)$days;
		}
		$fields = [
			'module' => [
				'type' => 'text',
				'name' => 'module',
				'label-message' => 'trainings-stats-filter-module',
				'help-message' => 'trainings-stats-filter-module-help',
			],
			'language' => [
				'type' => 'text',
				'name' => 'language',
				'label-message' => 'trainings-stats-filter-language',
				'size' => 10,
			],
			'period' => [
				'type' => 'select',
				'name' => 'period',
				'label-message' => 'trainings-stats-filter-period',
				'options' => $periods,
				'default' => (string)StatsFilter::DEFAULT_PERIOD,
			],
		];
		// Codex, not OOUI: OOUI's dropdown is a textbox role without a name (axe: aria-input-field-name).
		HTMLForm::factory( 'codex', $fields, $this->getContext() )
			->setMethod( 'get' )
			->setTitle( $this->getPageTitle() )
			->setWrapperLegendMsg( 'trainings-stats-filters' )
			->setSubmitTextMsg( 'trainings-stats-apply' )
			->prepareForm()
			->displayForm( false );
	}

	/**
	 * @param array<string,StatsCounts> $byDay
	 */
	private function dayChart( array $byDay ): string {
		$totals = new StatsCounts();
		foreach ( $byDay as $counts ) {
			$totals = $totals->plus( $counts );
		}
		$labels = [
			'views' => $this->msg( 'trainings-stats-col-views' )->text(),
			'starts' => $this->msg( 'trainings-stats-col-starts' )->text(),
			'completions' => $this->msg( 'trainings-stats-col-completions' )->text(),
		];
		$days = array_keys( $byDay );
		$description = $this->msg( 'trainings-stats-chart-desc' )
			->params( $this->formatDay( (string)$days[0] ), $this->formatDay( (string)end( $days ) ) )
			->numParams( $totals->getViews(), $totals->getStarts(), $totals->getCompletions() )
			->text();
		$language = $this->getLanguage();
		return Html::rawElement( 'figure', [ 'class' => 'ext-trainings-stats-figure' ],
			( new StatsChartRenderer( $this->msg( 'colon-separator' )->text() ) )->render(
				'ext-trainings-stats-chart',
				$byDay,
				$this->msg( 'trainings-stats-chart-title' )->text(),
				$description,
				$labels,
				static fn ( int $n ): string => $language->formatNum( $n ),
				fn ( string $day ): string => $this->formatDay( $day )
			)
		);
	}

	/**
	 * The figures of the chart as a table, its accessible equivalent.
	 *
	 * @param array<string,StatsCounts> $byDay
	 */
	private function dayTable( array $byDay, StatsTables $tables ): string {
		$rows = [];
		foreach ( array_reverse( $byDay, true ) as $day => $counts ) {
			$rows[] = [ htmlspecialchars( $this->formatDay( (string)$day ) ), $counts ];
		}
		return $tables->countsTable( 'trainings-stats-col-day', $rows, 'trainings-stats-caption-days' );
	}

	private function formatDay( string $day ): string {
		return $this->getLanguage()->userDate( $day . '000000', $this->getUser() );
	}

	/**
	 * @param int[] $ids Base page ids
	 * @return array<int,Title> By page id; modules deleted since are missing
	 */
	private function moduleTitles( array $ids ): array {
		if ( $ids === [] ) {
			return [];
		}
		$titles = [];
		foreach ( $this->pageStore->newSelectQueryBuilder()->wherePageIds( $ids )->caller( __METHOD__ )
			->fetchPageRecords() as $page ) {
			$titles[$page->getId()] = Title::newFromPageIdentity( $page );
		}
		return $titles;
	}

	/**
	 * Sends the rows of the period as a CSV file instead of the page.
	 */
	private function outputCsv( StatsFilter $filter ): void {
		$rows = $this->statsLookup->rows( $filter );
		$titles = $this->moduleTitles( array_values( array_unique( array_column( $rows, 'module' ) ) ) );
		$csv = [ [ 'day', 'module_id', 'module', 'language', 'views', 'starts', 'completions',
			'quiz_answers', 'quiz_right' ] ];
		foreach ( $rows as $row ) {
			$counts = $row['counts'];
			$day = $row['day'];
			$csv[] = [
				substr( $day, 0, 4 ) . '-' . substr( $day, 4, 2 ) . '-' . substr( $day, 6, 2 ),
				$row['module'],
				isset( $titles[$row['module']] ) ? $titles[$row['module']]->getPrefixedText() : '',
				$row['language'],
				$counts->getViews(),
				$counts->getStarts(),
				$counts->getCompletions(),
				$counts->getQuizAnswers(),
				$counts->getQuizRight(),
			];
		}
		$this->getOutput()->disable();
		$response = $this->getRequest()->response();
		$response->header( 'Content-Type: text/csv; charset=utf-8' );
		$response->header( 'Content-Disposition: attachment; filename="training-stats-'
			. $filter->getFirstDay() . '-' . $filter->getLastDay() . '.csv"' );
		$response->header( 'X-Content-Type-Options: nosniff' );
		echo StatsCsv::format( $csv );
	}

}
