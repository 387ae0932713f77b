<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

use Symfony\Component\Yaml\Exception\ParseException;
use Symfony\Component\Yaml\Yaml;

/**
 * Reads a Dashboard `training_content/` folder: `libraries/*.yml`, `modules/*.yml` (slug from
 * the file name) and `slides/<folder>/<id>-<slug>.yml`, with their `translations`. YAML is
 * parsed by symfony/yaml from MediaWiki core's vendor folder (decision record 0021).
 *
 * @license GPL-2.0-or-later
 */
class YamlFolderReader {

	public function __construct( private readonly string $sourceLanguage = 'en' ) {
	}

	public function read( string $dir, ImportReport $report ): SourceSet {
		$dir = rtrim( $dir, '/' );
		if ( !is_dir( $dir ) ) {
			$report->problem( $dir, null, 'no such folder' );
			return new SourceSet( $dir, [], [] );
		}
		$slides = [];
		foreach ( $this->files( "$dir/slides" ) as $path ) {
			$data = $this->parse( $path, $dir, $report );
			if ( $data !== null && preg_match( '/^(\d+)-(.+)\.yml$/', basename( $path ), $m ) ) {
				$slides[$m[2]] = $this->slide( $this->relative( $path, $dir ), (int)$m[1], $m[2], $data, $path );
			}
		}
		$modules = [];
		foreach ( $this->files( "$dir/modules" ) as $path ) {
			$data = $this->parse( $path, $dir, $report );
			if ( $data !== null ) {
				$module = $this->module( $path, $dir, $data, $slides, $report );
				$modules[$module->slug] = $module;
			}
		}
		$libraries = [];
		foreach ( $this->files( "$dir/libraries" ) as $path ) {
			$data = $this->parse( $path, $dir, $report );
			if ( $data !== null ) {
				$libraries[] = LibraryFields::fromArray(
					$data + [ 'slug' => basename( $path, '.yml' ) ], $this->relative( $path, $dir ),
					(string)sha1_file( $path ), $report
				);
			}
		}
		return new SourceSet( basename( $dir ), $libraries, $modules );
	}

	/** @return list<string> The .yml files under a folder, sorted */
	private function files( string $dir ): array {
		if ( !is_dir( $dir ) ) {
			return [];
		}
		$files = [];
		$iterator = new \RecursiveIteratorIterator( new \RecursiveDirectoryIterator( $dir,
			\FilesystemIterator::SKIP_DOTS ) );
		foreach ( $iterator as $file ) {
			if ( str_ends_with( $file->getFilename(), '.yml' ) ) {
				$files[] = $file->getPathname();
			}
		}
		sort( $files );
		return $files;
	}

	private function relative( string $path, string $dir ): string {
		return basename( $dir ) . substr( $path, strlen( $dir ) );
	}

	/** @return array<mixed>|null */
	private function parse( string $path, string $dir, ImportReport $report ): ?array {
		try {
			$data = Yaml::parse( (string)file_get_contents( $path ) );
		} catch ( ParseException $e ) {
			$report->problem( $this->relative( $path, $dir ), $e->getParsedLine(), 'the YAML does not parse: '
				. preg_replace( '/ at line \d+.*$/s', '', $e->getMessage() ) );
			return null;
		}
		if ( !is_array( $data ) ) {
			$report->problem( $this->relative( $path, $dir ), 1, 'the YAML is not a mapping' );
			return null;
		}
		return $data;
	}

	/** @param array<mixed> $data */
	private function slide( string $source, int $id, string $slug, array $data, string $path ): SourceSlide {
		$lines = explode( "\n", (string)file_get_contents( $path ) );
		$text = $this->slideText( $data, $source, $lines, 0 );
		$translations = [];
		foreach ( is_array( $data['translations'] ?? null ) ? $data['translations'] : [] as $code => $translated ) {
			$code = (string)$code;
			if ( is_array( $translated ) && LanguageCode::isValid( $code ) && $code !== $this->sourceLanguage ) {
				$from = $this->lineOf( $lines, '/^\s+' . preg_quote( $code, '/' ) . ':\s*$/', 0 );
				$translations[$code] = $this->slideText( $translated, $source, $lines, $from ?? 0 );
			}
		}
		ksort( $translations );
		return new SourceSlide( $slug, $id, $source, sha1( implode( "\n", $lines ) ), $text, $translations );
	}

