<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Topics;

use HashBagOStuff;
use MediaWiki\Content\JsonContent;
use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Extension\Trainings\Tests\Integration\CountsQueries;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\HtmlAssertions;
use MediaWiki\Extension\Trainings\Topics\TopicConfigPage;
use MediaWiki\Extension\Trainings\Topics\TopicListParser;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Request\FauxRequest;
use MediaWiki\Title\Title;
use Psr\Log\NullLogger;
use SpecialPageExecutor;
use StatusValue;
use WANObjectCache;
use MediaWiki\Tests\Api\ApiTestCase;

/**
 * The catalog's topics set by the wiki (design record 0020): MediaWiki:Trainings-topics.json
 * replaces $wgTrainingsTopics, a malformed list is refused at save and the previous one stays,
 * and the metadata check, the filters, the cards and the API follow the list in any language.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Topics\Topics
 * @covers \MediaWiki\Extension\Trainings\Topics\TopicConfigPage
 * @covers \MediaWiki\Extension\Trainings\Hooks\TopicConfigHandler
 * @covers \MediaWiki\Extension\Trainings\Api\ApiQueryTrainings
 * @covers \MediaWiki\Extension\Trainings\Catalog\CatalogCardRenderer
 */
class TopicsTest extends ApiTestCase {

	use CountsQueries;
	use EditsAsReviewer;
	use HtmlAssertions;

