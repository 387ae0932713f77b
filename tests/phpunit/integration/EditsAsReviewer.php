<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration;

use MediaWiki\Extension\Trainings\Content\ModuleMetadata;
use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Extension\Trainings\Reviews\ModuleReview;
use MediaWiki\Extension\Trainings\Reviews\ReviewCommand;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Parser\ParserOptions;
use MediaWiki\Permissions\Authority;
use MediaWiki\Storage\PageUpdateStatus;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * Test pages written as a reviewer by default, who then approves what they wrote: a Training
 * page whose wikitext says `status = published` or `outdated` (or says nothing, which was
 * "published" before reviews were recorded) gets a real review through ReviewCommand, in that
 * state, at the new revision, on the day its `reviewed` field gives (today without); a reviewed
 * page whose wikitext says `draft` is unpublished
 * (design record 0017). Tests about authors pass their performer
 * explicitly: an author's edit records nothing.
 *
 * @license GPL-2.0-or-later
 */
trait EditsAsReviewer {

	/**
	 * @param mixed $page As MediaWikiIntegrationTestCase::editPage()
	 * @param mixed $content
	 * @param string $summary
	 * @param int $defaultNs
	 * @param Authority|null $performer Default: the test sysop, who has the right trainings-review
	 * @return PageUpdateStatus
	 */
	protected function editPage( $page, $content, $summary = '', $defaultNs = NS_MAIN, ?Authority $performer = null ) {
		$performer ??= static::getTestSysop()->getAuthority();
		$status = parent::editPage( $page, $content, $summary, $defaultNs, $performer );
		$revision = $status->isOK() ? $status->getNewRevision() : null;
		if ( $revision === null || !ReviewCommand::canReview( $performer ) ) {
			return $status;
		}
		$services = $this->getServiceContainer();
		$record = $services->getPageStore()->getPageById( $revision->getPageId() );
		if ( $record === null || $record->getNamespace() !== NS_TRAINING ) {
			return $status;
		}
		$parse = $services->getParserOutputAccess()
			->getParserOutput( $record, ParserOptions::newFromAnon(), $revision );
		$output = $parse->isOK() ? $parse->getValue() : null;
		$number = $output ? $output->getPageProperty( ModuleProperties::STATUS ) : null;
		$reviewed = $output ? $output->getPageProperty( ModuleProperties::REVIEWED ) : null;
		$state = array_search( $number === null ? 1 : (int)$number, ModuleMetadata::STATUSES, true );
		$current = TrainingsServices::getReviewStore( $services )->get( $record->getId(), true );
		if ( $state === ModuleReview::PUBLISHED || $state === ModuleReview::OUTDATED
			|| ( $state === ModuleReview::DRAFT && $current !== null && $current->isShown() )
		) {
			// Fixtures dated by `reviewed` are reviewed on that day (the clock of the test).
			$clock = ConvertibleTimestamp::setFakeTime( $reviewed === null
				? ConvertibleTimestamp::now() : sprintf( '%08d', (int)$reviewed ) . '120000' );
			$review = TrainingsServices::getReviewCommand( $services )
				->review( $performer, $record, (int)$revision->getId(), (string)$state, '' );
			ConvertibleTimestamp::setFakeTime( $clock ?? false );
			$this->assertStatusGood( $review );
		}
		return $status;
	}

}
