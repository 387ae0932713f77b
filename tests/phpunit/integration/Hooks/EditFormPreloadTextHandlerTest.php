<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Hooks;

use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Parser\ParserOptions;
use MediaWiki\Title\Title;
use MediaWikiIntegrationTestCase;

/**
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Hooks\EditFormPreloadTextHandler
 */
class EditFormPreloadTextHandlerTest extends MediaWikiIntegrationTestCase {

	use EditsAsReviewer;

	private function preload( Title $title, string $text = '' ): string {
		$this->getServiceContainer()->getHookContainer()->run( 'EditFormPreloadText', [ &$text, $title ] );
		return $text;
	}

	public function testNewModuleStartsFromTheSkeleton(): void {
		$text = $this->preload( Title::makeTitle( NS_TRAINING, 'My new module' ) );

		$this->assertSame( wfMessage( 'trainings-module-skeleton' )->inContentLanguage()->plain(), $text );
		$this->assertStringStartsWith( '{{#training:', $text );
		$this->assertStringContainsString( '| status      = draft', $text );
		$this->assertStringContainsString( '<trainingquiz>', $text );
	}

	/**
	 * The skeleton is a valid module: metadata without errors, two steps, one quiz.
	 */
	public function testSkeletonIsAValidModule(): void {
		$title = Title::makeTitle( NS_TRAINING, 'My new module' );
		$text = $this->preload( $title );
		// What saving does to {{subst:REVISIONUSER}}.
		$text = str_replace( '{{subst:REVISIONUSER}}', 'Alice Example', $text );

		$output = $this->getServiceContainer()->getParserFactory()->create()
			->parse( $text, $title, ParserOptions::newFromAnon() );

		$this->assertSame( [], $output->getWarnings() );
		$this->assertSame( [], $output->getCategoryNames() );
		$this->assertSame( 2, $output->getPageProperty( 'trainings-steps' ) );
		$this->assertSame( 1, $output->getPageProperty( 'trainings-quizzes' ) );
		$this->assertSame( 0, $output->getPageProperty( 'trainings-status' ) );
		$this->assertSame( 'Alice Example', $output->getPageProperty( 'trainings-maintainers' ) );
	}

	public function testWikisCanCustomiseTheSkeleton(): void {
		$this->overrideConfigValue( 'UseDatabaseMessages', true );
		$this->getServiceContainer()->getMessageCache()->enable();
		$this->editMessage();

		$this->assertSame( 'Our own skeleton', $this->preload( Title::makeTitle( NS_TRAINING, 'Custom' ) ) );
	}

	private function editMessage(): void {
		$this->editPage( Title::makeTitle( NS_MEDIAWIKI, 'Trainings-module-skeleton' ), 'Our own skeleton' );
	}

	/** @return iterable<string,array{int,string}> */
	public static function provideOtherPages(): iterable {
		yield 'language version' => [ NS_TRAINING, 'My new module/fr' ];
		yield 'language version with region' => [ NS_TRAINING, 'My new module/pt-br' ];
		yield 'talk page' => [ NS_TRAINING_TALK, 'My new module' ];
		yield 'main namespace' => [ NS_MAIN, 'My new module' ];
	}

	/**
	 * @dataProvider provideOtherPages
	 */
	public function testOtherPagesStartEmpty( int $namespace, string $name ): void {
		$this->assertSame( '', $this->preload( Title::makeTitle( $namespace, $name ) ) );
	}

	public function testOtherSubpagesGetTheSkeleton(): void {
		$this->assertStringStartsWith(
			'{{#training:', $this->preload( Title::makeTitle( NS_TRAINING, 'Course/Part 1' ) )
		);
	}

	public function testExplicitPreloadIsKept(): void {
		$this->assertSame( 'From a preload', $this->preload( Title::makeTitle( NS_TRAINING, 'X' ), 'From a preload' ) );
	}

}
