<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Hooks;

use MediaWiki\Extension\Trainings\Hooks\VisualEditorModuleHandler;
use MediaWiki\Request\FauxRequest;
use MediaWiki\ResourceLoader\Context;
use MediaWiki\ResourceLoader\FileModule;
use MediaWiki\ResourceLoader\ResourceLoader;
use MediaWikiIntegrationTestCase;

/**
 * The VisualEditor plugin is a module only where VisualEditor is loaded: a wiki without it
 * lists no module in its startup module whose dependencies it lacks.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Hooks\VisualEditorModuleHandler
 */
class VisualEditorModuleHandlerTest extends MediaWikiIntegrationTestCase {

	private function newResourceLoader(): ResourceLoader {
		return new ResourceLoader( $this->getServiceContainer()->getMainConfig() );
	}

	public function testNoModuleWithoutVisualEditor(): void {
		$rl = $this->newResourceLoader();
		( new VisualEditorModuleHandler( false ) )->onResourceLoaderRegisterModules( $rl );

		$this->assertFalse( $rl->isModuleRegistered( VisualEditorModuleHandler::MODULE ) );
	}

	public function testThePluginWithVisualEditor(): void {
		$rl = $this->newResourceLoader();
		( new VisualEditorModuleHandler( true ) )->onResourceLoaderRegisterModules( $rl );

		$module = $rl->getModule( VisualEditorModuleHandler::MODULE );
		$this->assertInstanceOf( FileModule::class, $module );
		$context = new Context( $rl, new FauxRequest( [ 'lang' => 'en', 'skin' => 'vector-2022' ] ) );
		$this->assertSame( [ 'ext.visualEditor.mwcore', 'ext.visualEditor.mwtransclusion',
			'oojs-ui.styles.icons-interactions', 'oojs-ui.styles.icons-moderation' ],
			$module->getDependencies( $context ) );
		$this->assertContains( 'trainings-ve-quiz-title', $module->getMessages() );
		// Every file it names is there, and the topics are the wiki's.
		$package = $module->getPackageFiles( $context );
		$this->assertIsArray( $package );
		$files = $package['files'];
		$this->assertSame( [ 'init.js', 'quizSource.js', 'quizNodes.js', 'QuizDialog.js',
			'translatable.js', 'MetadataDialog.js', 'topics.json' ], array_keys( $files ) );
		$this->assertSame( 'partnerships', $files['topics.json']['content'][0]['key'] );
	}

	public function testTheTestWikiRegistersItWithItsVisualEditor(): void {
		// The handler extension.json builds, on a wiki that loads VisualEditor.
		$rl = $this->newResourceLoader();
		VisualEditorModuleHandler::newFromRegistry()->onResourceLoaderRegisterModules( $rl );
		$this->assertTrue( $rl->isModuleRegistered( VisualEditorModuleHandler::MODULE ) );
		$this->assertTrue( $this->getServiceContainer()->getResourceLoader()
			->isModuleRegistered( VisualEditorModuleHandler::MODULE ) );
	}

}
