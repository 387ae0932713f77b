<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Api;

use MediaWiki\Api\ApiBase;
use MediaWiki\Api\ApiMessage;
use MediaWiki\Extension\Trainings\Progress\ModuleProgress;
use MediaWiki\Extension\Trainings\Progress\ModuleResolver;
use MediaWiki\Extension\Trainings\Progress\ModuleVersion;
use MediaWiki\Message\Message;
use MediaWiki\Page\PageIdentity;
use MediaWiki\Title\Title;
use StatusValue;

/**
 * What the progress API modules share: the JSON shape of one module's progress, finding
 * the module version a request names, and the translation of the domain's errors into API
 * error codes (the message key without the domain's prefix: `nosuchmodule`, `badstep`,
 * `readonly`…; the feedback modules pass SubmitFeedbackCommand::ERROR_PREFIX).
 *
 * @license GPL-2.0-or-later
 */
final class ProgressOutput {

	private function __construct() {
		// Static helpers only.
	}

	/**
	 * One module's progress as the API returns it.
	 *
	 * @param ModuleProgress $progress
	 * @param ModuleVersion|PageIdentity $module The version, or only the base page when the
	 *  version is not a module any more (then steps, quizcount and the missing lists are null)
	 * @return array<string,mixed>
	 */
	public static function progress( ModuleProgress $progress, ModuleVersion|PageIdentity $module ): array {
		$version = $module instanceof ModuleVersion ? $module : null;
		$base = $version ? $version->getModule() : $module;
		$quizzes = [];
		$first = $progress->getQuizFirst();
		$passed = $progress->getQuizPassed();
		foreach ( $progress->getQuizzes() as $number => $outcome ) {
			$quizzes[] = [
				'quiz' => $number,
				'result' => $outcome,
				'first' => $first[$number] ?? $outcome,
				'passed' => in_array( $number, $passed, true ),
			];
		}
		$completed = $progress->getCompleted();
		return [
			'module' => Title::newFromPageIdentity( $base )->getPrefixedText(),
			'pageid' => $progress->getModuleId(),
			'language' => $progress->getLanguage(),
			'title' => $version ? Title::newFromPageIdentity( $version->getPage() )->getPrefixedText() : null,
			'step' => $progress->getStep(),
			'steps' => $version?->getStepCount(),
			'quizcount' => $version?->getQuizCount(),
			'stepsdone' => $progress->getStepsDone(),
			'quizzes' => $quizzes,
			'completed' => $completed !== null,
			'completedat' => $completed === null ? null : wfTimestamp( TS_ISO_8601, $completed ),
			'updated' => wfTimestamp( TS_ISO_8601, $progress->getUpdated() ),
			'missingsteps' => $version ? $progress->getMissingSteps( $version->getStepCount() ) : null,
			'missingquizzes' => $version ? $progress->getMissingQuizzes( $version->getQuizCount() ) : null,
		];
	}

	/**
	 * The module version a request's `module` (and `language`) parameters name, or the API
	 * error that says why there is none.
	 *
	 * @param ApiBase $api
	 * @param ModuleResolver $moduleResolver
	 * @param string $moduleTitle `Training:X` or a language version `Training:X/fr`
	 * @param string|null $language Only with a base page
	 * @return ModuleVersion
	 */
	public static function resolveVersion(
		ApiBase $api, ModuleResolver $moduleResolver, string $moduleTitle, ?string $language
	): ModuleVersion {
		$title = Title::newFromText( $moduleTitle );
		if ( $title === null ) {
			$api->dieWithError( [ 'apierror-invalidtitle', Message::plaintextParam( $moduleTitle ) ] );
		}
		$resolved = $moduleResolver->resolve( $title, $language );
		if ( !$resolved->isOK() ) {
			self::dieWithStatus( $api, $resolved );
		}
		/** @var ModuleVersion */
		return $resolved->getValue();
	}

	/**
	 * Dies with the errors of a failed domain status, each with its API error code.
	 *
	 * @param ApiBase $module
	 * @param StatusValue $status Not OK
	 * @param string $prefix The domain's message key prefix, which the code goes without
	 * @return never
	 */
	public static function dieWithStatus(
		ApiBase $module, StatusValue $status, string $prefix = ModuleResolver::ERROR_PREFIX
	): never {
		$api = StatusValue::newGood();
		foreach ( $status->getMessages( 'error' ) as $message ) {
			$key = $message->getKey();
			$code = str_starts_with( $key, $prefix ) ? substr( $key, strlen( $prefix ) ) : null;
			$api->fatal( ApiMessage::create( $message, $code ) );
		}
		$module->dieStatus( $api );
	}

}
