<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Zim;

use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Extension\Trainings\Zim\ZimBuildJob;
use MediaWiki\Extension\Trainings\Zim\ZimBuildReport;
use MediaWiki\Title\Title;
use MediaWikiIntegrationTestCase;
use Wikimedia\Message\ScalarParam;

/**
 * The ZIM files of real module and course pages, built with the real zimwriterfs and
 * zimcheck (Debian zim-tools): what goes in, in which language version, when a file is
 * rebuilt, what the log says about broken pages, that a file failing zimcheck is never
 * published, and the job readers queue without waiting.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Zim\ZimBuilder
 * @covers \MediaWiki\Extension\Trainings\Zim\ZimLibrary
 * @covers \MediaWiki\Extension\Trainings\Zim\ZimFileStore
 * @covers \MediaWiki\Extension\Trainings\Zim\ZimPageWriter
 * @covers \MediaWiki\Extension\Trainings\Zim\ZimCatalogPage
 * @covers \MediaWiki\Extension\Trainings\Zim\ZimDownloads
 * @covers \MediaWiki\Extension\Trainings\Zim\ZimBuildJob
 */
class ZimBuilderTest extends MediaWikiIntegrationTestCase {

	use EditsAsReviewer;

	private const QUIZ = "<trainingquiz>\n? Which one?\n+ This one.\n: Yes.\n- That one.\n: No.\n</trainingquiz>";

	private string $directory;

	protected function setUp(): void {
		parent::setUp();
		if ( !is_executable( '/usr/bin/zimwriterfs' ) || !is_executable( '/usr/bin/zimcheck' ) ) {
			$this->markTestSkipped( 'zim-tools is not installed (dev/setup-system.sh installs it)' );
		}
		$this->directory = $this->getNewTempDirectory();
		$this->overrideConfigValues( [
			'LanguageCode' => 'en',
			'TrainingsZimDirectory' => $this->directory,
			'TrainingsZimUrlPath' => '/zim',
			'TrainingsZimMinShare' => 0.5,
		] );
		// Only reviewers may publish (ReviewRule): the test user is one.
		$this->setGroupPermissions( 'user', 'trainings-review', true );
		$this->createLibrary();
	}

	private function createLibrary(): void {
		$pages = [
			// Before the module that links to it, so that the link is not red.
			'Zim meet' => "{{#training: summary = Meet. | topics = events }}\nIntro.\n"
				. "== One ==\nStep.\n== Two ==\nStep.",
			'Zim talk' => "{{#training: summary = Talk first. | level = beginner | duration = 20"
				. " | topics = communication }}\nIntro.\n== One ==\nSee [[Training:Zim meet]].\n" . self::QUIZ
				. "\n== Two ==\nStep two.",
			'Zim talk/fr' => "{{#training: summary = Parler d’abord. | level = beginner | duration = 20"
				. " | topics = communication }}\nIntroduction.\n== Un ==\nÉtape un.\n== Deux ==\nÉtape deux.",
			'Zim draft' => "{{#training: summary = Not yet. | status = draft }}\nIntro.\n== One ==\nStep.",
			// A broken quiz and a missing image: still in the file, named in the log.
			'Zim broken' => "{{#training: summary = Broken. }}\nIntro.\n== One ==\n"
				. "[[File:Zim missing picture.png|thumb|Gone]]\n<trainingquiz>\n+ An answer without a question\n"
				. "</trainingquiz>\n== Two ==\nStep.",
			'Zim course' => "{{#training: summary = Both. }}\n"
				. "{{#trainingcourse: Zim talk | Zim meet | Zim draft | Zim broken }}",
		];
		foreach ( $pages as $title => $text ) {
			$this->assertStatusOK( $this->editPage( Title::makeTitle( NS_TRAINING, $title ), $text ) );
		}
		DeferredUpdates::doUpdates();
	}

	private function build( string $language, bool $force = false ): ZimBuildReport {
		$status = TrainingsServices::getZimBuilder( $this->getServiceContainer() )->build( $language, $force );
		$this->assertStatusOK( $status );
		return $status->getValue();
	}

	/**
	 * @return array<string,string> The HTML entries of a ZIM file by path (zimdump)
	 */
	private function dump( string $path ): array {
		$out = $this->getNewTempDirectory();
		exec( 'zimdump dump --dir=' . escapeshellarg( $out ) . ' ' . escapeshellarg( $path ) . ' 2>&1', $lines, $code );
		$this->assertSame( 0, $code, implode( "\n", $lines ) );
		$pages = [];
		foreach ( glob( "$out/*.html" ) ?: [] as $file ) {
			$pages[basename( $file )] = (string)file_get_contents( $file );
		}
		return $pages;
	}

