<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Api;

use MediaWiki\Api\ApiMain;
use MediaWiki\Extension\Trainings\MaintenanceLoop\DeleteFeedbackCommand;
use MediaWiki\Extension\Trainings\MaintenanceLoop\SubmitFeedbackCommand;
use Wikimedia\ParamValidator\ParamValidator;

/**
 * action=trainingfeedbackdelete: the author of a flag deletes it (POST, CSRF token; logged-in
 * authors only: anonymous flags keep no author).
 *
 * @license GPL-2.0-or-later
 */
class ApiTrainingFeedbackDelete extends ApiTrainingWriteBase {

	public function __construct(
		ApiMain $main,
		string $action,
		private readonly DeleteFeedbackCommand $command
	) {
		parent::__construct( $main, $action );
	}

	public function execute(): void {
		$params = $this->extractRequestParams();
		$this->requireRegistered();
		$status = $this->command->delete( $this->getAuthority(), $params['id'] );
		if ( !$status->isOK() ) {
			ProgressOutput::dieWithStatus( $this, $status, SubmitFeedbackCommand::ERROR_PREFIX );
		}
		$this->getResult()->addValue( null, $this->getModuleName(), [ 'result' => 'Success' ] );
	}

	/**
	 * @return array<string,array<string,mixed>>
	 */
	public function getAllowedParams() {
		return [
			'id' => [
				ParamValidator::PARAM_TYPE => 'integer',
				ParamValidator::PARAM_REQUIRED => true,
			],
		];
	}

	/**
	 * @return array<string,string>
	 */
	protected function getExamplesMessages() {
		return [
			'action=trainingfeedbackdelete&id=12&token=123ABC' => 'apihelp-trainingfeedbackdelete-example',
		];
	}

}
