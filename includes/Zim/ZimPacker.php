<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Zim;

use MediaWiki\Shell\CommandFactory;
use StatusValue;

/**
 * Packs a folder of pages into a ZIM file with openZIM's `zimwriterfs` (with its full-text
 * index) and checks the file with `zimcheck` (design record 0007). ZimBuilder writes the folder.
 *
 * @license GPL-2.0-or-later
 */
class ZimPacker {

	/** The illustration's path inside the ZIM (the others are ZimLayout's). */
	public const ILLUSTRATION = 'illustration.png';

	/** Longest zimwriterfs or zimcheck output kept in the log, in bytes. */
	private const TOOL_OUTPUT = 2000;

	/**
	 * @param CommandFactory $commandFactory
	 * @param string $toolsDir Folder of zimwriterfs and zimcheck
	 * @param string $creator Creator of the content: the wiki's name
	 * @param string $publisher Publisher of the file
	 */
	public function __construct(
		private readonly CommandFactory $commandFactory,
		private readonly string $toolsDir,
		public readonly string $creator,
		private readonly string $publisher
	) {
	}

	/**
	 * @param string $language A MediaWiki language code
	 * @param string $title The file's title, cut to openZIM's 30 characters
	 * @param string $description The file's description, cut to openZIM's 80 characters
	 * @param string $work The folder of pages
	 * @param string $temporary Where to write the file
	 * @return StatusValue Not OK with zimwriterfs's or zimcheck's output as its value
	 */
	public function pack(
		string $language, string $title, string $description, string $work, string $temporary
	): StatusValue {
		$packed = $this->run( 'zimwriterfs', [
			'--welcome=' . ZimLayout::MAIN_PAGE,
			'--illustration=' . self::ILLUSTRATION,
			'--language=' . IsoLanguageCodes::toIso6393( $language ),
			// openZIM's limits: zimcheck fails longer ones.
			'--title=' . mb_substr( $title, 0, 30 ),
			'--description=' . mb_substr( $description, 0, 80 ),
			'--creator=' . $this->creator,
			'--publisher=' . $this->publisher,
			'--name=trainings_' . $language . '_all',
			'--scraper=MediaWiki Trainings extension',
			'--threads=2',
			$work,
			$temporary,
		] );
		return $packed->isOK() ? $this->run( 'zimcheck', [ '--all', $temporary ] ) : $packed;
	}

	/**
	 * @param string $tool zimwriterfs or zimcheck
	 * @param list<string> $params
	 * @return StatusValue Good, or not OK with the tool's output as value
	 */
	private function run( string $tool, array $params ): StatusValue {
		$result = $this->commandFactory->create()
			->params( $this->toolsDir . '/' . $tool, ...$params )
			// Packing threads reserve much address space; a library build may take minutes.
			->limits( [ 'memory' => 0, 'filesize' => 0, 'time' => 3600, 'walltime' => 3600 ] )
			->includeStderr()
			->execute();
		if ( $result->getExitCode() === 0 ) {
			return StatusValue::newGood();
		}
		$output = trim( (string)$result->getStdout() );
		$status = StatusValue::newGood( "$tool failed (exit code {$result->getExitCode()}): " .
			( strlen( $output ) > self::TOOL_OUTPUT ? '…' . substr( $output, -self::TOOL_OUTPUT ) : $output ) );
		$status->setOK( false );
		return $status;
	}

}
