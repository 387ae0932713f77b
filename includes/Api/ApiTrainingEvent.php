<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Api;

use MediaWiki\Api\ApiMain;
use MediaWiki\Extension\Trainings\Progress\ModuleProgress;
use MediaWiki\Extension\Trainings\Progress\ModuleResolver;
use MediaWiki\Extension\Trainings\Progress\ModuleVersion;
use MediaWiki\Extension\Trainings\Stats\StatsRecorder;
use MediaWiki\Extension\Trainings\TrainingsDatabase;
use StatusValue;
use Wikimedia\ParamValidator\ParamValidator;
use Wikimedia\Rdbms\ReadOnlyMode;

/**
 * action=trainingevent: counts, anonymously, what an anonymous learner did in a module
 * version (started it, completed it, answered a quiz for the first time) in the statistics.
 * Their progress stays in the browser, which sends each event once per module version
 * (resources/src/progress/anonymousStats.ts). Logged-in learners are refused (`useprogressapi`):
 * action=trainingprogress counts them already, and would count them twice.
 *
 * POST only, rate limit `trainingevent`, and no CSRF token, on purpose: the request records no
 * user data and acts on nobody's behalf; it only adds one to an anonymous counter. A forged
 * request (another site making a visitor's browser POST here) can do no more than that
 * visitor, or anyone, can do with an anonymous POST of their own, and the rate limit (per IP)
 * bounds it either way. Anonymous users have no session to protect with a token anyway.
 *
 * @license GPL-2.0-or-later
 */
class ApiTrainingEvent extends ApiTrainingWriteBase {

	public const RATE_LIMIT = 'trainingevent';

	public const EVENT_START = 'start';
	public const EVENT_COMPLETE = 'complete';
	public const EVENT_QUIZ = 'quiz';

	public function __construct(
		ApiMain $main,
		string $action,
		private readonly ReadOnlyMode $readOnlyMode,
		private readonly ModuleResolver $moduleResolver,
		private readonly StatsRecorder $statsRecorder
	) {
		parent::__construct( $main, $action );
	}

	public function execute(): void {
		$params = $this->extractRequestParams();
		$user = $this->getUser();
		if ( $user->isRegistered() ) {
			$this->dieWithError( 'apierror-trainingevent-useprogressapi', 'useprogressapi' );
		}
		$this->requireWithinRateLimit( self::RATE_LIMIT );
		$this->checkParameterMix( $params );
		$isQuiz = $params['event'] === self::EVENT_QUIZ;
		$isComplete = $params['event'] === self::EVENT_COMPLETE;

		$module = ProgressOutput::resolveVersion(
			$this, $this->moduleResolver, $params['module'], $params['language'] );
		if ( $isQuiz ) {
			$quizzes = min( $module->getQuizCount(), ModuleProgress::MAX_ITEMS );
			if ( $params['quiz'] < 1 || $params['quiz'] > $quizzes ) {
				ProgressOutput::dieWithStatus( $this, StatusValue::newFatal(
					ModuleResolver::ERROR_PREFIX . 'badquiz', $params['quiz'], $quizzes ) );
			}
		}
		if ( $this->readOnlyMode->isReadOnly( TrainingsDatabase::VIRTUAL_DOMAIN ) ) {
			ProgressOutput::dieWithStatus( $this, StatusValue::newFatal( ModuleResolver::ERROR_PREFIX . 'readonly',
				(string)$this->readOnlyMode->getReason( TrainingsDatabase::VIRTUAL_DOMAIN ) ) );
		}

		$counted = true;
		$firstTries = [];
		if ( $isComplete ) {
			// A completion counts only when the rule holds for what the browser recorded (design 0012).
			$counted = $this->reportedProgress( $module, $params )
				->meetsCompletionRule( $module->getStepCount(), $module->getQuizCount() );
		} elseif ( $isQuiz ) {
			$firstTries[$params['quiz']] = $params['outcome'] === ModuleProgress::QUIZ_RIGHT;
		}
		$counts = match ( $params['event'] ) {
			self::EVENT_START => [ StatsRecorder::STARTS => 1 ],
			self::EVENT_COMPLETE => $counted ? [ StatsRecorder::COMPLETIONS => 1 ] : [],
			default => [ StatsRecorder::QUIZ_ANSWERS => 1 ]
				+ ( $params['outcome'] === ModuleProgress::QUIZ_RIGHT ? [ StatsRecorder::QUIZ_RIGHT => 1 ] : [] ),
		};
		$this->statsRecorder->recordEvent( $module, $counts, $firstTries );
		$result = [ 'result' => 'Success' ];
		if ( !$counted ) {
			$this->addWarning( 'apiwarn-trainingevent-notcomplete', 'notcomplete' );
			$result['counted'] = false;
		}
		$this->getResult()->addValue( null, $this->getModuleName(), $result );
	}

