<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Certificates;

use MediaWiki\Extension\Trainings\Groups\CreateGroupCommand;
use MediaWiki\Extension\Trainings\Groups\GroupCompletion;
use MediaWiki\Extension\Trainings\Groups\GroupContent;
use MediaWiki\Extension\Trainings\Groups\GroupStore;
use MediaWiki\Extension\Trainings\Groups\MemberStore;
use MediaWiki\Extension\Trainings\Groups\TrainingGroup;
use MediaWiki\Extension\Trainings\Progress\LearnerCheck;
use MediaWiki\Linker\LinkTarget;
use MediaWiki\Permissions\Authority;
use StatusValue;

/**
 * A learner opens a certificate for a course (every one of its modules completed, as the
 * server recorded), a module, or everything a group they take part in asks for; stores the
 * name to print on it if they ask, or revokes it.
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
		private readonly GroupCompletion $completion,
		private readonly GroupStore $groupStore,
		private readonly MemberStore $memberStore,
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
		return StatusValue::newGood( $this->issue(
			new Certificate( 0, self::newCode(), $userId, $pageId, '', substr( $language, 0, 35 ), $completed,
				null ) ) );
	}

	/**
	 * A certificate for everything a group asks for, to a current participant who completed it;
	 * it keeps the group's name and items as they are now (the group may change or go).
	 *
	 * @return StatusValue Value: the Certificate (as issueIfAllowed()). Errors: those of
	 *  LearnerCheck::writerId(), trainings-certificate-error-notmember,
	 *  trainings-certificate-error-group-notcompleted
	 */
	public function issueForGroupIfAllowed( Authority $performer, int $groupId, string $language ): StatusValue {
		$learner = $this->learnerCheck->writerId( $performer );
		if ( !$learner->isOK() ) {
			return $learner;
		}
		$userId = (int)$learner->getValue();
		$group = $this->participantsGroup( $userId, $groupId );
		if ( $group === null ) {
			return StatusValue::newFatal( 'trainings-certificate-error-notmember' );
		}
		$completed = $this->completion->completedOn( $userId, $this->completion->modulesOf( $group->items ), true );
		if ( $completed === null ) {
			return StatusValue::newFatal( 'trainings-certificate-error-group-notcompleted', $group->name );
		}
		return StatusValue::newGood( $this->issue( new Certificate( 0, self::newCode(), $userId, 0, '',
			substr( $language, 0, 35 ), $completed, null, $group->id, $group->name, $group->items ) ) );
	}

	/**
	 * The group a learner may open a certificate for: one they take part in now.
	 */
	public function groupOf( Authority $performer, int $groupId ): ?TrainingGroup {
		$learner = $this->learnerCheck->learnerId( $performer );
		return $learner->isOK() ? $this->participantsGroup( (int)$learner->getValue(), $groupId ) : null;
	}

	private function participantsGroup( int $userId, int $groupId ): ?TrainingGroup {
		$group = $groupId > 0 ? $this->groupStore->get( $groupId, true ) : null;
		return $group && $this->memberStore->isMember( $group->id, $userId, true ) ? $group : null;
	}

	/**
	 * Stores a new certificate, or gives the learner's existing one; a revoked one comes back
	 * with a new code and what it certifies now.
	 */
	private function issue( Certificate $new ): Certificate {
		$existing = $this->store->getForLearner( $new->userId, $new->pageId, true, $new->groupId );
		if ( $existing === null ) {
			return $this->store->insert( $new );
		}
		if ( $existing->isRevoked() ) {
			$this->store->update( $existing->id, [ 'tc_code' => $new->code, 'tc_revoked' => null,
				'tc_completed' => $new->completed, 'tc_group_name' => $new->groupName,
				'tc_group_items' => $new->groupItems ] );
			return $this->store->getForLearner( $new->userId, $new->pageId, true, $new->groupId ) ?? $existing;
		}
		return $existing;
	}

	/**
	 * When the learner completed the page: a module's completion, or the last of a course's
	 * modules; null while not completed.
	 */
	private function completion( int $userId, int $pageId ): ?string {
		return $this->completion->completedOn( $userId, $this->completion->modulesOf( [ $pageId ] ), true );
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
