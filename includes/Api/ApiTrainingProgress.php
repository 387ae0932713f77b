<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Api;

use MediaWiki\Api\ApiMain;
use MediaWiki\Extension\Trainings\Progress\ModuleProgress;
use MediaWiki\Extension\Trainings\Progress\ModuleResolver;
use MediaWiki\Extension\Trainings\Progress\ProgressUpdate;
use MediaWiki\Extension\Trainings\Progress\RecordProgressCommand;
use MediaWiki\Message\Message;
use Wikimedia\ParamValidator\ParamValidator;

/**
 * action=trainingprogress: records the current user's progress in one module version (POST,
 * CSRF token, rate limit `trainingprogress`). Idempotent: repeating a request changes nothing.
 *
 * @license GPL-2.0-or-later
 */
class ApiTrainingProgress extends ApiTrainingWriteBase {

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
		$this->requireRegistered();
		$this->requireNotBlockedSitewide();
		$this->requireWithinRateLimit( self::RATE_LIMIT );

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
				$this->dieWithError( [ 'apierror-trainingprogress-badquizvalue', Message::plaintextParam( $quiz ) ],
					'badquiz' );
			}
			$quizzes[(int)$m[1]] = $m[2];
		}
		return $quizzes;
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
			'stepsdone' => self::itemListParam(),
			'quizzes' => self::itemListParam( 'string' ),
			'quizfirst' => self::itemListParam( 'string' ),
			'quizpassed' => self::itemListParam(),
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

}
