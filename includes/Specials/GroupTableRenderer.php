<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use DateTime;
use MediaWiki\Context\IContextSource;
use MediaWiki\Extension\Trainings\Groups\GroupCell;
use MediaWiki\Extension\Trainings\Groups\GroupColumn;
use MediaWiki\Extension\Trainings\Groups\GroupReport;
use MediaWiki\Extension\Trainings\Groups\GroupReportBuilder;
use MediaWiki\Html\Html;
use MediaWiki\Linker\LinkRenderer;
use MediaWiki\MainConfigNames;
use MediaWiki\Title\Title;
use MediaWiki\User\UserTimeCorrection;

/**
 * The organiser's table of a group (participants × modules and courses), its totals and its
 * first-try rates, as server-rendered HTML: sorted by links in the column headers (no
 * JavaScript), in a container that scrolls sideways on its own on a phone.
 *
 * @license GPL-2.0-or-later
 */
class GroupTableRenderer {

	/**
	 * @param IContextSource $context
	 * @param LinkRenderer $linkRenderer
	 * @param Title $page The group's page, for the sort links
	 * @param string $timeCorrection The reader's `timecorrection` option: dates are formatted
	 *  once per local day, not once per cell
	 */
	public function __construct(
		private readonly IContextSource $context,
		private readonly LinkRenderer $linkRenderer,
		private readonly Title $page,
		private readonly string $timeCorrection
	) {
	}

	public function table( GroupReport $report, string $sort, bool $descending ): string {
		if ( $report->names === [] ) {
			return Html::element( 'p', [ 'class' => 'ext-trainings-group-noparticipants' ],
				$this->context->msg( 'trainings-group-noparticipants' )->text() );
		}
		$head = $this->sortHeader( GroupReportBuilder::SORT_NAME,
			$this->context->msg( 'trainings-group-col-participant' )->text(), $sort, $descending );
		foreach ( $report->columns as $column ) {
			$head .= $this->sortHeader( (string)$column->pageId, $this->columnLabel( $column ), $sort, $descending );
		}
		$body = '';
		foreach ( $report->names as $user => $name ) {
			$cells = Html::element( 'th', [ 'scope' => 'row' ],
				$name ?? $this->context->msg( 'rev-deleted-user' )->text() );
			foreach ( $report->columns as $column ) {
				$cells .= $this->cell( $report->cells[$user][$column->pageId] );
			}
			$body .= Html::rawElement( 'tr', [ 'data-trainings-participant' => $name ?? '' ], $cells );
		}
		$foot = Html::element( 'th', [ 'scope' => 'row' ], $this->context->msg( 'trainings-group-totals' )->text() );
		foreach ( $report->columns as $column ) {
			$totals = $report->totals[$column->pageId];
			$foot .= Html::element( 'td', [ 'class' => 'ext-trainings-group-total' ],
				$this->context->msg( 'trainings-group-total' )->numParams(
					$totals[GroupCell::COMPLETED], $totals[GroupCell::IN_PROGRESS], $totals[GroupCell::NOT_STARTED]
				)->text() );
		}
		return Html::rawElement( 'div', [ 'class' => 'ext-trainings-group-scroll', 'tabindex' => '0',
				'role' => 'region', 'aria-label' => $this->context->msg( 'trainings-group-table-caption' )->text() ],
			Html::rawElement( 'table', [ 'class' => 'wikitable ext-trainings-group-table' ],
				Html::element( 'caption', [], $this->context->msg( 'trainings-group-table-caption' )->text() ) .
				Html::rawElement( 'thead', [], Html::rawElement( 'tr', [], $head ) ) .
				Html::rawElement( 'tbody', [], $body ) .
				Html::rawElement( 'tfoot', [], Html::rawElement( 'tr', [], $foot ) ) ) );
	}

	private function columnLabel( GroupColumn $column ): string {
		$text = Title::newFromLinkTarget( $column->title )->getText();
		return $column->isCourse() ? $this->context->msg( 'trainings-group-col-course', $text )->text() : $text;
	}

	private function sortHeader( string $key, string $label, string $sort, bool $descending ): string {
		$current = $key === $sort;
		$query = [ 'sort' => $key, 'dir' => $current && !$descending ? 'desc' : 'asc' ];
		$attributes = [ 'scope' => 'col' ];
		if ( $current ) {
			$attributes['aria-sort'] = $descending ? 'descending' : 'ascending';
		}
		return Html::rawElement( 'th', $attributes, $this->linkRenderer->makeKnownLink( $this->page, $label,
			[ 'class' => 'ext-trainings-group-sort' ], $query ) );
	}

	/** @var array<string,string> Cell texts by state, counts and date: a table repeats few of them. */
	private array $texts = [];