	/**
	 * @param array<mixed> $data
	 * @param string $source
	 * @param list<string> $lines The file, to find the lines of `content` and `assessment` after $from
	 * @param int $from
	 */
	private function slideText( array $data, string $source, array $lines, int $from ): SlideText {
		$contentLine = $this->lineOf( $lines, '/^\s*content:/', $from );
		$quizLine = $this->lineOf( $lines, '/^\s*assessment:/', $from );
		$quiz = null;
		if ( is_array( $data['assessment'] ?? null ) ) {
			$answers = [];
			foreach ( is_array( $data['assessment']['answers']
				?? null ) ? $data['assessment']['answers'] : [] as $answer ) {
				if ( is_array( $answer ) ) {
					$answers[] = new SourceAnswer(
						(int)( $answer['id'] ?? 0 ), trim( (string)( $answer['text'] ?? '' ) ),
							trim( (string)( $answer['explanation'] ?? '' ) )
					);
				}
			}
			$quiz = new SourceQuiz(
				trim( (string)( $data['assessment']['question'] ?? '' ) ),
				(int)( $data['assessment']['correct_answer_id'] ?? 0 ), $answers, ( $quizLine ?? 0 ) + 1
			);
		}
		return new SlideText(
			trim( (string)( $data['title'] ?? '' ) ), (string)( $data['content'] ?? '' ), SlideText::FORMAT_MARKDOWN,
			$quiz, $source, ( $contentLine ?? 0 ) + 2
		);
	}

	/** @param list<string> $lines @return int|null 0-based index of the first matching line at or after $from */
	private function lineOf( array $lines, string $pattern, int $from ): ?int {
		for ( $i = $from; $i < count( $lines ); $i++ ) {
			if ( preg_match( $pattern, $lines[$i] ) ) {
				return $i;
			}
		}
		return null;
	}

	/**
	 * @param string $path
	 * @param string $dir
	 * @param array<mixed> $data
	 * @param array<string,SourceSlide> $slides
	 * @param ImportReport $report
	 */
	private function module( string $path, string $dir, array $data, array $slides,
		ImportReport $report ): SourceModule {
		$source = $this->relative( $path, $dir );
		$lines = explode( "\n", (string)file_get_contents( $path ) );
		$listed = [];
		foreach ( is_array( $data['slides'] ?? null ) ? $data['slides'] : [] as $entry ) {
			$slug = is_array( $entry ) ? (string)( $entry['slug'] ?? '' ) : '';
			$listed[$slug] = $slides[$slug] ?? null;
			if ( !isset( $slides[$slug] ) ) {
				$line = $this->lineOf( $lines, '/slug:\s*' . preg_quote( $slug, '/' ) . '\b/', 0 );
				$report->problem( $source, $line === null ? null : $line + 1,
					"the slide \"$slug\" is listed but missing from the source" );
			}
		}
		$translations = [];
		foreach ( is_array( $data['translations'] ?? null ) ? $data['translations'] : [] as $code => $t ) {
			if ( is_array( $t ) && LanguageCode::isValid( (string)$code ) ) {
				$translations[(string)$code] = [
					'name' => trim( (string)( $t['name'] ?? '' ) ),
						'description' => trim( (string)( $t['description'] ?? '' ) ),
				];
			}
		}
		return new SourceModule(
			basename( $path, '.yml' ), trim( (string)( $data['name'] ?? basename( $path, '.yml' ) ) ),
			trim( (string)( $data['description'] ?? '' ) ), trim( (string)( $data['estimated_ttc'] ?? '' ) ),
			$listed, $translations, $source, sha1( implode( "\n", $lines ) )
		);
	}
}
