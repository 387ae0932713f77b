<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Api;

use MediaWiki\Api\ApiMain;
use MediaWiki\Extension\Trainings\Progress\ModuleProgress;
use MediaWiki\Extension\Trainings\Progress\ModuleResolver;
use MediaWiki\Extension\Trainings\Progress\ProgressUpdate;
use MediaWiki\Extension\Trainings\Progress\QuizChoices;
use MediaWiki\Extension\Trainings\Progress\RecordProgressCommand;
use MediaWiki\Message\Message;
use Wikimedia\ParamValidator\ParamValidator;
use Wikimedia\ParamValidator\TypeDef\IntegerDef;
use Wikimedia\ParamValidator\TypeDef\StringDef;

/**
 * action=trainingprogress: records the current user's progress in one module version (POST,
 * CSRF token, rate limit `trainingprogress`). Idempotent: repeating a request changes nothing.
 *
 * @license GPL-2.0-or-later
 */
class ApiTrainingProgress extends ApiTrainingWriteBase {

	public const RATE_LIMIT = 'trainingprogress';

	/** Options chosen: their numbers joined by dots, e.g. "1.3" (at most QuizParser::MAX_OPTIONS). */
	private const OPTIONS_PATTERN = '(?::([1-9][0-9]?(?:\\.[1-9][0-9]?){0,11}))?';

	/** Quiz results are written "number:outcome:options", e.g. "2:right:3". */
	private const QUIZ_PATTERN = '/^([1-9][0-9]{0,2}):(' . ModuleProgress::QUIZ_RIGHT . '|'
		. ModuleProgress::QUIZ_PARTIAL . '|' . ModuleProgress::QUIZ_WRONG . ')' . self::OPTIONS_PATTERN . '$/';

	/** Quizzes passed are written "number:options", the options of the right attempt. */
	private const PASSED_PATTERN = '/^([1-9][0-9]{0,2})' . self::OPTIONS_PATTERN . '$/';

	/** "255:partial:" and twelve options of two digits with dots. */
	private const MAX_VALUE_BYTES = 48;

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

		// No "complete" parameter: the server decides completion from what it recorded, and
		// each quiz outcome from the options sent (design record 0015, §6).
		[ $latest, $latestOptions ] = $this->quizValues( self::QUIZ_PATTERN, $params['quizzes'] ?? [] );
		[ $first, $firstOptions ] = $this->quizValues( self::QUIZ_PATTERN, $params['quizfirst'] ?? [] );
		[ $passed, $passedOptions ] = $this->quizValues( self::PASSED_PATTERN, $params['quizpassed'] ?? [] );
		$update = new ProgressUpdate(
			$params['step'],
			array_map( 'intval', $params['stepsdone'] ?? [] ),
			$latest,
			$first,
			array_keys( $passed ),
			new QuizChoices( $latestOptions, $firstOptions, $passedOptions ),
			$params['revision'] ?? 0
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
	 * @param string $pattern QUIZ_PATTERN or PASSED_PATTERN
	 * @param string[] $values "number:outcome:options" or "number:options"
	 * @return array{0:array<int,string>,1:array<int,int[]>} Quiz number => outcome (for
	 *  PASSED_PATTERN: right), quiz number => options chosen (when sent)
	 */
	private function quizValues( string $pattern, array $values ): array {
		$outcomes = [];
		$options = [];
		foreach ( $values as $quiz ) {
			if ( !preg_match( $pattern, $quiz, $m ) ) {
				$this->dieWithError( [ 'apierror-trainingprogress-badquizvalue', Message::plaintextParam( $quiz ) ],
					'badquiz' );
			}
			$passedForm = $pattern === self::PASSED_PATTERN;
			$outcomes[(int)$m[1]] = $passedForm ? ModuleProgress::QUIZ_RIGHT : $m[2];
			$chosen = $m[$passedForm ? 2 : 3] ?? '';
			if ( $chosen !== '' ) {
				$options[(int)$m[1]] = array_map( 'intval', explode( '.', $chosen ) );
			}
		}
		return [ $outcomes, $options ];
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
			'quizzes' => self::quizListParam(),
			'quizfirst' => self::quizListParam(),
			'quizpassed' => self::quizListParam(),
			'revision' => [
				ParamValidator::PARAM_TYPE => 'integer',
				IntegerDef::PARAM_MIN => 1,
				// rev_id is an unsigned 32-bit integer in core's schema.
				IntegerDef::PARAM_MAX => 4294967295,
			],
		];
	}

	/** @return array<string,mixed> */
	private static function quizListParam(): array {
		return [ StringDef::PARAM_MAX_BYTES => self::MAX_VALUE_BYTES ] + self::itemListParam( 'string' );
	}

	/**
	 * @return array<string,string>
	 */
	protected function getExamplesMessages() {
		return [
			'action=trainingprogress&module=Training:How%20to%20talk%20to%20partners&step=2'
				. '&stepsdone=1|2&quizzes=1:right:2&quizpassed=1:2&revision=123&token=123ABC'
				=> 'apihelp-trainingprogress-example-step',
			'action=trainingprogress&module=Training:How%20to%20talk%20to%20partners/fr&step=3'
				. '&stepsdone=1|2|3&quizzes=1:right:2&quizfirst=1:wrong:1&quizpassed=1:2&revision=124&token=123ABC'
				=> 'apihelp-trainingprogress-example-complete',
		];
	}

}