	/**
	 * `quiz` and `outcome` go with event=quiz only, `stepsdone` and `quizpassed` with
	 * event=complete only.
	 *
	 * @param array<string,mixed> $params
	 */
	private function checkParameterMix( array $params ): void {
		$isQuiz = $params['event'] === self::EVENT_QUIZ;
		foreach ( [ 'quiz', 'outcome' ] as $name ) {
			if ( $isQuiz && $params[$name] === null ) {
				$this->dieWithError( [ 'apierror-missingparam', $name ], 'missingparam' );
			}
			if ( !$isQuiz && $params[$name] !== null ) {
				$this->dieWithError( [ 'apierror-invalidparammix-mustusewith', $name, 'event=quiz' ],
					'invalidparammix' );
			}
		}
		$isComplete = $params['event'] === self::EVENT_COMPLETE;
		foreach ( [ 'stepsdone', 'quizpassed' ] as $name ) {
			if ( !$isComplete && $params[$name] !== null ) {
				$this->dieWithError( [ 'apierror-invalidparammix-mustusewith', $name, 'event=complete' ],
					'invalidparammix' );
			}
		}
	}

	/**
	 * What an anonymous learner's browser says it recorded: steps seen and quizzes answered
	 * right at least once, within the module (numbers beyond it are ignored). Nothing is stored.
	 *
	 * @param ModuleVersion $module
	 * @param array<string,mixed> $params
	 * @return ModuleProgress
	 */
	private function reportedProgress( ModuleVersion $module, array $params ): ModuleProgress {
		$steps = array_filter( array_map( 'intval', $params['stepsdone'] ?? [] ),
			static fn ( int $n ) => $n >= 1 && $n <= min( $module->getStepCount(), ModuleProgress::MAX_ITEMS ) );
		$passed = array_filter( array_map( 'intval', $params['quizpassed'] ?? [] ),
			static fn ( int $n ) => $n >= 1 && $n <= min( $module->getQuizCount(), ModuleProgress::MAX_ITEMS ) );
		return new ModuleProgress( 0, $module->getModuleId(), $module->getLanguage(), 0, $steps, [], null,
			'19700101000000', [], $passed );
	}

	/**
	 * No token, on purpose: see the class comment.
	 *
	 * @return string|false
	 */
	public function needsToken() {
		return false;
	}

	/**
	 * @return array<string,array<string,mixed>>
	 */
	public function getAllowedParams() {
		return self::moduleParams() + [
			'event' => [
				ParamValidator::PARAM_TYPE => [ self::EVENT_START, self::EVENT_COMPLETE, self::EVENT_QUIZ ],
				ParamValidator::PARAM_REQUIRED => true,
			],
			'quiz' => [
				ParamValidator::PARAM_TYPE => 'integer',
			],
			'outcome' => [
				ParamValidator::PARAM_TYPE => ModuleProgress::QUIZ_OUTCOMES,
			],
			'stepsdone' => self::itemListParam(),
			'quizpassed' => self::itemListParam(),
		];
	}

	/**
	 * @return array<string,string>
	 */
	protected function getExamplesMessages() {
		return [
			'action=trainingevent&module=Training:How%20to%20talk%20to%20partners&event=start'
				=> 'apihelp-trainingevent-example-start',
			'action=trainingevent&module=Training:How%20to%20talk%20to%20partners/fr&event=quiz'
				. '&quiz=2&outcome=right'
				=> 'apihelp-trainingevent-example-quiz',
		];
	}

}
