<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Context\IContextSource;
use MediaWiki\Extension\Trainings\Groups\GroupColumn;
use MediaWiki\Extension\Trainings\Groups\ManageGroupCommand;
use MediaWiki\Extension\Trainings\Groups\TrainingGroup;
use MediaWiki\HTMLForm\HTMLForm;
use MediaWiki\Title\Title;
use StatusValue;

/**
 * The form that changes a group (`Special:TrainingGroup/<id>?edit=1`): the same fields as
 * creating one, filled with the group's values; organisers named are added. A change is logged.
 *
 * @license GPL-2.0-or-later
 */
class GroupEditForm {

	public function __construct(
		private readonly IContextSource $context,
		private readonly ManageGroupCommand $manageGroupCommand,
		private readonly Title $page
	) {
	}

	/**
	 * @param TrainingGroup $group
	 * @param GroupColumn[] $columns The group's columns (GroupContent::columns())
	 * @return bool Whether the change was saved (the caller redirects)
	 */
	public function show( TrainingGroup $group, array $columns ): bool {
		$items = [];
		foreach ( $columns as $column ) {
			if ( in_array( $column->pageId, $group->items, true ) ) {
				$items[] = Title::newFromLinkTarget( $column->title )->getPrefixedText();
			}
		}
		$saved = false;
		$form = HTMLForm::factory( 'codex', GroupFormFields::fields( implode( "\n", $items ), [
			'name' => $group->name,
			'description' => $group->description,
			'due' => $group->due === null ? '' : substr( $group->due, 0, 4 ) . '-' . substr( $group->due, 4, 2 )
				. '-' . substr( $group->due, 6, 2 ),
			'event' => $group->event === '' ? '' : strtr( $group->event, '_', ' ' ),
			'remind' => $group->remindDays === null ? '' : (string)$group->remindDays,
		] ), $this->context );
		$form->setTitle( $this->page )
			->addHiddenField( 'edit', '1' )
			->setWrapperLegendMsg( 'trainings-group-edit' )
			->setSubmitTextMsg( 'trainings-group-edit-submit' )
			->setSubmitCallback( function ( array $data ) use ( $group, &$saved ): StatusValue {
				$status = $this->manageGroupCommand->changeIfAllowed( $this->context->getAuthority(), $group->id,
					GroupFormFields::input( $data ) );
				$saved = $status->isOK();
				return $status;
			} )
			->show();
		return $saved;
	}

}
