<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\MaintenanceLoop;

use MediaWiki\Extension\Trainings\Progress\ModuleVersion;
use MediaWiki\Extension\Trainings\Reviews\ReviewedProperties;
use MediaWiki\Extension\Trainings\TrainingsDatabase;
use MediaWiki\Page\PageIdentityValue;
use MediaWiki\Permissions\Authority;
use StatusValue;
use Wikimedia\Message\ParamType;
use Wikimedia\Message\ScalarParam;
use Wikimedia\Rdbms\ReadOnlyMode;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * Stores a learner's flag on a step and tells the module's maintainers. The caller (the API)
 * has checked the token, blocks and the rate limit; this checks the flag itself.
 *
 * @license GPL-2.0-or-later
 */
class SubmitFeedbackCommand {

	public const SERVICE_NAME = 'Trainings.SubmitFeedbackCommand';

	public const ERROR_PREFIX = 'trainings-feedback-error-';

	/**
	 * @param FeedbackStore $store
	 * @param MaintainerNotifications $notifications
	 * @param ReviewedProperties $reviewedProperties Reads the maintainers of the module (of its
	 *  reviewed revision: design record 0017)
	 * @param ReadOnlyMode $readOnlyMode
	 * @param CommentChecker|null $commentChecker The spam blacklist, when installed
	 * @param bool $anonymousComments Whether anonymous readers may add a comment
	 */
	public function __construct(
		private readonly FeedbackStore $store,
		private readonly MaintainerNotifications $notifications,
		private readonly ReviewedProperties $reviewedProperties,
		private readonly ReadOnlyMode $readOnlyMode,
		private readonly ?CommentChecker $commentChecker,
		private readonly bool $anonymousComments
	) {
	}

	public function allowsComment( Authority $performer ): bool {
		return $performer->isRegistered() || $this->anonymousComments;
	}

	/**
	 * @param Authority $performer
	 * @param ModuleVersion $module The version the learner read
	 * @param int $step 0 (introduction) to the number of steps
	 * @param string $kind One of Feedback::KINDS
	 * @param string $comment Plain text, may be empty
	 * @return StatusValue With the stored Feedback as value when good
	 */
	public function submit(
		Authority $performer, ModuleVersion $module, int $step, string $kind, string $comment
	): StatusValue {
		$comment = trim( $comment );
		if ( !in_array( $kind, Feedback::KINDS, true ) ) {
			return StatusValue::newFatal( self::ERROR_PREFIX . 'kind' );
		}
		if ( $step < 0 || $step > $module->getStepCount() ) {
			return StatusValue::newFatal( self::ERROR_PREFIX . 'step', $step, $module->getStepCount() );
		}
		if ( $comment !== '' && !$this->allowsComment( $performer ) ) {
			return StatusValue::newFatal( self::ERROR_PREFIX . 'anoncomment' );
		}
		if ( mb_strlen( $comment ) > Feedback::MAX_COMMENT ) {
			return StatusValue::newFatal( self::ERROR_PREFIX . 'toolong', Feedback::MAX_COMMENT );
		}
		if ( $comment !== '' && $this->commentChecker ) {
			$spam = $this->commentChecker->findSpam( $comment, $module->getPage(), $performer->getUser() );
			if ( $spam !== [] ) {
				return StatusValue::newFatal( self::ERROR_PREFIX . 'spam',
					new ScalarParam( ParamType::PLAINTEXT, implode( ', ', $spam ) ) );
			}
		}
		if ( $this->readOnlyMode->isReadOnly( TrainingsDatabase::VIRTUAL_DOMAIN ) ) {
			return StatusValue::newFatal( self::ERROR_PREFIX . 'readonly',
				(string)$this->readOnlyMode->getReason( TrainingsDatabase::VIRTUAL_DOMAIN ) );
		}
		$user = $performer->getUser();
		$feedback = $this->store->insert( new Feedback( 0, $module->getModuleId(), $module->getLanguage(), $step,
			$kind, $comment, $user->isRegistered() ? $user->getId() : 0, ConvertibleTimestamp::now( TS_MW ),
			$step === 0 ? '' : $module->getLayout()->stepId( $step ) ) );

		$base = $module->getModule();
		$names = $this->reviewedProperties->getMaintainers( $base->getId() );
		if ( $base->exists() && $base->canExist() ) {
			$basePage = PageIdentityValue::localIdentity( $base->getId(), $base->getNamespace(), $base->getDBkey() );
			$this->notifications->notify( MaintainerNotifier::FLAGGED, $basePage, $names,
				$user->isRegistered() ? $user : null );
		}
		return StatusValue::newGood( $feedback );
	}

}
