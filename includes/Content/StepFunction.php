<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use MediaWiki\Html\Html;
use MediaWiki\Parser\Parser;

/**
 * The parser function `{{#trainingstep: id }}`: names the step whose heading follows (design
 * record 0019). It renders an empty marker, the target of the step's stable fragment
 * (`#step-<id>`); the step pass (StepScanner, Parsoid's StepDom) gives its id to the next step.
 * A malformed id or one already used on the page gets an inline error instead, and the step
 * then keeps the id made from its heading.
 *
 * @license GPL-2.0-or-later
 */
class StepFunction {

	public const MAGIC_WORD = 'trainingstep';

	public const MARKER_CLASS = 'trainings-stepmarker';

	/** Extension data: the ids of the markers seen so far in this parse. */
	public const DATA_IDS = 'trainings-step-marker-ids';

	/**
	 * @param Parser $parser
	 * @param string $id
	 * @return array{0:string,isHTML:bool,noparse:bool}
	 */
	public function render( Parser $parser, $id = '' ): array {
		$id = trim( (string)$id );
		$output = $parser->getOutput();
		$seen = $output->getExtensionData( self::DATA_IDS ) ?? [];
		$problem = null;
		if ( !StepId::isValid( $id ) ) {
			$problem = new Problem( 'trainings-step-id-invalid', [ mb_substr( $id, 0, 100 ) ] );
		} elseif ( isset( $seen[$id] ) ) {
			$problem = new Problem( 'trainings-step-id-duplicate', [ $id ] );
		}
		if ( $problem !== null ) {
			$parser->addTrackingCategory( TrainingFunction::ERROR_CATEGORY );
			$output->addWarningMsg( 'trainings-metadata-warning', 1 );
			$html = ( new ProblemRenderer( new ParserMessageLocalizer( $parser ) ) )
				->render( 'trainings-step-id-error-heading', [ $problem ] );
			return [ $html, 'isHTML' => true, 'noparse' => true ];
		}
		$seen[$id] = true;
		$output->setExtensionData( self::DATA_IDS, $seen );
		return [ self::marker( $id ), 'isHTML' => true, 'noparse' => true ];
	}

	/**
	 * @return string HTML: the empty marker of a step with this (valid) id
	 */
	public static function marker( string $id ): string {
		return Html::element( 'span', [
			'class' => self::MARKER_CLASS,
			'id' => StepId::fragment( $id ),
			'data-trainings-step-id' => $id,
		] );
	}

}