	public function testPublishedModulesAndCoursesInTheLanguageVersionsOfTheReader(): void {
		$selection = TrainingsServices::getZimLibrary( $this->getServiceContainer() )->select( 'fr' );
		$this->assertSame( [ 'Zim_course' ],
			array_map( static fn ( $e ) => $e->entry->getDBkey(), $selection->courses ) );
		$modules = [];
		foreach ( $selection->modules as $entry ) {
			$modules[$entry->entry->getDBkey()] = $entry->version->page->getPrefixedDBkey();
		}
		$this->assertSame( [
			'Zim_broken' => 'Training:Zim_broken',
			'Zim_meet' => 'Training:Zim_meet',
			'Zim_talk' => 'Training:Zim_talk/fr',
		], $modules, 'no draft; the French version where there is one, else the source' );

		$report = $this->build( 'fr' );
		$this->assertSame( ZimBuildReport::BUILT, $report->outcome );
		$this->assertSame( [ 3, 1 ], [ $report->modules, $report->courses ] );
		$this->assertNotNull( $report->file );
		$this->assertFileExists( $report->file->path );
		$this->assertStringStartsWith( 'trainings_fr_', $report->file->name );
		$this->assertSame( '/zim/' . $report->file->name, $report->file->url );

		$pages = $this->dump( $report->file->path );
		$this->assertSame(
			[ 'Zim_broken.html', 'Zim_course.html', 'Zim_meet.html', 'Zim_talk.html', 'index.html' ],
			array_keys( $pages ) === [] ? [] : ( static function ( array $keys ) {
				sort( $keys );
				return $keys;
			} )( array_keys( $pages ) )
		);
		// The French version, with the offline player and its texts, sharing one script.
		$this->assertStringContainsString( 'Étape un', $pages['Zim_talk.html'] );
		$this->assertStringContainsString( '<html lang="fr"', $pages['Zim_talk.html'] );
		$this->assertStringContainsString( '<script src="assets/offline.js">', $pages['Zim_talk.html'] );
		$this->assertStringContainsString( 'id="trainings-offline-labels"', $pages['Zim_talk.html'] );
		$this->assertStringContainsString( 'href="index.html"', $pages['Zim_talk.html'] );
		// The quiz of the English module that the French file holds as a fallback.
		$this->assertStringContainsString( 'trainings-quiz', $pages['Zim_broken.html'] );
		// A course links to its modules' pages in the file, and to the wiki for a draft.
		$this->assertStringContainsString( 'href="Zim_talk.html"', $pages['Zim_course.html'] );
		$this->assertStringContainsString( 'href="Zim_meet.html"', $pages['Zim_course.html'] );
		$this->assertStringContainsString(
			Title::makeTitle( NS_SPECIAL, 'MyLanguage/Training:Zim draft' )->getCanonicalURL(),
			$pages['Zim_course.html'] );
		$this->assertStringNotContainsString( 'Étape deux', $pages['Zim_course.html'], 'no copies of modules' );
		// The catalog: courses, then modules under their topics, in French.
		$index = $pages['index.html'];
		$this->assertStringContainsString( '<html lang="fr" dir="ltr"', $index );
		$courses = strpos( $index, 'trainings-zim-courses' );
		$communication = strpos( $index, 'id="trainings-zim-topic-communication"' );
		$events = strpos( $index, 'id="trainings-zim-topic-events"' );
		$other = strpos( $index, 'id="trainings-zim-topic-other"' );
		$this->assertTrue( $courses < $events && $events < $communication && $communication < $other,
			'courses, then the topics in configured order ($wgTrainingsTopics), then other topics' );
		$this->assertStringContainsString( 'Parler d’abord.', $index, 'the summary of the French version' );
		$this->assertStringNotContainsString( 'Zim draft.html', $index );
	}

	public function testBrokenPagesAreIncludedAndNamedInTheLog(): void {
		$report = $this->build( 'en' );
		$log = implode( "\n", $report->log );
		$this->assertStringContainsString( 'Training:Zim broken: inline error:', $log );
		$this->assertStringContainsString( 'Training:Zim broken: missing file: File:Zim missing picture.png', $log );
		$this->assertStringNotContainsString( 'Zim talk', $log, 'only the broken module is named' );
		$this->assertStringNotContainsString( 'Zim course', $log, 'not again under the course that lists it' );
		$pages = $this->dump( (string)$report->file?->path );
		$this->assertStringContainsString( 'trainings-error', $pages['Zim_broken.html'] );
		// The link from one module to another stays inside the file.
		$this->assertStringContainsString( 'href="Zim_meet.html"', $pages['Zim_talk.html'] );
	}

