<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Translation;

use MediaWiki\Content\TextContent;
use MediaWiki\Extension\Trainings\MaintenanceLoop\QueueFilter;
use MediaWiki\Extension\Trainings\MaintenanceLoop\QueueRow;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Registration\ExtensionRegistry;
use MediaWiki\Tests\Api\ApiTestCase;
use MediaWiki\Title\Title;

/**
 * The maintainers' queue against the real Translate extension: a translation below the
 * completeness threshold is listed as incomplete, a translation whose source unit changed
 * (fuzzy after marking again) as outdated, and its maintainer is notified of it. Runs in the
 * Translate half of `npm test` (phpunit-translate); skipped on a wiki without Translate.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\MaintenanceLoop\ReviewQueue
 * @covers \MediaWiki\Extension\Trainings\MaintenanceLoop\DueNotifications
 */
class ReviewQueueTranslateTest extends ApiTestCase {

	use EditsAsReviewer;

	private const MODULE = 'Queue translation test';

	protected function setUp(): void {
		parent::setUp();
		if ( !ExtensionRegistry::getInstance()->isLoaded( 'Translate' ) ) {
			$this->markTestSkipped( 'Needs the Translate extension: runs in the Translate half (phpunit-translate)' );
		}
		$this->overrideConfigValues( [ 'LanguageCode' => 'en', 'TrainingsTranslationThreshold' => 0.8 ] );
	}

	private function base(): Title {
		return Title::makeTitle( NS_TRAINING, self::MODULE );
	}

	private function source( string $maintainer, string $share ): string {
		return "<languages/>\n{{#training:\n | summary = <translate>Upload your photos.</translate>\n"
			. " | maintainers = $maintainer\n | reviewed = " . gmdate( 'Y-m-d' ) . "\n}}\n"
			. "<translate>\nPhotos help.\n</translate>\n<translate>\n== Upload ==\nUse the wizard.\n</translate>\n"
			. "<translate>\n== Share ==\n$share\n</translate>\n";
	}

	private function saveAndMark( string $text ): void {
		$sysop = $this->getTestSysop()->getAuthority();
		$this->assertStatusGood( $this->editPage( $this->base(), $text, '', NS_MAIN, $sysop ) );
		[ $result ] = $this->doApiRequestWithToken( [
			'action' => 'markfortranslation',
			'title' => $this->base()->getPrefixedText(),
			'translatetitle' => 'no',
		], null, $sysop );
		$this->assertSame( 'Success', $result['markfortranslation']['result'] );
		$this->runJobs( [ 'minJobs' => 0 ] );
	}

	/**
	 * @param string $code
	 * @param list<string> $texts
	 */
	private function translate( string $code, array $texts ): void {
		foreach ( $texts as $i => $text ) {
			$this->editPage(
				Title::makeTitle( 1198, $this->base()->getPrefixedText() . '/' . ( $i + 1 ) . '/' . $code ),
				$text, '', NS_MAIN, $this->getTestSysop()->getAuthority()
			);
		}
		$this->runJobs( [ 'minJobs' => 0 ] );
	}

	/**
	 * @return list<string>
	 */
	private function translationRows(): array {
		$rows = TrainingsServices::getReviewQueue( $this->getServiceContainer() )->build( new QueueFilter() );
		$rows = array_filter( $rows, static fn ( QueueRow $row ) => $row->module->dbKey === 'Queue_translation_test'
			&& str_starts_with( $row->type, 'translation' ) );
		$list = array_map( static fn ( QueueRow $row ) => "{$row->type} {$row->language}", $rows );
		sort( $list );
		return $list;
	}

	public function testIncompleteAndOutdatedTranslations(): void {
		$maintainer = $this->getMutableTestUser()->getUser();
		$this->saveAndMark( $this->source( $maintainer->getName(), 'Share the result.' ) );
		$this->translate( 'fr', [ 'Téléversez vos photos.', 'Les photos aident.', "== Téléverser ==\nL’assistant.",
			"== Partager ==\nPartagez le résultat." ] );
		$this->translate( 'de', [ 'Lade deine Fotos hoch.' ] );
		$this->assertSame( [ 'translation-incomplete de' ], $this->translationRows() );

		// A changed unit, marked again: the French translation of it is outdated (fuzzy).
		// The marked source carries the unit markers (<!--T:n-->): change its text, keep them.
		$marked = $this->getServiceContainer()->getWikiPageFactory()->newFromTitle( $this->base() )->getContent();
		$this->assertInstanceOf( TextContent::class, $marked );
		$this->saveAndMark(
			str_replace( 'Share the result.', 'Share the result with your class.', $marked->getText() ) );
		$this->assertSame( [ 'translation-incomplete de', 'translation-outdated fr' ], $this->translationRows() );

		if ( ExtensionRegistry::getInstance()->isLoaded( 'Echo' ) ) {
			TrainingsServices::getDueNotifications( $this->getServiceContainer() )->run();
			$this->assertSame( 1, $this->getDb()->newSelectQueryBuilder()
				->select( 'event_id' )->from( 'echo_event' )
				->join( 'echo_notification', null, 'notification_event = event_id' )
				->where( [ 'event_type' => 'trainings-outdated', 'notification_user' => $maintainer->getId() ] )
				->caller( __METHOD__ )->fetchRowCount() );
		}
	}

}
