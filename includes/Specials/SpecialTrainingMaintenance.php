<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Specials;

use MediaWiki\Extension\Trainings\MaintenanceLoop\DeleteFeedbackCommand;
use MediaWiki\Extension\Trainings\MaintenanceLoop\FeedbackAccess;
use MediaWiki\Extension\Trainings\MaintenanceLoop\FeedbackStore;
use MediaWiki\Extension\Trainings\MaintenanceLoop\QueueFilter;
use MediaWiki\Extension\Trainings\MaintenanceLoop\ReviewQueue;
use MediaWiki\Extension\Trainings\Reviews\ModuleReview;
use MediaWiki\Extension\Trainings\Reviews\ReviewCommand;
use MediaWiki\Extension\Trainings\Reviews\ReviewedProperties;
use MediaWiki\Extension\Trainings\Reviews\ReviewStore;
use MediaWiki\Extension\Trainings\Topics\Topics;
use MediaWiki\Html\Html;
use MediaWiki\HTMLForm\HTMLForm;
use MediaWiki\SpecialPage\SpecialPage;
use MediaWiki\Title\Title;
use MediaWiki\User\UserNameUtils;
use StatusValue;

/**
 * Special:TrainingMaintenance, the maintainers' queue: what needs attention in each module
 * (ReviewQueue), filterable by maintainer, topic and language, each row linking to where to
 * act; the review buttons (approve a revision, mark outdated, unpublish: POST, edit token,
 * ReviewCommand, design record 0017); and, with ?feedback=Training:X, the
 * learners' flags on one module (for its maintainers and administrators; authors see and may
 * delete their own).
 *
 * @license GPL-2.0-or-later
 */
class SpecialTrainingMaintenance extends SpecialPage {

	/** Modules whose rows one page of the queue shows. */
	public const MODULES_PER_PAGE = 100;

	public function __construct(
		private readonly UserNameUtils $userNameUtils,
		private readonly DeleteFeedbackCommand $deleteFeedback,
		private readonly FeedbackStore $feedbackStore,
		private readonly ReviewCommand $reviewCommand,
		private readonly ReviewQueue $queue,
		private readonly ReviewStore $reviewStore,
		private readonly ReviewedProperties $reviewedProperties,
		private readonly Topics $topics
	) {
		parent::__construct( 'TrainingMaintenance' );
	}

	/**
	 * "Mark reviewed" and deleting a flag write (POST): the transaction profiler expects no
	 * write from special pages that do not say so (design record 0016).
	 *
	 * @inheritDoc
	 */
	public function doesWrites() {
		return true;
	}

	/** @inheritDoc */
	protected function getGroupName() {
		return 'pages';
	}

	/** @inheritDoc */
	public function execute( $subPage ): void {
		$this->setHeaders();
		$this->outputHeader();
		$out = $this->getOutput();
		$out->addModuleStyles( FormStyles::MODULES );
		$request = $this->getRequest();

		if ( $request->wasPosted() ) {
			$this->handlePost();
			return;
		}
		$this->showRecordedReview( $request->getInt( 'reviewed' ) );
		if ( $request->getRawVal( 'deleted' ) !== null ) {
			$out->addHTML( Html::successBox( $this->msg( 'trainings-feedback-deleted' )->escaped() ) );
		}
		$feedbackModule = $request->getRawVal( 'feedback' );
		if ( $feedbackModule !== null && $feedbackModule !== '' ) {
			$this->showFeedback( $feedbackModule );
			return;
		}

		$filter = $this->filterFromRequest();
		$this->showForm();
		// One page of modules at a time, as the catalog (design record 0017): the cost follows the page.
		$from = (string)$request->getRawVal( 'from' );
		$from = $from === '' || strlen( $from ) > 255 ? null : strtr( $from, ' ', '_' );
		[ $rows, $next ] = $this->queue->buildPage( $filter, $from, self::MODULES_PER_PAGE );
		$renderer = new QueueTableRenderer( $this->getContext(), $this->queue, $this->getLinkRenderer(),
			ReviewCommand::canReview( $this->getAuthority() ) ? $this->getUser()->getEditToken() : null,
			$this->getPageTitle() );
		$out->addHTML( $renderer->render( $rows ) );
		if ( $next !== null ) {
			$query = array_filter( [
				'maintainer' => $request->getRawVal( 'maintainer' ),
				'topic' => $request->getRawVal( 'topic' ),
				'language' => $request->getRawVal( 'language' ),
			] ) + [ 'from' => $next ];
			$out->addHTML( Html::rawElement( 'p', [ 'class' => 'ext-trainings-maintenance-more' ],
				$this->getLinkRenderer()->makeKnownLink( $this->getPageTitle(),
					$this->msg( 'trainings-maintenance-more' )->text(), [], $query ) ) );
		}
	}

