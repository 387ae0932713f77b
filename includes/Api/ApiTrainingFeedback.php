<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Api;

use MediaWiki\Api\ApiMain;
use MediaWiki\Extension\Trainings\Progress\ModuleResolver;
use MediaWiki\Extension\Trainings\MaintenanceLoop\Feedback;
use MediaWiki\Extension\Trainings\MaintenanceLoop\SubmitFeedbackCommand;
use Wikimedia\ParamValidator\ParamValidator;
use Wikimedia\ParamValidator\TypeDef\StringDef;

/**
 * action=trainingfeedback: a learner flags a step of a module version ("unclear", "out of
 * date", "broken") with an optional short comment. Logged-in users and anonymous readers
 * alike: POST, CSRF token (anonymous readers have one too), rate limit `trainingfeedback`
 * (per IP for anonymous readers), refused to blocked users. Anonymous readers may add a
 * comment only where `$wgTrainingsFeedbackAnonymousComments` allows it.
 *
 * @license GPL-2.0-or-later
 */
class ApiTrainingFeedback extends ApiTrainingWriteBase {

	public const RATE_LIMIT = 'trainingfeedback';

	public function __construct(
		ApiMain $main,
		string $action,
		private readonly ModuleResolver $moduleResolver,
		private readonly SubmitFeedbackCommand $command
	) {
		parent::__construct( $main, $action );
	}

	public function execute(): void {
		$params = $this->extractRequestParams();
		$user = $this->getUser();
		$module = ProgressOutput::resolveVersion(
			$this, $this->moduleResolver, $params['module'], $params['language'] );
		// Blocked from the wiki, or from this module's page (a partial block).
		$block = $user->getBlock();
		if ( $block && ( $block->isSitewide() || $block->appliesToPage( $module->getModuleId() ) ) ) {
			$this->dieBlocked( $block );
		}
		$this->requireWithinRateLimit( self::RATE_LIMIT );
		$status = $this->command->submit( $this->getAuthority(), $module, $params['step'], $params['kind'],
			$params['comment'] ?? '' );
		if ( !$status->isOK() ) {
			ProgressOutput::dieWithStatus( $this, $status, SubmitFeedbackCommand::ERROR_PREFIX );
		}
		/** @var Feedback $feedback */
		$feedback = $status->getValue();
		$this->getResult()->addValue( null, $this->getModuleName(), [
			'result' => 'Success',
			'id' => $feedback->id,
		] );
	}

	/**
	 * @return array<string,array<string,mixed>>
	 */
	public function getAllowedParams() {
		return self::moduleParams() + [
			'step' => [
				ParamValidator::PARAM_TYPE => 'integer',
				ParamValidator::PARAM_REQUIRED => true,
			],
			'kind' => [
				ParamValidator::PARAM_TYPE => Feedback::KINDS,
				ParamValidator::PARAM_REQUIRED => true,
			],
			'comment' => [
				ParamValidator::PARAM_TYPE => 'string',
				StringDef::PARAM_MAX_CHARS => Feedback::MAX_COMMENT,
			],
		];
	}

	/**
	 * @return array<string,string>
	 */
	protected function getExamplesMessages() {
		return [
			'action=trainingfeedback&module=Training:How%20to%20talk%20to%20partners&step=2&kind=unclear'
				. '&comment=Which%20form%3F&token=123ABC'
				=> 'apihelp-trainingfeedback-example-flag',
		];
	}

}
