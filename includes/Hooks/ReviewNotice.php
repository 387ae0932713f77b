<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\Context\IContextSource;
use MediaWiki\Extension\Trainings\Reviews\ModuleReview;
use MediaWiki\Extension\Trainings\Reviews\ReviewCommand;
use MediaWiki\Html\Html;
use MediaWiki\Message\Message;
use MediaWiki\SpecialPage\SpecialPage;
use MediaWiki\Title\Title;

/**
 * The notices above a Training page about its review (design record 0017): a draft; the
 * reviewed revision shown while newer edits wait; the latest revision shown. Everyone gets a
 * link to the other version; editors the changes (a diff from the reviewed revision);
 * reviewers a button approving the latest revision, after reading that diff.
 *
 * @license GPL-2.0-or-later
 */
class ReviewNotice {

	public function __construct(
		private readonly IContextSource $context,
		private readonly Title $title
	) {
	}

	/** A page no reviewer approved (or unpublished). */
	public function draft( int $latest ): void {
		$this->show( 'warning', 'trainings-review-notice-draft',
			$this->msg( 'trainings-review-notice-draft' )->parse(), $this->approveButton( $latest ) );
	}

	/** The reviewed revision is shown; newer edits wait. */
	public function reviewedShown( ModuleReview $review, int $latest, int $pending ): void {
		$text = $this->msg( 'trainings-review-notice-reviewed' )
			->dateParams( $review->timestamp )->numParams( $pending )->parse();
		$links = [ $this->link( 'trainings-review-link-latest', [ 'stable' => '0' ] ) ];
		$this->show( 'notice', 'trainings-review-notice-reviewed', $text,
			$this->withEditorLinks( $links, $review, $latest ) );
	}

	/** The latest revision is shown (asked for, or the wiki's choice); readers elsewhere get the reviewed one. */
	public function latestShown( ModuleReview $review, int $latest, int $pending ): void {
		$text = $this->msg( 'trainings-review-notice-latest' )
			->numParams( $pending )->dateParams( $review->timestamp )->parse();
		$links = [ $this->link( 'trainings-review-link-reviewed', [ 'oldid' => $review->revisionId ] ) ];
		$this->show( 'warning', 'trainings-review-notice-latest', $text,
			$this->withEditorLinks( $links, $review, $latest ) );
	}

	/**
	 * @param list<string> $links HTML
	 * @return string HTML
	 */
	private function withEditorLinks( array $links, ModuleReview $review, int $latest ): string {
		if ( $this->context->getAuthority()->probablyCan( 'edit', $this->title ) ) {
			$links[] = $this->link( 'trainings-review-link-diff',
				[ 'diff' => $latest, 'oldid' => $review->revisionId ] );
		}
		return implode( ' · ', $links ) . $this->approveButton( $latest );
	}

	private function show( string $kind, string $class, string $text, string $extra ): void {
		$html = Html::rawElement( 'p', [], $text ) . ( $extra === '' ? '' : Html::rawElement( 'div', [], $extra ) );
		$out = $this->context->getOutput();
		$out->prependHTML( $kind === 'warning'
			? Html::warningBox( $html, "trainings-review-notice $class" )
			: Html::noticeBox( $html, "trainings-review-notice $class" ) );
		// Core's Codex form styles: the message box and the buttons (Specials/FormStyles).
		$out->addModuleStyles( [ 'ext.trainings.styles', 'mediawiki.htmlform.codex.styles' ] );
	}

	/**
	 * @param string $key
	 * @param array<string,string|int> $query
	 * @return string HTML
	 */
	private function link( string $key, array $query ): string {
		// trainings-review-link-latest, -reviewed, -diff
		return Html::element( 'a', [ 'href' => $this->title->getLocalURL( $query ), 'class' => $key ],
			$this->msg( $key )->text() );
	}

	/**
	 * For reviewers: approve exactly the latest revision (a POST form to Special:TrainingMaintenance,
	 * which comes back here).
	 */
	private function approveButton( int $latest ): string {
		$authority = $this->context->getAuthority();
		if ( !ReviewCommand::canReview( $authority ) ) {
			return '';
		}
		return Html::rawElement( 'form', [
			'method' => 'post',
			'action' => SpecialPage::getTitleFor( 'TrainingMaintenance' )->getLocalURL(),
			'class' => 'ext-trainings-maintenance-review trainings-review-approve',
		],
			Html::hidden( 'do', 'review' )
			. Html::hidden( 'module', $this->title->getPrefixedText() )
			. Html::hidden( 'revid', (string)$latest )
			. Html::hidden( 'state', ModuleReview::PUBLISHED )
			. Html::hidden( 'returnto', $this->title->getPrefixedText() )
			. Html::hidden( 'wpEditToken', $this->context->getCsrfTokenSet()->getToken()->toString() )
			. Html::submitButton( $this->msg( 'trainings-review-approve' )->numParams( $latest )->text(),
				[ 'class' => 'cdx-button cdx-button--action-progressive' ] )
		);
	}

	private function msg( string $key ): Message {
		return $this->context->msg( $key );
	}

}
