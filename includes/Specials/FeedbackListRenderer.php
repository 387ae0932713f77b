<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Context\IContextSource;
use MediaWiki\Extension\Trainings\MaintenanceLoop\Feedback;
use MediaWiki\Extension\Trainings\MaintenanceLoop\FeedbackAccess;
use MediaWiki\Html\Html;
use MediaWiki\Linker\LinkRenderer;
use MediaWiki\Title\Title;

/**
 * One module's flags as a list: when, which step and version, what kind, the comment (always
 * escaped: it is a learner's plain text), and a delete button on the reader's own.
 *
 * @license GPL-2.0-or-later
 */
class FeedbackListRenderer {

	public function __construct(
		private readonly IContextSource $context,
		private readonly LinkRenderer $linkRenderer,
		private readonly string $token,
		private readonly Title $pageTitle
	) {
	}

	/**
	 * @param Title $module
	 * @param list<Feedback> $list
	 */
	public function render( Title $module, array $list ): string {
		$html = Html::rawElement( 'p', [], $this->linkRenderer->makeKnownLink( $module, $module->getPrefixedText() ) );
		if ( $list === [] ) {
			return $html . Html::noticeBox( $this->context->msg( 'trainings-feedback-empty' )->escaped(), '' );
		}
		$language = $this->context->getLanguage();
		$user = $this->context->getUser();
		$items = '';
		foreach ( $list as $feedback ) {
			$step = $feedback->step === 0
				? $this->context->msg( 'trainings-feedback-intro' )->text()
				: $this->context->msg( 'trainings-feedback-step' )->numParams( $feedback->step )->text();
			$line = Html::element( 'span', [ 'class' => 'ext-trainings-feedback-when' ],
					$language->userTimeAndDate( $feedback->timestamp, $user ) )
				. ' ' . Html::element( 'span', [ 'class' => 'ext-trainings-feedback-where' ],
					$step . ' (' . $feedback->language . ')' )
				// trainings-feedback-kind-unclear, -outdated, -broken
				. ' ' . Html::element( 'strong', [],
					$this->context->msg( 'trainings-feedback-kind-' . $feedback->kind )->text() );
			if ( $feedback->comment !== '' ) {
				$line .= Html::element( 'blockquote', [ 'class' => 'ext-trainings-feedback-comment' ],
					$feedback->comment );
			}
			if ( FeedbackAccess::canDelete( $this->context->getAuthority(), $feedback ) ) {
				$line .= Html::rawElement( 'form', [ 'method' => 'post', 'action' => $this->pageTitle->getLocalURL() ],
					Html::hidden( 'do', 'deletefeedback' )
					. Html::hidden( 'id', (string)$feedback->id )
					. Html::hidden( 'module', $module->getPrefixedText() )
					. Html::hidden( 'wpEditToken', $this->token )
					. Html::submitButton( $this->context->msg( 'trainings-feedback-delete' )->text(),
						[ 'class' => 'cdx-button cdx-button--action-destructive' ] ) );
			}
			$items .= Html::rawElement( 'li',
				[ 'class' => 'ext-trainings-feedback-item', 'data-id' => (string)$feedback->id ], $line );
		}
		return $html . Html::rawElement( 'ul', [ 'class' => 'ext-trainings-feedback-list' ], $items );
	}

}
