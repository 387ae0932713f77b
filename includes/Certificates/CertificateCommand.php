<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Certificates;

use MediaWiki\Extension\Trainings\Groups\CreateGroupCommand;
use MediaWiki\Extension\Trainings\Groups\GroupContent;
use MediaWiki\Extension\Trainings\Progress\LearnerCheck;
use MediaWiki\Extension\Trainings\Progress\ProgressLookup;
use MediaWiki\Linker\LinkTarget;
use MediaWiki\Permissions\Authority;
use StatusValue;

/**
 * A learner opens a certificate for a course (every one of its modules completed, as the
 * server recorded) or a module, stores the name to print on it if they ask, or revokes it.
 * Only the learner acts on their own certificates; reading one is for anyone.
 *
 * @license GPL-2.0-or-later
 */
class CertificateCommand {

	public const SERVICE_NAME = 'Trainings.CertificateCommand';

	public const MAX_NAME = 100;

	public function __construct(
		private readonly LearnerCheck $learnerCheck,
		private readonly GroupContent $content,
		private readonly ProgressLookup $progressLookup,
		private readonly CertificateStore $store
	) {
	}

	/**
	 * @return StatusValue Value: the Certificate (the learner's existing one for the page, if any,
	 *  a revoked one given a new code). Errors: those of LearnerCheck::writerId(),
	 *  trainings-group-error-item, trainings-certificate-error-notcompleted
	 */
	public function issueIfAllowed( Authority $performer, LinkTarget $page, string $language ): StatusValue {
		$learner = $this->learnerCheck->writerId( $performer );
		if ( !$learner->isOK() ) {
			return $learner;
		}
		$userId = (int)$learner->getValue();
		$found = $this->content->findItems( [ $page->getNamespace() === NS_TRAINING ? $page->getDBkey() : "\n" ] );
		if ( !$found->isOK() ) {
			return $found;
		}
		$pageId = $found->getValue()[0];
		$completed = $this->completion( $userId, $pageId );
		if ( $completed === null ) {
			return StatusValue::newFatal( 'trainings-certificate-error-notcompleted' );
		}
		$existing = $this->store->getForLearner( $userId, $pageId, true );
		if ( $existing !== null && !$existing->isRevoked() ) {
			return StatusValue::newGood( $existing );
		}
		if ( $existing !== null ) {
			$this->store->update( $existing->id, [ 'tc_code' => self::newCode(), 'tc_revoked' => null,
				'tc_completed' => $completed ] );
			return StatusValue::newGood( $this->store->getForLearner( $userId, $pageId, true ) );
		}
		return StatusValue::newGood( $this->store->insert(
			new Certificate( 0, self::newCode(), $userId, $pageId, '', substr( $language, 0, 35 ), $completed,
				null ) ) );
	}

	/**
	 * When the learner completed the page: a module's completion, or the last of a course's
	 * modules; null while not completed.
	 */
	private function completion( int $userId, int $pageId ): ?string {
		$columns = $this->content->columns( [ $pageId ] );
		$modules = $columns && $columns[0]->isCourse() ? (array)$columns[0]->moduleIds : [ $pageId ];
		if ( $modules === [] ) {
			return null;
		}
		$last = '';
		$rows = $this->progressLookup->listForUser( $userId, count( $modules ), null, $modules, true );
		foreach ( $rows as $row ) {
			if ( $row->isCompleted() ) {
				$last = max( $last, (string)$row->getCompleted() );
			}
		}
		$completedCount = count( array_filter( $rows, static fn ( $row ) => $row->isCompleted() ) );
		return $completedCount === count( $modules ) ? $last : null;
	}

	/**
	 * @return StatusValue Value: the Certificate revoked. Errors: those of LearnerCheck::writerId(),
	 *  trainings-certificate-error-notyours
	 */
	public function revokeIfAllowed( Authority $performer, string $code ): StatusValue {
		$status = $this->own( $performer, $code );
		if ( $status->isOK() ) {
			$this->store->update( $status->getValue()->id, [ 'tc_revoked' => wfTimestampNow() ] );
		}
		return $status;
	}

	/**
	 * Stores the name to print (the learner asked to); '' goes back to the username.
	 *
	 * @return StatusValue Errors: as revokeIfAllowed(), trainings-certificate-error-name
	 */
	public function storeNameIfAllowed( Authority $performer, string $code, string $name ): StatusValue {
		$name = trim( $name );
		if ( mb_strlen( $name ) > self::MAX_NAME ) {
			return StatusValue::newFatal( 'trainings-certificate-error-name', self::MAX_NAME );
		}
		$status = $this->own( $performer, $code );
		if ( $status->isOK() ) {
			$this->store->update( $status->getValue()->id, [ 'tc_name' => $name ] );
		}
		return $status;
	}

	private function own( Authority $performer, string $code ): StatusValue {
		$learner = $this->learnerCheck->writerId( $performer );
		if ( !$learner->isOK() ) {
			return $learner;
		}
		$certificate = strlen( $code ) <= 32 ? $this->store->getByCode( $code, true ) : null;
		if ( $certificate === null || $certificate->userId !== (int)$learner->getValue() ) {
			return StatusValue::newFatal( 'trainings-certificate-error-notyours' );
		}
		return StatusValue::newGood( $certificate );
	}

	private static function newCode(): string {
		return CreateGroupCommand::newCode();
	}

}
