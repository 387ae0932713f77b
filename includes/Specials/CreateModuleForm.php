<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Html\Html;
use MediaWiki\Title\Title;
use MessageLocalizer;

/**
 * The "create a module" shortcut under the catalog: a GET form to
 * index.php?title=Training:…&action=edit, so the new page opens in the editor with the module
 * skeleton (EditFormPreloadTextHandler). Whether to show it is the page's decision.
 *
 * @license GPL-2.0-or-later
 */
class CreateModuleForm {

	private const INPUT_ID = 'ext-trainings-create-title';

	/**
	 * @param MessageLocalizer $localizer For the labels, in the user's language
	 * @param string $action The form's action ($wgScript)
	 */
	public function __construct(
		private readonly MessageLocalizer $localizer,
		private readonly string $action
	) {
	}

	public function render(): string {
		$prefix = Title::makeTitle( NS_TRAINING, 'X' )->getNsText() . ':';
		$field = Html::rawElement(
			'div',
			[ 'class' => 'cdx-label' ],
			Html::rawElement(
				'label',
				[ 'class' => 'cdx-label__label', 'for' => self::INPUT_ID ],
				Html::element( 'span', [ 'class' => 'cdx-label__label__text' ],
					$this->localizer->msg( 'trainings-create-label' )->text() )
			)
		) . Html::rawElement(
			'div',
			[ 'class' => 'cdx-text-input' ],
			Html::element( 'input', [
				'class' => 'cdx-text-input__input',
				'type' => 'text',
				'name' => 'title',
				'id' => self::INPUT_ID,
				'value' => $prefix,
				'required' => true,
			] )
		);
		return Html::rawElement(
			'form',
			[
				'class' => 'ext-trainings-create',
				'method' => 'get',
				'action' => $this->action,
			],
			Html::rawElement(
				'fieldset',
				[],
				Html::element( 'legend', [], $this->localizer->msg( 'trainings-create-legend' )->text() ) .
					Html::hidden( 'action', 'edit' ) .
					$field .
					Html::element(
						'button',
						[
							'class' => 'cdx-button cdx-button--action-progressive cdx-button--weight-primary',
							'type' => 'submit',
						],
						$this->localizer->msg( 'trainings-create-button' )->text()
					)
			)
		);
	}

}