	private const LIST = '{ "topics": [
		{ "key": "copyright", "labels": { "en": "Copyright", "fr": "Droit d\'auteur", "de": "Urheberrecht" } },
		{ "key": "events" },
		{ "key": "tools", "labels": { "fr": "Logiciels" } }
	] }';

	private function saveList( string $json ): StatusValue {
		$status = $this->editPage( Title::makeTitle( NS_MEDIAWIKI, TopicConfigPage::PAGE ), new JsonContent( $json ) );
		// A new request: the service keeps the list for the rest of a request.
		$this->resetServices();
		return $status;
	}

	public function testWithoutAPageTheConfiguredTopicsAndTheirMessages(): void {
		$this->overrideConfigValue( 'TrainingsTopics', [ 'events', 'partnerships' ] );
		$topics = TrainingsServices::getTopics();
		$this->assertSame( [ 'events', 'partnerships' ], $topics->keys() );
		$this->assertSame( [ 'events' => 'Events', 'partnerships' => 'Partnerships' ], $topics->labels( 'en' ) );
		$this->assertSame( 'Événements', $topics->label( 'events', 'fr' ) );
		$this->assertFalse( $topics->getList()->fromWiki );
	}

	public function testTheWikisListReplacesTheDefaultInEveryLanguage(): void {
		$this->assertStatusGood( $this->saveList( self::LIST ) );
		$topics = TrainingsServices::getTopics();
		$this->assertSame( [ 'copyright', 'events', 'tools' ], $topics->keys(), 'the page\'s order' );
		$this->assertSame(
			[ 'copyright' => 'Droit d\'auteur', 'events' => 'Événements', 'tools' => 'Logiciels' ],
			$topics->labels( 'fr' ),
			'the wiki\'s label, else the extension\'s translated message'
		);
		$this->assertSame( [ 'copyright' => 'Copyright', 'events' => 'Events', 'tools' => 'Tools' ],
			$topics->labels( 'en' ) );
		$this->assertSame( 'Copyright', $topics->label( 'copyright', 'es' ), 'no Spanish label: the English one' );
		$this->assertSame( 'Urheberrecht', $topics->label( 'copyright', 'de-at' ),
			'a variant reads its fallback language\'s label' );
	}

	public function testAMalformedListIsRefusedAndThePreviousOneStays(): void {
		$this->assertStatusGood( $this->saveList( self::LIST ) );
		$malformed = [
			'{ "topics": [ { "key": "Policy", "labels": { "en": "Policy" } } ] }' =>
				[ 'trainings-topics-config-error-key', 'trainings-topics-config-kept' ],
			'{ "topics": [ { "key": "copyright" } ] }' =>
				[ 'trainings-topics-config-error-nolabel', 'trainings-topics-config-kept' ],
			// Not JSON: core refuses it before the extension looks.
			'{ "topics": [ ' => [ 'invalid-json-data' ],
		];
		foreach ( $malformed as $json => $errors ) {
			$status = $this->saveList( $json );
			foreach ( $errors as $error ) {
				$this->assertStatusError( $error, $status );
			}
			$this->assertSame( [ 'copyright', 'events', 'tools' ], TrainingsServices::getTopics()->keys(),
				"the previous list after $errors[0]" );
		}
	}

	public function testMetadataFiltersCardsAndApiFollowTheList(): void {
		$this->assertStatusGood( $this->saveList( self::LIST ) );
		$module = Title::makeTitle( NS_TRAINING, 'Licences for images' );
		$this->editPage( $module,
			"{{#training: summary = Which licence? | topics = events, copyright }}\nIntro.\n== Step ==\nText." );
		DeferredUpdates::doUpdates();
		$stored = $this->getServiceContainer()->getPageProps()
			->getProperties( $module, ModuleProperties::TOPICS )[$module->getArticleID()] ?? '';
		$this->assertIsString( $stored );
		$this->assertSame( [ 'events', 'copyright' ], explode( ModuleProperties::LIST_SEPARATOR, $stored ),
			'the metadata check accepts the new topic' );

		$languages = [ 'fr' => [ 'Droit d\'auteur', 'Événements' ], 'en' => [ 'Copyright', 'Events' ] ];
		foreach ( $languages as $code => $labels ) {
			// A new page object per request, as in a wiki.
			$special = $this->getServiceContainer()->getSpecialPageFactory()->getPage( 'Trainings' );
			$this->assertNotNull( $special );
			[ $html ] = ( new SpecialPageExecutor() )->executeSpecialPage(
				$special, '', new FauxRequest( [ 'topic' => 'copyright' ] ), $code
			);
			$xpath = self::xpath( $html );
			$this->assertSame( $labels[0],
				$this->single( $xpath, "//select[@name='topic']/option[@value='copyright']" )->textContent,
				"the filter in $code" );
			$this->assertTrue( $this->single( $xpath, "//select[@name='topic']/option[@value='copyright']" )
				->hasAttribute( 'selected' ), 'the new topic filters the catalog' );
			$this->assertSame( implode( ', ', $labels ),
				$this->single( $xpath, "//li[@data-key='Licences_for_images']"
					. "//span[contains(@class, 'ext-trainings-card__chip--topics')]" )->textContent,
				"the card in $code, in the list's order" );

			[ $result ] = $this->doApiRequest( [ 'action' => 'query', 'list' => 'trainings', 'trtopic' => 'copyright',
				'uselang' => $code, 'formatversion' => 2 ] );
			$this->assertSame( [ 'Licences_for_images' ], array_column( $result['query']['trainings'], 'key' ) );
			$this->assertSame(
				[ [ 'key' => 'copyright', 'label' => $labels[0] ], [ 'key' => 'events', 'label' => $labels[1] ] ],
				$result['query']['trainings'][0]['topiclabels'], "the API in $code"
			);
		}
	}

	public function testACachedListCostsNoQueryAndASaveRefreshesIt(): void {
		$this->assertStatusGood( $this->saveList( self::LIST ) );
		$cache = new WANObjectCache( [ 'cache' => new HashBagOStuff() ] );
		/** @var TopicListParser $parser */
		$parser = $this->getServiceContainer()->get( TopicListParser::SERVICE_NAME );
		$page = fn () => new TopicConfigPage( $this->getServiceContainer()->getRevisionLookup(), $cache, $parser,
			new NullLogger() );
		$this->assertNotSame( [], $this->countQueries( fn () => $page()->load() ), 'the first read reads the page' );
		$this->assertSame( [], $this->countQueries( function () use ( $page ) {
			$this->assertSame( [ 'copyright', 'events', 'tools' ], $page()->load()?->keys() );
		} ), 'later requests read the cache only' );

		$this->editPage( Title::makeTitle( NS_MEDIAWIKI, TopicConfigPage::PAGE ),
			new JsonContent( '{ "topics": [ { "key": "events" } ] }' ) );
		$page()->invalidate();
		$this->assertSame( [ 'events' ], $page()->load()?->keys(), 'a save reaches the next request' );
	}

}
