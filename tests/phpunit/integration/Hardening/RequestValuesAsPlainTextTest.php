<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Hardening;

use MediaWiki\Api\ApiUsageException;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\Progress\ProgressFixture;
use MediaWiki\MainConfigNames;
use MediaWiki\Message\Message;
use MediaWiki\Tests\Api\ApiTestCase;

/**
 * A request value quoted in an API error or warning is plain text: a link or a template in it
 * is shown as typed, never rendered (the API renders messages as HTML with errorformat=html).
 *
 * @group API
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Api\ProgressOutput
 * @covers \MediaWiki\Extension\Trainings\Api\ApiQueryTrainings
 * @covers \MediaWiki\Extension\Trainings\Api\ApiQueryTrainingProgress
 * @covers \MediaWiki\Extension\Trainings\Progress\ModuleResolver
 */
class RequestValuesAsPlainTextTest extends ApiTestCase {

	use EditsAsReviewer;
	use ProgressFixture;

	private const WIKITEXT = '[[Main Page|x]]{{SITENAME}}';

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValues( [
			MainConfigNames::LanguageCode => 'en',
			MainConfigNames::Sitename => 'Rendered sitename',
		] );
		$this->saveModule( 'Plain text module', 2, 1 );
	}

	/**
	 * @return iterable<string,array{0:array<string,mixed>,1:bool}>
	 */
	public static function provideRequests(): iterable {
		$progress = [ 'action' => 'trainingprogress', 'module' => 'Training:Plain text module', 'step' => 1 ];
		yield 'progress: language' => [ [ 'language' => self::WIKITEXT ] + $progress, true ];
		yield 'progress: title' => [ [ 'module' => 'Training:' . self::WIKITEXT ] + $progress, true ];
		yield 'progress: module not found' => [ [ 'module' => "Training:''Not'' a module" ] + $progress, true ];
		yield 'progress: quiz value' => [ [ 'quizzes' => '{{SITENAME}}' ] + $progress, true ];
		yield 'feedback: language' => [ [ 'action' => 'trainingfeedback', 'module' => 'Training:Plain text module',
			'language' => self::WIKITEXT, 'step' => 1, 'kind' => 'unclear' ], true ];
		yield 'reset: language' => [ [ 'action' => 'trainingprogressreset', 'module' => 'Training:Plain text module',
			'language' => self::WIKITEXT ], true ];
		yield 'catalog: language' => [ [ 'action' => 'query', 'list' => 'trainings',
			'trlanguage' => self::WIKITEXT ], false ];
	}

	/**
	 * @dataProvider provideRequests
	 * @param array<string,mixed> $params
	 * @param bool $withToken
	 */
	public function testErrorsQuoteRequestValuesAsPlainText( array $params, bool $withToken ): void {
		$user = $this->getTestUser()->getAuthority();
		try {
			$withToken ? $this->doApiRequestWithToken( $params, null, $user )
				: $this->doApiRequest( $params, null, false, $user );
			$this->fail( 'expected an API error' );
		} catch ( ApiUsageException $e ) {
			$messages = $e->getStatusValue()->getMessages();
			$this->assertNotEmpty( $messages );
			foreach ( $messages as $message ) {
				$this->assertPlainText( Message::newFromSpecifier( $message )->inLanguage( 'en' )->parse(),
					str_contains( json_encode( $params ) ?: '', 'SITENAME' ) );
			}
		}
	}

	public function testWarningsQuoteRequestValuesAsPlainText(): void {
		[ $result ] = $this->doApiRequest( [ 'action' => 'query', 'meta' => 'trainingprogress',
			'tpmodules' => 'Training:{{SITENAME}}', 'errorformat' => 'html' ],
			null, false, $this->getTestUser()->getAuthority() );
		$this->assertPlainText( json_encode( $result['warnings'] ?? [] ) ?: '', true );
	}

	private function assertPlainText( string $html, bool $quotesTemplate ): void {
		if ( $quotesTemplate ) {
			$this->assertStringContainsString( '{{SITENAME}}', $html );
		}
		$this->assertStringNotContainsString( 'Rendered sitename', $html );
		$this->assertStringNotContainsString( '<a ', $html );
		$this->assertStringNotContainsString( '<i>', $html );
	}

}
