<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Context\IContextSource;
use MediaWiki\Extension\Trainings\MaintenanceLoop\QueueRow;
use MediaWiki\Extension\Trainings\MaintenanceLoop\ReviewQueue;
use MediaWiki\Html\Html;
use MediaWiki\Linker\LinkRenderer;
use MediaWiki\SpecialPage\SpecialPage;
use MediaWiki\Title\Title;

/**
 * The maintainers' queue as a table: one row per thing to do, each with a link to where to do
 * it, and the "mark reviewed" button (a small POST form) where the reader may review. Every
 * page or file name and every number is escaped or formatted here.
 *
 * @license GPL-2.0-or-later
 */
class QueueTableRenderer {

	private const APPROVE = 'trainings-maintenance-action-approve';

	/**
	 * @param IContextSource $context
	 * @param ReviewQueue $queue For the translation links
	 * @param LinkRenderer $linkRenderer
	 * @param string|null $token The edit token when the reader may mark modules reviewed
	 * @param Title $pageTitle Special:TrainingMaintenance
	 */
	public function __construct(
		private readonly IContextSource $context,
		private readonly ReviewQueue $queue,
		private readonly LinkRenderer $linkRenderer,
		private readonly ?string $token,
		private readonly Title $pageTitle
	) {
	}

	/**
	 * @param list<QueueRow> $rows
	 */
	public function render( array $rows ): string {
		if ( $rows === [] ) {
			return Html::noticeBox( $this->context->msg( 'trainings-maintenance-empty' )->escaped(), '' );
		}
		$head = '';
		foreach ( [ 'module', 'issue', 'language', 'action' ] as $column ) {
			// trainings-maintenance-col-module, -issue, -language, -action
			$head .= Html::element( 'th', [ 'scope' => 'col' ],
				$this->context->msg( "trainings-maintenance-col-$column" )->text() );
		}
		$body = '';
		foreach ( $rows as $row ) {
			$title = Title::makeTitle( NS_TRAINING, $row->module->dbKey );
			$body .= Html::rawElement( 'tr', [
				'class' => 'ext-trainings-maintenance-row ext-trainings-maintenance-row--' . $row->type,
				'data-module' => $title->getPrefixedText(),
				'data-type' => $row->type,
			],
				Html::rawElement( 'td', [], $this->linkRenderer->makeKnownLink( $title, $row->module->title ) )
				. Html::rawElement( 'td', [], $this->describe( $row ) )
				. Html::element( 'td', [], $row->language )
				. Html::rawElement( 'td', [], $this->actions( $row, $title ) )
			);
		}
		$count = $this->context->msg( 'trainings-maintenance-count' )->numParams( count( $rows ) )->escaped();
		return Html::rawElement( 'p', [], $count )
			. Html::rawElement( 'table', [ 'class' => 'wikitable ext-trainings-maintenance-table' ],
				Html::rawElement( 'thead', [], Html::rawElement( 'tr', [], $head ) )
				. Html::rawElement( 'tbody', [], $body ) );
	}

	private function describe( QueueRow $row ): string {
		$msg = fn ( string $key ) => $this->context->msg( $key );
		$details = $row->details;
		switch ( $row->type ) {
			case QueueRow::PENDING:
				$lang = $this->context->getLanguage();
				return $msg( 'trainings-maintenance-pending' )
					->numParams( (int)$details['edits'] )
					->params( ( $details['bytes'] > 0 ? '+' : '' ) . $lang->formatNum( (int)$details['bytes'] ) )
					->dateTimeParams( (string)$details['oldest'] )
					->escaped();
			case QueueRow::UNREVIEWED:
				return $msg( 'trainings-maintenance-unreviewed' )->escaped();
			case QueueRow::REVIEW:
				$reviewed = $row->module->getReviewedDate();
				return $reviewed === null
					? $msg( 'trainings-maintenance-review-never' )->escaped()
					: $msg( 'trainings-maintenance-review-due' )->params( $reviewed )->escaped();
			case QueueRow::TRANSLATION_OUTDATED:
				return $details['fuzzy'] === null
					? $msg( 'trainings-maintenance-translation-older' )->escaped()
					: $msg( 'trainings-maintenance-translation-fuzzy' )->numParams( (int)$details['fuzzy'] )->escaped();
			case QueueRow::TRANSLATION_INCOMPLETE:
				return $msg( 'trainings-maintenance-translation-incomplete' )
					->numParams( (int)$details['percent'] )->escaped();
			case QueueRow::FEEDBACK:
				$parts = [];
				foreach ( $details as $kind => $count ) {
					// trainings-feedback-count-unclear, -outdated, -broken
					$parts[] = $msg( "trainings-feedback-count-$kind" )->numParams( (int)$count )->escaped();
				}
				return $msg( 'trainings-maintenance-feedback' )->numParams( (int)$row->step )->escaped() . ' '
					. implode( $msg( 'comma-separator' )->escaped(), $parts );
			case QueueRow::QUIZ:
				return $msg( 'trainings-maintenance-quiz' )
					->numParams( (int)$details['percent'], (int)$details['answers'] )->escaped();
			case QueueRow::MISSING_PAGES:
			case QueueRow::MISSING_FILES:
				// trainings-maintenance-missing-pages, trainings-maintenance-missing-files
				return $msg( 'trainings-maintenance-' . $row->type )
					->numParams( count( $details['targets'] ) )->escaped() . ' '
					. Html::element( 'span', [ 'class' => 'ext-trainings-maintenance-targets' ],
						implode( $msg( 'comma-separator' )->text(), $details['targets'] ) );
		}
		return '';
	}

