<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Api;

use MediaWiki\Api\ApiBase;
use MediaWiki\Api\ApiMain;
use MediaWiki\Extension\Trainings\Progress\ModuleProgress;
use MediaWiki\Extension\Trainings\Progress\ModuleResolver;
use MediaWiki\Extension\Trainings\Progress\ProgressUpdate;
use MediaWiki\Extension\Trainings\Progress\RecordProgressCommand;
use Wikimedia\ParamValidator\ParamValidator;

/**
 * action=trainingprogress: records the current user's progress in one module version (POST,
 * CSRF token, rate limit `trainingprogress`). Idempotent: repeating a request changes nothing.
 *
 * @license GPL-2.0-or-later
 */
class ApiTrainingProgress extends ApiBase {

	public const RATE_LIMIT = 'trainingprogress';

	/** Quiz results are written "number:outcome", e.g. "2:right". */
	private const QUIZ_PATTERN = '/^([1-9][0-9]{0,2}):(' . ModuleProgress::QUIZ_RIGHT . '|'
		. ModuleProgress::QUIZ_PARTIAL . '|' . ModuleProgress::QUIZ_WRONG . ')$/';

	public function __construct(
		ApiMain $main,
		string $action,
		private readonly ModuleResolver $moduleResolver,
		private readonly RecordProgressCommand $recordProgressCommand
	) {
		parent::__construct( $main, $action );
	}

	public function execute(): void {
		$params = $this->extractRequestParams();
		$user = $this->getUser();
		if ( !$user->isRegistered() ) {
			$this->dieWithError( 'apierror-mustbeloggedin-generic', 'notloggedin' );
		}
		$block = $user->getBlock();
		if ( $block !== null && $block->isSitewide() ) {
			$this->dieBlocked( $block );
		}
		if ( $user->pingLimiter( self::RATE_LIMIT ) ) {
			$this->dieWithError( 'apierror-ratelimited' );
		}

		$module = ProgressOutput::resolveVersion(
			$this, $this->moduleResolver, $params['module'], $params['language'] );

		// No "complete" parameter: the server decides completion from what it recorded.
		$update = new ProgressUpdate(
			$params['step'],
			array_map( 'intval', $params['stepsdone'] ?? [] ),
			$this->quizOutcomes( $params['quizzes'] ?? [] ),
			$this->quizOutcomes( $params['quizfirst'] ?? [] ),
			array_map( 'intval', $params['quizpassed'] ?? [] )
		);
		$status = $this->recordProgressCommand->recordIfAllowed( $this->getAuthority(), $module, $update );
		if ( !$status->isOK() ) {
			ProgressOutput::dieWithStatus( $this, $status );
		}
		/** @var ModuleProgress $progress */
		$progress = $status->getValue();
		$this->getResult()->addValue( null, $this->getModuleName(),
			[ 'result' => 'Success' ] + ProgressOutput::progress( $progress, $module ) );
	}

	/**
	 * @param string[] $values "number:outcome"
	 * @return array<int,string> Quiz number => outcome
	 */
	private function quizOutcomes( array $values ): array {
		$quizzes = [];
		foreach ( $values as $quiz ) {
			if ( !preg_match( self::QUIZ_PATTERN, $quiz, $m ) ) {
				$this->dieWithError( [ 'apierror-trainingprogress-badquizvalue', wfEscapeWikiText( $quiz ) ],
					'badquiz' );
			}
			$quizzes[(int)$m[1]] = $m[2];
		}
		return $quizzes;
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
			'module' => [
				ParamValidator::PARAM_TYPE => 'string',
				ParamValidator::PARAM_REQUIRED => true,
			],
			'language' => [
				ParamValidator::PARAM_TYPE => 'string',
			],
			'step' => [
				ParamValidator::PARAM_TYPE => 'integer',
				ParamValidator::PARAM_REQUIRED => true,
			],
			'stepsdone' => [
				ParamValidator::PARAM_TYPE => 'integer',
				ParamValidator::PARAM_ISMULTI => true,
				ParamValidator::PARAM_ISMULTI_LIMIT1 => ModuleProgress::MAX_ITEMS,
				ParamValidator::PARAM_ISMULTI_LIMIT2 => ModuleProgress::MAX_ITEMS,
			],
			'quizzes' => [
				ParamValidator::PARAM_TYPE => 'string',
				ParamValidator::PARAM_ISMULTI => true,
				ParamValidator::PARAM_ISMULTI_LIMIT1 => ModuleProgress::MAX_ITEMS,
				ParamValidator::PARAM_ISMULTI_LIMIT2 => ModuleProgress::MAX_ITEMS,
			],
			'quizfirst' => [
				ParamValidator::PARAM_TYPE => 'string',
				ParamValidator::PARAM_ISMULTI => true,
				ParamValidator::PARAM_ISMULTI_LIMIT1 => ModuleProgress::MAX_ITEMS,
				ParamValidator::PARAM_ISMULTI_LIMIT2 => ModuleProgress::MAX_ITEMS,
			],
			'quizpassed' => [
				ParamValidator::PARAM_TYPE => 'integer',
				ParamValidator::PARAM_ISMULTI => true,
				ParamValidator::PARAM_ISMULTI_LIMIT1 => ModuleProgress::MAX_ITEMS,
				ParamValidator::PARAM_ISMULTI_LIMIT2 => ModuleProgress::MAX_ITEMS,
			],
		];
	}

	/**
	 * @return array<string,string>
	 */
	protected function getExamplesMessages() {
		return [
			'action=trainingprogress&module=Training:How%20to%20talk%20to%20partners&step=2'
				. '&stepsdone=1|2&quizzes=1:right&token=123ABC'
				=> 'apihelp-trainingprogress-example-step',
			'action=trainingprogress&module=Training:How%20to%20talk%20to%20partners/fr&step=3'
				. '&stepsdone=1|2|3&quizzes=1:right&quizfirst=1:wrong&quizpassed=1&token=123ABC'
				=> 'apihelp-trainingprogress-example-complete',
		];
	}

	/**
	 * @return string[]
	 */
	public function getHelpUrls() {
		return [ 'https://www.mediawiki.org/wiki/Extension:Trainings' ];
	}

}
