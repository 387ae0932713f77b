<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Translation;

use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Registration\ExtensionRegistry;
use MediaWiki\Tests\Api\ApiTestCase;
use MediaWiki\Title\Title;

/**
 * The offline file (and the ZIM pages made from it) of a module translated with Translate:
 * Translate's language bar, whose links lead to the wiki, is left out; a title left untranslated
 * keeps its language in the file's heading. Runs in the Translate half (phpunit-translate).
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Export\TrainingExporter
 * @covers \MediaWiki\Extension\Trainings\Export\PageSource
 */
class OfflineLanguageBarTest extends ApiTestCase {

	use EditsAsReviewer;

	private const MODULE = 'Offline language bar test';

	private const SOURCE = <<<'WIKITEXT'
<languages/>
{{#training:
 | title   = <translate>Offline language bar test</translate>
 | summary = <translate>Upload your photos.</translate>
}}
<translate>
== Upload ==
Use the upload wizard.
</translate>
WIKITEXT;

	protected function setUp(): void {
		parent::setUp();
		if ( !ExtensionRegistry::getInstance()->isLoaded( 'Translate' ) ) {
			$this->markTestSkipped( 'Needs the Translate extension: runs in the Translate half (phpunit-translate)' );
		}
	}

	public function testTheFileHasNoLanguageBarAndAnUntranslatedTitleKeepsItsLanguage(): void {
		$base = Title::makeTitle( NS_TRAINING, self::MODULE );
		$this->editPage( $base, self::SOURCE );
		[ $result ] = $this->doApiRequestWithToken( [
			'action' => 'markfortranslation',
			'title' => $base->getPrefixedText(),
			'translatetitle' => 'no',
		], null, $this->getTestSysop()->getAuthority() );
		$this->assertSame( 'Success', $result['markfortranslation']['result'] );
		// The summary and the step in Hebrew; the title stays English.
		foreach ( [ 2 => 'העלו את התמונות שלכם.', 3 => "== העלאה ==\nהשתמשו באשף ההעלאה." ] as $unit => $text ) {
			$this->editPage( Title::makeTitle( 1198, $base->getPrefixedText() . "/$unit/he" ), $text );
		}
		$this->runJobs( [ 'minJobs' => 0 ] );
		$hebrew = $base->getSubpage( 'he' );
		$this->assertNotNull( $hebrew );
		$this->assertTrue( $hebrew->exists(), 'Translate rendered the Hebrew page' );

		$exporter = TrainingsServices::getTrainingExporter( $this->getServiceContainer() );
		$source = $exporter->export( $base );
		$this->assertNotNull( $source );
		$this->assertStringNotContainsString( 'mw-pt-languages', $source->getHtml(), 'no language bar offline' );

		$file = $exporter->export( $hebrew );
		$this->assertNotNull( $file );
		$this->assertStringNotContainsString( 'mw-pt-languages', $file->getHtml() );
		$this->assertMatchesRegularExpression( '~<h1><bdi lang="en">Offline language bar test</bdi></h1>~',
			$file->getHtml() );
		$this->assertStringContainsString( 'lang="he"', $file->getHtml() );
	}

}