	private function cell( GroupCell $cell ): string {
		$date = $cell->completed === null ? '' : $this->date( $cell->completed );
		$key = $cell->state . '|' . $cell->done . '|' . $cell->total . '|' . $date;
		$this->texts[$key] ??= $this->cellText( $cell, $date );
		// One short class per cell, none for "not started": a table of 500 × 10 stays small.
		return Html::element( 'td', $cell->state === GroupCell::NOT_STARTED ? []
			: [ 'class' => 'ext-trainings-group-cell--' . $cell->state ], $this->texts[$key] );
	}

	/** @var array<string,string> Formatted dates by the reader's local day */
	private array $dates = [];

	private ?UserTimeCorrection $correction = null;

	private function date( string $timestamp ): string {
		$this->correction ??= new UserTimeCorrection( $this->timeCorrection, null,
			(int)$this->context->getConfig()->get( MainConfigNames::LocalTZoffset ) );
		$unix = gmmktime( (int)substr( $timestamp, 8, 2 ), (int)substr( $timestamp, 10, 2 ),
			(int)substr( $timestamp, 12, 2 ), (int)substr( $timestamp, 4, 2 ), (int)substr( $timestamp, 6, 2 ),
			(int)substr( $timestamp, 0, 4 ) );
		$zone = $this->correction->getTimeZone();
		$day = $zone ? ( new DateTime( "@$unix" ) )->setTimezone( $zone )->format( 'Ymd' )
			: gmdate( 'Ymd', $unix + 60 * $this->correction->getTimeOffset() );
		$this->dates[$day] ??= $this->context->getLanguage()->userDate( $timestamp, $this->context->getUser() );
		return $this->dates[$day];
	}

	private function cellText( GroupCell $cell, string $date ): string {
		return match ( $cell->state ) {
			GroupCell::COMPLETED => $this->context->msg( 'trainings-group-cell-completed' )->params( $date )->text(),
			GroupCell::IN_PROGRESS => $this->context->msg( 'trainings-group-cell-in-progress' )
				->numParams( $cell->done, $cell->total )->text(),
			default => $this->context->msg( 'trainings-group-cell-not-started' )->text(),
		};
	}

	/**
	 * Per quiz question of the group's modules: how many participants answered it and the share
	 * right at their first try.
	 */
	public function firstTries( GroupReport $report ): string {
		$rows = '';
		$language = $this->context->getLanguage();
		foreach ( $report->columns as $column ) {
			foreach ( $report->firstTries[$column->pageId] ?? [] as $quiz => [ $answered, $right ] ) {
				$rows .= Html::rawElement( 'tr', [],
					// A link (also what makes Minerva's own scrolling of tables reachable by keyboard).
					Html::rawElement( 'td', [], $this->linkRenderer->makeKnownLink( $column->title,
						Title::newFromLinkTarget( $column->title )->getText() ) ) .
					Html::element( 'td', [], $language->formatNum( $quiz ) ) .
					Html::element( 'td', [], $language->formatNum( $answered ) ) .
					Html::element( 'td', [], $answered === 0 ? '–'
						: $this->context->msg( 'percent' )->numParams( round( 100 * $right / $answered ) )->text() )
				);
			}
		}
		if ( $rows === '' ) {
			return '';
		}
		$head = '';
		foreach ( [ 'module', 'question', 'answered', 'firsttry' ] as $key ) {
			$head .= Html::element( 'th', [ 'scope' => 'col' ], $this->context->msg( "trainings-group-quiz-col-$key" )
				->text() );
		}
		// Focusable, named: a region that scrolls must be reachable with the keyboard.
		return Html::rawElement( 'div', [ 'class' => 'ext-trainings-group-scroll', 'tabindex' => '0',
				'role' => 'region', 'aria-label' => $this->context->msg( 'trainings-group-quiz-caption' )->text() ],
			Html::rawElement( 'table', [ 'class' => 'wikitable ext-trainings-group-quizzes' ],
				Html::element( 'caption', [], $this->context->msg( 'trainings-group-quiz-caption' )->text() ) .
				Html::rawElement( 'thead', [], Html::rawElement( 'tr', [], $head ) ) .
				Html::rawElement( 'tbody', [], $rows ) ) );
	}

	/**
	 * The table as CSV rows: one per participant, with a state and a date column per column.
	 *
	 * @return array<int,array<int,string|int>>
	 */
	public static function csvRows( GroupReport $report ): array {
		$header = [ 'participant' ];
		foreach ( $report->columns as $column ) {
			$label = Title::newFromLinkTarget( $column->title )->getPrefixedText();
			array_push( $header, $label, "$label (done)", "$label (of)", "$label (completed)" );
		}
		$rows = [ $header ];
		foreach ( $report->names as $user => $name ) {
			$row = [ (string)$name ];
			foreach ( $report->columns as $column ) {
				$cell = $report->cells[$user][$column->pageId];
				array_push( $row, $cell->state, $cell->done, $cell->total,
					$cell->completed === null ? '' : (string)wfTimestamp( TS_ISO_8601, $cell->completed ) );
			}
			$rows[] = $row;
		}
		return $rows;
	}

}
