<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Extension\Trainings\Groups\GroupContent;
use MediaWiki\Extension\Trainings\Groups\GroupInput;

/**
 * The fields of the form that creates or changes a training group (HTMLForm, Codex), each
 * with a size limit, and the GroupInput made of what was submitted.
 *
 * @license GPL-2.0-or-later
 */
class GroupFormFields {

	/** The most bytes of a list field (modules, organisers). */
	private const MAX_LIST_BYTES = 10000;

	/**
	 * @param string $items Default of the modules field (e.g. `?items=Training:X`)
	 * @param array<string,string> $defaults Defaults of the other fields, by field name
	 * @return array<string,array<string,mixed>>
	 */
	public static function fields( string $items, array $defaults = [] ): array {
		$listCheck = static fn ( $value ) => strlen( (string)$value ) <= self::MAX_LIST_BYTES
			?: wfMessage( 'trainings-group-error-toolong' )->numParams( self::MAX_LIST_BYTES );
		return [
			'name' => [
				'type' => 'text',
				'label-message' => 'trainings-group-field-name',
				'required' => true,
				'maxlength' => GroupInput::MAX_NAME,
				'default' => $defaults['name'] ?? '',
			],
			'description' => [
				'type' => 'textarea',
				'label-message' => 'trainings-group-field-description',
				'rows' => 3,
				'maxlength' => GroupInput::MAX_DESCRIPTION,
				'default' => $defaults['description'] ?? '',
			],
			'items' => [
				'type' => 'textarea',
				'label-message' => 'trainings-group-field-items',
				'help-message' => [ 'trainings-group-field-items-help', GroupContent::MAX_ITEMS ],
				'rows' => 4,
				'required' => true,
				'default' => mb_substr( $items, 0, self::MAX_LIST_BYTES ),
				'validation-callback' => $listCheck,
			],
			'due' => [
				'type' => 'date',
				'label-message' => 'trainings-group-field-due',
				'required' => false,
				'default' => $defaults['due'] ?? '',
			],
			'remind' => [
				'type' => 'int',
				'label-message' => 'trainings-group-field-remind',
				'help-message' => [ 'trainings-group-field-remind-help', GroupInput::MAX_REMIND_DAYS ],
				'required' => false,
				'min' => 1,
				'max' => GroupInput::MAX_REMIND_DAYS,
				'default' => $defaults['remind'] ?? '',
			],
			'event' => [
				'type' => 'text',
				'label-message' => 'trainings-group-field-event',
				'help-message' => 'trainings-group-field-event-help',
				'maxlength' => 255,
				'default' => $defaults['event'] ?? '',
			],
			'organisers' => [
				'type' => 'textarea',
				'label-message' => 'trainings-group-field-organisers',
				'help-message' => 'trainings-group-field-organisers-help',
				'rows' => 2,
				'default' => '',
				'validation-callback' => $listCheck,
			],
		];
	}

	/**
	 * @param array<string,mixed> $data What HTMLForm validated
	 */
	public static function input( array $data ): GroupInput {
		return new GroupInput(
			(string)$data['name'],
			(string)( $data['description'] ?? '' ),
			GroupInput::lines( (string)$data['items'] ),
			(string)( $data['due'] ?? '' ),
			(string)( $data['event'] ?? '' ),
			GroupInput::lines( (string)( $data['organisers'] ?? '' ) ),
			(string)( $data['remind'] ?? '' )
		);
	}

}
