<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Groups;

use MediaWiki\Extension\Trainings\Groups\GroupStore;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\HtmlAssertions;
use MediaWiki\Extension\Trainings\Tests\Integration\Progress\ProgressFixture;
use MediaWiki\MainConfigNames;
use MediaWiki\Permissions\Authority;
use MediaWiki\Request\FauxRequest;
use MediaWiki\SpecialPage\SpecialPage;
use SpecialPageTestBase;

/**
 * Special:TrainingGroups: the creation form (a real POST through HTMLForm) and the list of
 * the groups one organises.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Specials\SpecialTrainingGroups
 * @covers \MediaWiki\Extension\Trainings\Specials\GroupFormFields
 */
class SpecialTrainingGroupsTest extends SpecialPageTestBase {

	use EditsAsReviewer;
	use GroupFixture;
	use HtmlAssertions;
	use ProgressFixture;

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
		$this->saveModule( 'Group module one', 3, 1 );
	}

	protected function newSpecialPage(): SpecialPage {
		$page = $this->getServiceContainer()->getSpecialPageFactory()->getPage( 'TrainingGroups' );
		$this->assertInstanceOf( SpecialPage::class, $page );
		return $page;
	}

	/**
	 * @param Authority $performer
	 * @param string $subPage
	 * @param array<string,string> $post
	 * @return array<int,mixed> [ HTML, the FauxResponse ]
	 */
	private function open( Authority $performer, string $subPage, array $post = [] ): array {
		$request = new FauxRequest( $post, $post !== [] );
		$request->getSession()->setUser( $this->getServiceContainer()->getUserFactory()
			->newFromUserIdentity( $performer->getUser() ) );
		// A posted request without wpEditToken gets the performer's own (SpecialPageExecutor).
		return $this->executeSpecialPage( $subPage, $request, 'qqx', $performer );
	}

	public function testCreateThroughTheFormAndList(): void {
		$this->setGroupPermissions( 'user', 'trainings-organise', true );
		$organiser = $this->getMutableTestUser()->getUser();
		[ $html ] = $this->open( $organiser, 'new' );
		$this->single( self::xpath( $html ), '//textarea[@name="wpitems"]' );

		[ $html ] = $this->open( $organiser, 'new', [
			'wpname' => 'Bad', 'wpitems' => 'No such module', 'title' => 'Special:TrainingGroups/new',
		] );
		$this->assertStringContainsString( '(trainings-group-error-item: No such module)', $html, 'a clear error' );
		$this->assertStringContainsString( 'No such module', $html, 'what was typed is kept' );

		[ , $response ] = $this->open( $organiser, 'new', [
			'wpname' => 'Spring class', 'wpdescription' => "'''Not''' wikitext",
				'wpitems' => 'Training:Group module one',
			'wpdue' => '2030-05-01', 'title' => 'Special:TrainingGroups/new',
		] );
		$groups = $this->getServiceContainer()->get( GroupStore::SERVICE_NAME )->listForOrganiser(
			$this->getServiceContainer()->getCentralIdLookup()->centralIdFromLocalUser( $organiser ), 10, true );
		$this->assertCount( 1, $groups );
		$this->assertStringContainsString( 'TrainingGroup/' . $groups[0]->id,
			(string)$response->getHeader( 'Location' ) );

		[ $html ] = $this->open( $organiser, '' );
		$row = $this->single( self::xpath( $html ),
			'//table[contains(@class,"ext-trainings-groups")]//tr[@data-trainings-group]' );
		$this->assertStringContainsString( 'Spring class', $row->textContent );
	}

}