	public function testAFileIsBuiltAgainOnlyWhenAnIncludedPageChanges(): void {
		$first = $this->build( 'en' );
		$this->assertSame( ZimBuildReport::BUILT, $first->outcome );
		$again = $this->build( 'en' );
		$this->assertSame( ZimBuildReport::UP_TO_DATE, $again->outcome );
		$this->assertSame( $first->file?->path, $again->file?->path );

		$this->assertStatusGood( $this->editPage( Title::makeTitle( NS_TRAINING, 'Zim meet' ),
			"{{#training: summary = Meet again. | topics = events }}\nIntro.\n"
				. "== One ==\nNew step.\n== Two ==\nStep." ) );
		DeferredUpdates::doUpdates();
		$rebuilt = $this->build( 'en' );
		$this->assertSame( ZimBuildReport::BUILT, $rebuilt->outcome );
		$this->assertNotSame( $first->file?->contentKey, $rebuilt->file?->contentKey );
		$this->assertStringContainsString( 'New step.', $this->dump( (string)$rebuilt->file?->path )['Zim_meet.html'] );
		$this->assertSame( [ 'en.json', basename( (string)$rebuilt->file?->path ) ], $this->filesInStore(),
			'the old file is replaced, nothing temporary is left' );
	}

	public function testAFileFailingZimcheckIsNeverPublished(): void {
		$good = $this->build( 'en' );
		// The real zimwriterfs, and a zimcheck that finds the file broken.
		$tools = $this->getNewTempDirectory();
		symlink( '/usr/bin/zimwriterfs', "$tools/zimwriterfs" );
		file_put_contents( "$tools/zimcheck", "#!/bin/sh\necho '[ERROR] Broken internal link'\nexit 1\n" );
		chmod( "$tools/zimcheck", 0755 );
		$this->overrideConfigValue( 'TrainingsZimToolsDirectory', $tools );

		$status = TrainingsServices::getZimBuilder( $this->getServiceContainer() )->build( 'en', true );
		$this->assertStatusError( 'trainings-zim-build-failed', $status );
		$log = $status->getMessages()[0]->getParams()[1];
		$this->assertInstanceOf( ScalarParam::class, $log );
		$this->assertStringContainsString( 'Broken internal link', (string)$log->getValue() );
		$current = TrainingsServices::getZimFileStore( $this->getServiceContainer() )->current( 'en' );
		$this->assertSame( $good->file?->path, $current?->path, 'the previous file stays current' );
		$this->assertSame( [ 'en.json', basename( (string)$good->file?->path ) ], $this->filesInStore() );
	}

	public function testReadersQueueABuildAndNeverWait(): void {
		$services = $this->getServiceContainer();
		$downloads = TrainingsServices::getZimDownloads( $services );
		$this->assertSame( 'fr', $downloads->languageFor( 'fr' ) );
		$this->assertSame( 'en', $downloads->languageFor( 'xx' ), 'no content in that language: the content language' );
		$this->assertSame( 'en', $downloads->languageFor( '../etc' ) );

		$offer = $downloads->offer( 'fr' );
		$this->assertNull( $offer->file, 'nothing built yet: being prepared' );
		$services->getJobQueueGroup()->get( ZimBuildJob::TYPE )->flushCaches();
		DeferredUpdates::doUpdates();
		$this->assertSame( 1, $services->getJobQueueGroup()->get( ZimBuildJob::TYPE )->getSize() );
		$downloads->offer( 'fr' );
		DeferredUpdates::doUpdates();
		$this->assertSame( 1, $services->getJobQueueGroup()->get( ZimBuildJob::TYPE )->getSize(), 'one build' );

		$this->runJobs( [ 'minJobs' => 1 ], [ 'type' => ZimBuildJob::TYPE ] );
		$offer = $downloads->offer( 'fr' );
		$this->assertNotNull( $offer->file );
		$this->assertTrue( $offer->fresh );
		$this->assertGreaterThan( 1000, $offer->file->bytes );
		$this->assertSame( 'fr', $downloads->builtFiles()[0]->language );
	}

	public function testLanguagesWithEnoughTranslatedContent(): void {
		$library = TrainingsServices::getZimLibrary( $this->getServiceContainer() );
		// One of the three published modules has a French version.
		$this->assertSame( [ 'en' ], $library->languagesWithEnoughContent() );
		$this->assertSame( [ 'en', 'fr' ], $library->languagesWithEnoughContent( 0.3 ) );
	}

	/**
	 * @return list<string> The store's files, lock files aside
	 */
	private function filesInStore(): array {
		$files = array_values( array_filter(
			scandir( $this->directory ) ?: [],
			static fn ( string $name ) => $name !== '.' && $name !== '..' && !str_starts_with( $name, '.lock-' )
		) );
		sort( $files );
		return $files;
	}
}
