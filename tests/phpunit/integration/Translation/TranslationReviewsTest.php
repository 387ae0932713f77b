<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Translation;

use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Reviews\ModuleReview;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Registration\ExtensionRegistry;
use MediaWiki\Tests\Api\ApiTestCase;
use MediaWiki\Title\Title;
use Wikimedia\Rdbms\IDBAccessObject;

/**
 * Against the real Translate extension (design record 0017): a translation page follows its
 * source's review. Translated from a reviewed source revision, it is published with it; when a
 * revision no reviewer approved is marked for translation, readers keep the older translation
 * until a reviewer approves the source. Runs in phpunit-translate; skipped without Translate.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Reviews\TranslationReviews
 * @covers \MediaWiki\Extension\Trainings\Translation\TranslateMarkedSource
 * @covers \MediaWiki\Extension\Trainings\Hooks\TranslationReviewHandler
 */
class TranslationReviewsTest extends ApiTestCase {

	use EditsAsReviewer;

	private const MODULE = 'Translation review test';

	private const SOURCE = "<languages/>\n{{#training:\n | summary = <translate>%s</translate>\n}}\n"
		. "<translate>\n== Step ==\n%s\n</translate>";

	protected function setUp(): void {
		parent::setUp();
		if ( !ExtensionRegistry::getInstance()->isLoaded( 'Translate' ) ) {
			$this->markTestSkipped( 'Needs the Translate extension: runs in the Translate half (phpunit-translate)' );
		}
	}

	private function base(): Title {
		return Title::makeTitle( NS_TRAINING, self::MODULE );
	}

	private function mark(): void {
		[ $result ] = $this->doApiRequestWithToken( [
			'action' => 'markfortranslation',
			'title' => $this->base()->getPrefixedText(),
			'translatetitle' => 'no',
		], null, $this->getTestSysop()->getAuthority() );
		$this->assertSame( 'Success', $result['markfortranslation']['result'] );
	}

	/**
	 * @param list<string> $texts Translations of units 1… in order
	 */
	private function translate( array $texts ): void {
		foreach ( $texts as $i => $text ) {
			$this->editPage( Title::makeTitle( 1198, $this->base()->getPrefixedText() . '/' . ( $i + 1 ) . '/fr' ),
				$text );
		}
		$this->runJobs( [ 'minJobs' => 0 ] );
		DeferredUpdates::doUpdates();
	}

	private function frenchReview(): ?ModuleReview {
		$fr = Title::makeTitle( NS_TRAINING, self::MODULE . '/fr' );
		return TrainingsServices::getReviewStore( $this->getServiceContainer() )
			->get( $fr->getArticleID( IDBAccessObject::READ_LATEST ), true );
	}

	/**
	 * @return int|string|null A field of the French version's review; null without one
	 */
	private function frenchField( string $field ) {
		$review = $this->frenchReview();
		return $review === null ? null : $review->$field;
	}

	public function testTranslationPagesFollowTheReviewedSource(): void {
		// Written and approved by a reviewer (EditsAsReviewer), then marked and translated.
		$this->editPage( $this->base(), sprintf( self::SOURCE, 'Reviewed summary.', 'Reviewed step.' ) );
		$this->mark();
		$this->translate( [ 'Résumé relu.', "== Étape ==\nÉtape relue." ] );
		$fr = Title::makeTitle( NS_TRAINING, self::MODULE . '/fr' );
		$first = $this->frenchReview();
		$this->assertNotNull( $first, 'translated from the reviewed revision: published with it' );
		$this->assertSame( ModuleReview::PUBLISHED, $first->state );
		$this->assertSame( $fr->getLatestRevID( IDBAccessObject::READ_LATEST ), $first->revisionId );

		// An author's change, marked for translation before any reviewer read it.
		$author = $this->getMutableTestUser()->getAuthority();
		$this->editPage( $this->base(), sprintf( self::SOURCE, 'Author summary.', 'Author step.' ), '', NS_MAIN,
			$author );
		$this->mark();
		$this->translate( [ 'Résumé de l’auteur.', "== Étape ==\nÉtape de l’auteur." ] );
		$this->assertNotSame( $first->revisionId, $fr->getLatestRevID( IDBAccessObject::READ_LATEST ),
			'Translate regenerated the page' );
		$this->assertSame( $first->revisionId, $this->frenchField( 'revisionId' ),
			'readers keep the translation of the reviewed text' );

		// A reviewer approves the source: its translation follows.
		$this->assertStatusGood( TrainingsServices::getReviewCommand( $this->getServiceContainer() )->review(
			$this->getTestSysop()->getAuthority(), $this->base(),
			$this->base()->getLatestRevID( IDBAccessObject::READ_LATEST ), ModuleReview::PUBLISHED, '' ) );
		DeferredUpdates::doUpdates();
		$this->assertSame( $fr->getLatestRevID( IDBAccessObject::READ_LATEST ), $this->frenchField( 'revisionId' ) );

		// Unpublishing the source unpublishes its translation.
		$this->assertStatusGood( TrainingsServices::getReviewCommand( $this->getServiceContainer() )->review(
			$this->getTestSysop()->getAuthority(), $this->base(), 0, ModuleReview::DRAFT, '' ) );
		DeferredUpdates::doUpdates();
		$this->assertSame( ModuleReview::DRAFT, $this->frenchField( 'state' ) );
	}

}
