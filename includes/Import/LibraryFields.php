<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * Reads a library from its decoded JSON or YAML (both formats share the fields): `name`,
 * `slug` or `id`, `introduction`, `categories` with `title`, `description`, `modules`.
 *
 * @license GPL-2.0-or-later
 */
final class LibraryFields {

	/** @param array<mixed> $data Decoded JSON or YAML */
	public static function fromArray( array $data, string $source, string $version,
		ImportReport $report ): SourceLibrary {
		$name = is_string( $data['name'] ?? null ) ? $data['name'] : '';
		$slug = is_scalar( $data['slug'] ?? $data['id'] ?? null ) ? (string)( $data['slug'] ?? $data['id'] ) : '';
		$categories = [];
		foreach ( is_array( $data['categories'] ?? null ) ? $data['categories'] : [] as $category ) {
			if ( !is_array( $category ) ) {
				continue;
			}
			$modules = [];
			foreach ( is_array( $category['modules'] ?? null ) ? $category['modules'] : [] as $module ) {
				if ( is_array( $module ) && is_string( $module['slug'] ?? null ) ) {
					$modules[] = $module['slug'];
				}
			}
			$categories[] = [
				'title' => trim( (string)( $category['title'] ?? '' ) ),
				'description' => trim( (string)( $category['description'] ?? '' ) ),
				'modules' => $modules,
			];
		}
		if ( $name === '' || !$categories ) {
			$report->problem( $source, 1, 'a library needs a "name" and "categories"' );
		}
		return new SourceLibrary(
			$slug ?: $name, $name ?: $slug, trim( (string)( $data['introduction'] ?? '' ) ), $categories, $source,
				$version
		);
	}
}
