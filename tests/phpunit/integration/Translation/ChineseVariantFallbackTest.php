<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Translation;

use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Registration\ExtensionRegistry;
use MediaWiki\Tests\Api\ApiTestCase;
use MediaWiki\Title\Title;

/**
 * Readers of a Chinese variant get the version in their script, through MediaWiki's language
 * fallbacks, on a page Translate has translated into zh-hant and zh-hans (design record 0005).
 * Runs in the Translate half of `npm test` (phpunit-translate); skipped without Translate.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Translation\LanguageVersionResolver
 */
class ChineseVariantFallbackTest extends ApiTestCase {

	use EditsAsReviewer;

	private const MODULE = 'Chinese variants test';

	private const SOURCE = <<<'WIKITEXT'
<languages/>
{{#training:
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

	private function base(): Title {
		return Title::makeTitle( NS_TRAINING, self::MODULE );
	}

	private function translateIntoBothScripts(): void {
		$this->editPage( $this->base(), self::SOURCE );
		[ $result ] = $this->doApiRequestWithToken( [
			'action' => 'markfortranslation',
			'title' => $this->base()->getPrefixedText(),
			'translatetitle' => 'no',
		], null, $this->getTestSysop()->getAuthority() );
		$this->assertSame( 'Success', $result['markfortranslation']['result'] );
		$units = [
			'zh-hant' => [ '上傳你的相片。', "== 上傳 ==\n使用上傳精靈。" ],
			'zh-hans' => [ '上传你的照片。', "== 上传 ==\n使用上传向导。" ],
		];
		foreach ( $units as $code => $texts ) {
			foreach ( $texts as $i => $text ) {
				$this->editPage( Title::makeTitle( 1198,
					$this->base()->getPrefixedText() . '/' . ( $i + 1 ) . '/' . $code ), $text );
			}
		}
		$this->runJobs( [ 'minJobs' => 0 ] );
	}

	public function testVariantsFallBackToTheirScript(): void {
		$this->translateIntoBothScripts();
		$resolver = TrainingsServices::getLanguageVersionResolver( $this->getServiceContainer() );
		$chosen = [];
		foreach ( [ 'zh-hk', 'zh-tw', 'zh-mo', 'zh-cn', 'zh-sg', 'zh-hant', 'zh-hans' ] as $reader ) {
			$resolved = $resolver->resolve( $this->base(), $reader );
			$this->assertSame( [ 'en', 'zh-hans', 'zh-hant' ], array_map(
				static fn ( $v ) => $v->code, $resolved->available ), 'Translate generated both versions' );
			$this->assertSame( 100, $resolved->chosen->completeness?->percent(), $reader );
			$chosen[$reader] = $resolved->chosen->code;
		}

		$this->assertSame( [
			// Hong Kong, Taiwan and Macau read traditional characters…
			'zh-hk' => 'zh-hant', 'zh-tw' => 'zh-hant', 'zh-mo' => 'zh-hant',
			// …mainland China and Singapore simplified ones.
			'zh-cn' => 'zh-hans', 'zh-sg' => 'zh-hans',
			'zh-hant' => 'zh-hant', 'zh-hans' => 'zh-hans',
		], $chosen );
	}

}
