<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use MediaWiki\Html\Html;
use MessageLocalizer;

/**
 * Renders the metadata box of a module (design record 0003, §2): the no-JS
 * header, whose `data-*` attributes carry the validated values for the player,
 * the export and the gadget.
 *
 * @license GPL-2.0-or-later
 */
class MetadataRenderer {

	/**
	 * @param MessageLocalizer $messages
	 * @param array<string,string> $topicLabels Topic key => label in the page's language
	 *  (Topics::labels()); a key without one shows as itself
	 */
	public function __construct(
		private readonly MessageLocalizer $messages,
		private readonly array $topicLabels = []
	) {
	}

	/**
	 * @return string HTML on one line
	 */
	public function render( ModuleMetadata $metadata ): string {
		$facts = '';
		$level = $metadata->getLevel();
		if ( $level !== null ) {
			$facts .= $this->fact( 'trainings-meta-level',
				$this->messages->msg( "trainings-meta-level-$level" )->text() );
		}
		$duration = $metadata->getDuration();
		if ( $duration !== null ) {
			$facts .= $this->fact( 'trainings-meta-duration',
				$this->messages->msg( 'trainings-meta-duration-value' )->numParams( $duration )->text() );
		}
		$topics = $metadata->getTopics();
		if ( $topics !== [] ) {
			$labels = array_map( fn ( string $topic ) => $this->topicLabels[$topic] ?? $topic, $topics );
			$facts .= $this->fact( 'trainings-meta-topics',
				implode( $this->messages->msg( 'comma-separator' )->text(), $labels ) );
		}
		$maintainers = $metadata->getMaintainers();
		if ( $maintainers !== [] ) {
			$facts .= $this->fact( 'trainings-meta-maintainers',
				implode( $this->messages->msg( 'comma-separator' )->text(), $maintainers ) );
		}
		$reviewed = $metadata->getReviewed();
		if ( $reviewed !== null ) {
			$facts .= $this->fact( 'trainings-meta-reviewed', $reviewed );
		}
		$status = $metadata->getStatus();
		$facts .= $this->fact( 'trainings-meta-status',
			$this->messages->msg( "trainings-meta-status-$status" )->text() );

		$summaryHtml = $metadata->getSummaryHtml();
		return Html::rawElement(
			'div',
			[
				'class' => 'trainings-meta',
				'data-trainings-level' => $level,
				'data-trainings-duration' => $duration === null ? null : (string)$duration,
				'data-trainings-status' => $status,
				'data-trainings-reviewed' => $reviewed,
				'data-trainings-topics' => $topics === [] ? null : implode( ' ', $topics ),
			],
			( $summaryHtml === null
				? ''
				: Html::rawElement( 'p', [ 'class' => 'trainings-meta-summary' ], $summaryHtml ) ) .
				Html::rawElement( 'dl', [ 'class' => 'trainings-meta-facts' ], $facts )
		);
	}

	private function fact( string $labelKey, string $value ): string {
		return Html::element( 'dt', [], $this->messages->msg( $labelKey )->text() ) .
			Html::element( 'dd', [], $value );
	}

}