	private function filterFromRequest(): QueueFilter {
		$request = $this->getRequest();
		$maintainer = trim( (string)$request->getRawVal( 'maintainer' ) );
		$canonical = $maintainer === '' ? false : $this->userNameUtils->getCanonical( $maintainer );
		$topic = trim( (string)$request->getRawVal( 'topic' ) );
		$language = strtolower( trim( (string)$request->getRawVal( 'language' ) ) );
		return new QueueFilter(
			$canonical === false ? null : $canonical,
			$topic === '' ? null : $topic,
			$language === '' || !preg_match( '/^[a-z0-9-]{2,35}$/', $language ) ? null : $language
		);
	}

	private function showForm(): void {
		$topics = [ $this->msg( 'trainings-maintenance-filter-topic-all' )->text() => '' ];
		foreach ( $this->topics->labels( $this->getLanguage()->getCode() ) as $topic => $label ) {
			$topics[$label] = (string)$topic;
		}
		$fields = [
			'maintainer' => [
				'type' => 'user',
				'name' => 'maintainer',
				'label-message' => 'trainings-maintenance-filter-maintainer',
				'exists' => false,
			],
			'topic' => [
				'type' => 'select',
				'name' => 'topic',
				'label-message' => 'trainings-maintenance-filter-topic',
				'options' => $topics,
			],
			'language' => [
				'type' => 'text',
				'name' => 'language',
				'label-message' => 'trainings-maintenance-filter-language',
				'size' => 10,
			],
		];
		HTMLForm::factory( 'ooui', $fields, $this->getContext() )
			->setMethod( 'get' )
			->setTitle( $this->getPageTitle() )
			->setWrapperLegendMsg( 'trainings-maintenance-filters' )
			->setSubmitTextMsg( 'trainings-maintenance-apply' )
			->prepareForm()
			->displayForm( false );
	}

	private function handlePost(): void {
		$request = $this->getRequest();
		$out = $this->getOutput();
		if ( !$this->getUser()->matchEditToken( (string)$request->getVal( 'wpEditToken' ) ) ) {
			$out->addHTML( Html::errorBox( $this->msg( 'sessionfailure' )->escaped() ) );
			return;
		}
		$title = Title::newFromText( (string)$request->getRawVal( 'module' ) );
		$action = $request->getRawVal( 'do' );
		if ( $action === 'review' && $title !== null ) {
			$this->handleReview( $title );
			return;
		}
		if ( $action === 'deletefeedback' ) {
			$status = $this->deleteFeedback->delete( $this->getAuthority(), $request->getInt( 'id' ) );
			if ( $status->isOK() && $title !== null ) {
				$out->redirect( $this->getPageTitle()->getFullURL(
					[ 'feedback' => $title->getPrefixedText(), 'deleted' => 1 ] ) );
				return;
			}
			$this->showStatus( $status );
			return;
		}
		$out->addHTML( Html::errorBox( $this->msg( 'trainings-maintenance-bad-request' )->escaped() ) );
	}

