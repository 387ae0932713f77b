<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Context\IContextSource;
use MediaWiki\Extension\Trainings\Groups\GroupColumn;
use MediaWiki\Extension\Trainings\Groups\TrainingGroup;
use MediaWiki\Html\Html;
use MediaWiki\Linker\LinkRenderer;
use MediaWiki\SpecialPage\SpecialPage;
use MediaWiki\Title\Title;

/**
 * What a group is, for its organisers and for those invited to join: description (plain
 * text, never parsed), due date, event page, state, and for organisers the join link.
 *
 * @license GPL-2.0-or-later
 */
class GroupSummaryRenderer {

	public function __construct(
		private readonly IContextSource $context,
		private readonly LinkRenderer $linkRenderer
	) {
	}

	public function render( TrainingGroup $group, bool $withJoinLink = true ): string {
		$items = '';
		if ( $group->description !== '' ) {
			$items .= Html::element( 'p', [ 'class' => 'ext-trainings-group-description' ], $group->description );
		}
		$facts = '';
		if ( $group->due !== null ) {
			$facts .= $this->fact( 'trainings-group-due',
				htmlspecialchars( $this->context->getLanguage()->userDate( $group->due, $this->context->getUser() ) ) );
			if ( $group->remindDays !== null ) {
				$facts .= $this->fact( 'trainings-group-remind', htmlspecialchars( $this->context
					->msg( 'trainings-group-remind-days' )->numParams( $group->remindDays )->text() ) );
			}
		}
		$event = $group->event !== '' ? Title::newFromText( $group->event ) : null;
		if ( $event !== null ) {
			$facts .= $this->fact( 'trainings-group-event', $this->linkRenderer->makeLink( $event ) );
		}
		$facts .= $this->fact( 'trainings-group-state', htmlspecialchars( $this->context->msg(
			$group->isClosed() ? 'trainings-group-state-closed' : 'trainings-group-state-open' )->text() ) );
		if ( $withJoinLink && !$group->isClosed() ) {
			$url = SpecialPage::getTitleFor( 'JoinTrainingGroup', $group->code )->getCanonicalURL();
			$facts .= $this->fact( 'trainings-group-joinlink',
				Html::element( 'a', [ 'href' => $url, 'class' => 'ext-trainings-group-joinlink' ], $url ) );
		}
		return $items . Html::rawElement( 'dl', [ 'class' => 'ext-trainings-group-facts' ], $facts );
	}

	private function fact( string $key, string $valueHtml ): string {
		return Html::element( 'dt', [], $this->context->msg( $key )->text() ) . Html::rawElement( 'dd', [],
			$valueHtml );
	}

	/**
	 * @param GroupColumn[] $columns
	 */
	public function moduleList( array $columns ): string {
		$items = '';
		foreach ( $columns as $column ) {
			$items .= Html::rawElement( 'li', [], $this->linkRenderer->makeKnownLink( $column->title ) );
		}
		return Html::rawElement( 'ul', [ 'class' => 'ext-trainings-group-modules' ], $items );
	}

}