	private function actions( QueueRow $row, Title $title ): string {
		$msg = fn ( string $key ) => $this->context->msg( $key )->text();
		$module = $row->module;
		switch ( $row->type ) {
			case QueueRow::PENDING:
				$diff = $this->linkRenderer->makeKnownLink( $title, $msg( 'trainings-maintenance-action-diff' ), [],
					[ 'diff' => $module->latestRevision, 'oldid' => $module->reviewedRevision ] );
				return $diff . ( $this->token !== null
					? ' ' . $this->reviewButton( $title, $module->latestRevision, self::APPROVE )
					: '' );
			case QueueRow::UNREVIEWED:
				$view = $this->linkRenderer->makeKnownLink( $title, $msg( 'trainings-maintenance-action-view' ), [],
					[ 'oldid' => $module->latestRevision ] );
				return $view . ( $this->token !== null
					? ' ' . $this->reviewButton( $title, $module->latestRevision, self::APPROVE )
					: '' );
			case QueueRow::REVIEW:
				$html = $this->linkRenderer->makeKnownLink( $title, $msg( 'trainings-maintenance-action-edit' ), [],
					[ 'action' => 'edit' ] );
				return $html . $this->reviewAgainButton( $row, $title );
			case QueueRow::TRANSLATION_OUTDATED:
			case QueueRow::TRANSLATION_INCOMPLETE:
				return Html::element( 'a', [ 'href' => $this->queue->getTranslateUrl( $row->module, $row->language ) ],
					$msg( 'trainings-maintenance-action-translate' ) );
			case QueueRow::FEEDBACK:
				$list = $this->linkRenderer->makeKnownLink( $this->pageTitle,
					$msg( 'trainings-maintenance-action-feedback' ), [], [ 'feedback' => $title->getPrefixedText() ] );
				$step = $this->linkRenderer->makeKnownLink( $title->createFragmentTarget( 'step-' . (int)$row->step ),
					$msg( 'trainings-maintenance-action-step' ) );
				return $list . ' ' . $step
					. $this->reviewAgainButton( $row, $title );
			case QueueRow::QUIZ:
				return $this->linkRenderer->makeKnownLink( SpecialPage::getTitleFor( 'TrainingStats' ),
					$msg( 'trainings-maintenance-action-stats' ), [], [ 'module' => $title->getPrefixedText() ] )
					. $this->reviewAgainButton( $row, $title );
			default:
				return $this->linkRenderer->makeKnownLink( $title, $msg( 'trainings-maintenance-action-edit' ), [],
					[ 'action' => 'edit' ] );
		}
	}

	/**
	 * The button of a row about the module as readers get it: the reviewer vouches again for
	 * its reviewed revision (the latest for a module never reviewed, a draft).
	 */
	private function reviewAgainButton( QueueRow $row, Title $title ): string {
		return $this->token === null ? '' : ' ' . $this->reviewButton( $title,
			$row->module->reviewedRevision ?? $row->module->latestRevision, 'trainings-maintenance-action-review' );
	}

	/**
	 * A POST form approving one revision: the reviewer approves exactly what the row showed.
	 */
	private function reviewButton( Title $title, int $revisionId, string $label ): string {
		$request = $this->context->getRequest();
		$hidden = '';
		foreach ( [ 'maintainer', 'topic', 'language' ] as $name ) {
			$value = $request->getRawVal( $name );
			if ( $value !== null && $value !== '' ) {
				$hidden .= Html::hidden( $name, $value );
			}
		}
		return Html::rawElement( 'form', [
			'method' => 'post',
			'action' => $this->pageTitle->getLocalURL(),
			'class' => 'ext-trainings-maintenance-review',
		],
			Html::hidden( 'do', 'review' )
			. Html::hidden( 'module', $title->getPrefixedText() )
			. Html::hidden( 'revid', (string)$revisionId )
			. Html::hidden( 'state', 'published' )
			. Html::hidden( 'wpEditToken', (string)$this->token )
			. $hidden
			// trainings-maintenance-action-review, trainings-maintenance-action-approve
			. Html::submitButton( $this->context->msg( $label )->text(),
				[ 'class' => 'cdx-button cdx-button--action-progressive' ] )
		);
	}

}