	private function handleReview( Title $title ): void {
		$request = $this->getRequest();
		$comment = (string)$request->getText( 'comment' );
		$state = (string)$request->getRawVal( 'state' );
		$status = $this->reviewCommand->review( $this->getAuthority(), $title, $request->getInt( 'revid' ),
			in_array( $state, ModuleReview::STATES, true ) ? $state : ModuleReview::PUBLISHED, $comment );
		if ( !$status->isOK() ) {
			$this->showStatus( $status );
			return;
		}
		$returnTo = Title::newFromText( (string)$request->getRawVal( 'returnto' ) );
		if ( $returnTo !== null && $returnTo->equals( $title ) ) {
			$this->getOutput()->redirect( $title->getFullURL() );
			return;
		}
		$query = array_filter( [
			'maintainer' => $request->getRawVal( 'maintainer' ),
			'topic' => $request->getRawVal( 'topic' ),
			'language' => $request->getRawVal( 'language' ),
		] );
		// The page id, not a name: the notice reads the stored review, so it shows only one that happened.
		$query['reviewed'] = $title->getArticleID();
		$this->getOutput()->redirect( $this->getPageTitle()->getFullURL( $query ) );
	}

	/**
	 * Announces the current review of a page, as stored (a URL cannot make one up).
	 */
	private function showRecordedReview( int $pageId ): void {
		$review = $pageId > 0 ? $this->reviewStore->get( $pageId ) : null;
		$title = $review === null ? null : Title::newFromID( $pageId );
		if ( $review === null || $title === null ) {
			return;
		}
		// trainings-maintenance-reviewed-published, -outdated, -draft
		$this->getOutput()->addHTML( Html::successBox( $this->msg( 'trainings-maintenance-reviewed-' . $review->state )
			->plaintextParams( $title->getPrefixedText() )
			->numParams( $review->revisionId )
			->dateTimeParams( $review->timestamp )
			->parse() ) );
	}

	private function showStatus( StatusValue $status ): void {
		$html = '';
		foreach ( $status->getMessages() as $message ) {
			$html .= Html::rawElement( 'p', [], $this->msg( $message )->parse() );
		}
		$this->getOutput()->addHTML( Html::errorBox( $html ) );
		$this->getOutput()->addHTML( Html::rawElement( 'p', [],
			$this->getLinkRenderer()->makeKnownLink( $this->getPageTitle(),
				$this->msg( 'trainings-maintenance-back' )->text() ) ) );
	}

	private function showFeedback( string $moduleName ): void {
		$out = $this->getOutput();
		$title = Title::newFromText( $moduleName );
		if ( $title === null || $title->getNamespace() !== NS_TRAINING || !$title->exists() ) {
			$out->addHTML( Html::errorBox(
				$this->msg( 'trainings-maintenance-no-module' )->plaintextParams( $moduleName )->parse() ) );
			return;
		}
		// The maintainers of the reviewed revision: naming oneself in a pending edit grants nothing.
		$maintainers = $this->reviewedProperties->getMaintainers( $title->getArticleID() );
		$authority = $this->getAuthority();
		$all = FeedbackAccess::canViewAll( $authority, $maintainers );
		$user = $authority->getUser();
		if ( !$all && !$user->isRegistered() ) {
			$out->addHTML( Html::errorBox( $this->msg( 'trainings-feedback-not-allowed' )->escaped() ) );
			return;
		}
		$list = $this->feedbackStore->listForModule( $title->getArticleID(), $all ? null : $user->getId() );
		$renderer = new FeedbackListRenderer( $this->getContext(), $this->getLinkRenderer(),
			$this->getUser()->getEditToken(), $this->getPageTitle() );
		$out->setPageTitleMsg( $this->msg( 'trainings-feedback-title' )->plaintextParams( $title->getPrefixedText() ) );
		if ( !$all ) {
			$out->addHTML( Html::noticeBox( $this->msg( 'trainings-feedback-own-only' )->escaped(), '' ) );
		}
		$out->addHTML( $renderer->render( $title, $list ) );
	}

}
