<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Api;

use MediaWiki\Api\ApiBase;
use MediaWiki\Api\ApiMain;
use MediaWiki\Extension\Trainings\Progress\ModuleResolver;
use MediaWiki\Extension\Trainings\Progress\ResetProgressCommand;
use MediaWiki\Title\Title;
use Wikimedia\ParamValidator\ParamValidator;

/**
 * action=trainingprogressreset: deletes the current user's own progress on this wiki (all of
 * it or one module's, whichever language version names it). POST, CSRF token, rate limit `trainingprogress`.
 *
 * @license GPL-2.0-or-later
 */
class ApiTrainingProgressReset extends ApiBase {

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
		$user = $this->getUser();
		if ( !$user->isRegistered() ) {
			$this->dieWithError( 'apierror-mustbeloggedin-generic', 'notloggedin' );
		}
		$block = $user->getBlock();
		if ( $block !== null && $block->isSitewide() ) {
			$this->dieBlocked( $block );
		}
		if ( $user->pingLimiter( ApiTrainingProgress::RATE_LIMIT ) ) {
			$this->dieWithError( 'apierror-ratelimited' );
		}
		$moduleId = null;
		if ( $params['module'] !== null ) {
			$title = Title::newFromText( $params['module'] );
			if ( $title === null ) {
				$this->dieWithError( [ 'apierror-invalidtitle', wfEscapeWikiText( $params['module'] ) ] );
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

	/** @inheritDoc */
	public function mustBePosted() {
		return true;
	}

	/** @inheritDoc */
	public function isWriteMode() {
		return true;
	}

	/** @inheritDoc */
	public function needsToken() {
		return 'csrf';
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
			'module' => [
				ParamValidator::PARAM_TYPE => 'string',
			],
			'language' => [
				ParamValidator::PARAM_TYPE => 'string',
			],
		];
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

	/**
	 * @return string[]
	 */
	public function getHelpUrls() {
		return [ 'https://www.mediawiki.org/wiki/Extension:Trainings' ];
	}

}
