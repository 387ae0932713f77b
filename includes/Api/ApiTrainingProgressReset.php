<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Api;

use MediaWiki\Api\ApiMain;
use MediaWiki\Extension\Trainings\Progress\ModuleResolver;
use MediaWiki\Extension\Trainings\Progress\ResetProgressCommand;
use MediaWiki\Message\Message;
use MediaWiki\Title\Title;
use Wikimedia\ParamValidator\ParamValidator;

/**
 * action=trainingprogressreset: deletes the current user's own progress on this wiki (all of
 * it or one module's, whichever language version names it). POST, CSRF token, rate limit `trainingprogress`.
 *
 * @license GPL-2.0-or-later
 */
class ApiTrainingProgressReset extends ApiTrainingWriteBase {

	public function __construct(
		ApiMain $main,
		string $action,
		private readonly ModuleResolver $moduleResolver,
		private readonly ResetProgressCommand $resetProgressCommand
	) {
		parent::__construct( $main, $action );
	}

	public function execute(): void {
		$params = $this->extractRequestParams();
		$this->requireMaxOneParameter( $params, 'all', 'module' );
		$this->requireAtLeastOneParameter( $params, 'all', 'module' );
		$this->requireRegistered();
		$this->requireNotBlockedSitewide();
		$this->requireWithinRateLimit( ApiTrainingProgress::RATE_LIMIT );
		$moduleId = null;
		if ( $params['module'] !== null ) {
			$title = Title::newFromText( $params['module'] );
			if ( $title === null ) {
				$this->dieWithError( [ 'apierror-invalidtitle', Message::plaintextParam( $params['module'] ) ] );
			}
			$resolved = $this->moduleResolver->resolveModuleId( $title, $params['language'] );
			if ( !$resolved->isOK() ) {
				ProgressOutput::dieWithStatus( $this, $resolved );
			}
			// The language only names the module (as Training:X/fr would): progress is the module's.
			$moduleId = $resolved->getValue()[0];
		} elseif ( $params['language'] !== null ) {
			$this->dieWithError( [ 'apierror-invalidparammix-mustusewith', 'language', 'module' ],
				'invalidparammix' );
		}
		$status = $this->resetProgressCommand->resetIfAllowed( $this->getAuthority(), $moduleId );
		if ( !$status->isOK() ) {
			ProgressOutput::dieWithStatus( $this, $status );
		}
		$this->getResult()->addValue( null, $this->getModuleName(),
			[ 'result' => 'Success', 'deleted' => $status->getValue() ] );
	}

	/**
	 * @return array<string,array<string,mixed>>
	 */
	public function getAllowedParams() {
		return [
			'all' => [
				ParamValidator::PARAM_TYPE => 'boolean',
				ParamValidator::PARAM_DEFAULT => false,
			],
		] + self::moduleParams( false );
	}

	/**
	 * @return array<string,string>
	 */
	protected function getExamplesMessages() {
		return [
			'action=trainingprogressreset&module=Training:How%20to%20talk%20to%20partners&token=123ABC'
				=> 'apihelp-trainingprogressreset-example-module',
			'action=trainingprogressreset&all=1&token=123ABC'
				=> 'apihelp-trainingprogressreset-example-all',
		];
	}

}
