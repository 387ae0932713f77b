<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Catalog;

use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Title\TitleValue;

/**
 * A small library for catalog tests: modules with every kind of metadata, language
 * versions, a course, a draft, an outdated module, a redirect and pages that are no modules.
 */
final class CatalogFixture {

	/** The modules listed by default (published and outdated), in title order. */
	public const LISTED = [
		'How_to_measure_your_success',
		'How_to_talk_to_partners',
		'Organising_an_offline_event',
		'Running_a_local_meetup',
	];

	private const QUIZ = "<trainingquiz>\n? Which one?\n+ This one.\n- That one.\n</trainingquiz>";

	/**
	 * @param callable(TitleValue,string):mixed $editPage MediaWikiIntegrationTestCase::editPage()
	 */
	public static function create( callable $editPage ): void {
		$pages = [
			'How to talk to partners' => "{{#training: summary = Plan a first meeting. | level = beginner"
				. " | duration = 30 | topics = partnerships, communication | reviewed = 2025-01-15"
				. " | maintainers = Alice Example, Bob Example }}\nIntro.\n== Prepare ==\nStep one.\n"
				. self::QUIZ . "\n== Meet ==\nStep two.",
			// No metadata: published, no level, no duration.
			'How to measure your success' => "Intro.\n== Goals ==\nStep one.",
			'Organising an offline event' => "{{#training: summary = Venue and food. | level = intermediate"
				. " | duration = 60 | topics = events, offline | status = outdated | reviewed = 2024-03-01 }}\n"
				. "Intro.\n== Venue ==\nStep one.",
			'Running a local meetup' => "{{#training: title = Running a meetup | summary = Un événement convivial,"
				. " 100% bénévole. | level = beginner | duration = 20 | topics = events | reviewed = 2025-06-01 }}\n"
				. "Intro.\n== Venue ==\nStep one.\n" . self::QUIZ,
			'Writing a draft' => "{{#training: summary = Not ready yet. | level = advanced | duration = 10"
				. " | topics = events | status = draft }}\nIntro.\n== One ==\nStep one.",
			// Language versions, and a subpage that is not one.
			'How to talk to partners/fr' => "Introduction.\n== Préparer ==\nÉtape un.",
			'How to talk to partners/de' => "Einleitung.\n== Vorbereiten ==\nSchritt eins.",
			'Running a local meetup/fr' => "Introduction.\n== Lieu ==\nÉtape un.",
			'Running a local meetup/2015' => "Old notes.",
			// A redirect is not a module.
			'Talking to partners' => '#REDIRECT [[Training:How to talk to partners]]',
			// A course: listed only as a course.
			'Partnership course' => "{{#training: summary = Partnerships, step by step. | level = beginner"
				. " | topics = partnerships }}\n{{#trainingcourse: How to talk to partners | Running a local meetup }}",
		];
		foreach ( $pages as $title => $text ) {
			$editPage( new TitleValue( NS_TRAINING, strtr( $title, ' ', '_' ) ), $text );
		}
		// Page properties are written by the secondary data updates.
		DeferredUpdates::doUpdates();
		// Pages in other namespaces are never modules.
		$editPage( new TitleValue( NS_MAIN, 'How_to_talk_to_partners' ), 'Not a module.' );
		$editPage( new TitleValue( NS_TRAINING_TALK, 'How_to_talk_to_partners' ), 'Talk.' );
		DeferredUpdates::doUpdates();
	}

}
