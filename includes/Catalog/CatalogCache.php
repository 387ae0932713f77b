<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Catalog;

use MediaWiki\Extension\Trainings\Reviews\ModuleReview;
use MediaWiki\Extension\Trainings\Reviews\ReviewListener;
use Wikimedia\ObjectCache\WANObjectCache;

/**
 * The catalog's part of the WAN cache (design record 0004, §2): its keys, its TTL and the
 * one check key, `trainings-catalog`, that makes every cached catalog value stale at once.
 *
 * Keys are global keys carrying the wiki id, so a wiki farm shares nothing by accident.
 * Read by CachedModuleCatalog, invalidated by Hooks\CatalogInvalidationHandler; a service of
 * its own so that the invalidation does not depend on which catalog class is wired.
 *
 * @license GPL-2.0-or-later
 */
class CatalogCache implements ReviewListener {

	public const SERVICE_NAME = 'Trainings.CatalogCache';

	/** Part of every key: bump it when the cached arrays change shape. */
	private const VERSION = 1;

	/**
	 * @param WANObjectCache $cache
	 * @param string $wikiId Part of every key
	 */
	public function __construct(
		private readonly WANObjectCache $cache,
		private readonly string $wikiId
	) {
	}

	/**
	 * The cached value, or the callback's, cached for a day until the next invalidate().
	 *
	 * @param string $kind What is cached (find, keys, languages…)
	 * @param string[] $keyParts What makes this value different from others of its kind
	 * @param callable(): array<mixed> $callback Computes the value: plain arrays only
	 * @return array<mixed>
	 */
	public function getWithSetCallback( string $kind, array $keyParts, callable $callback ): array {
		$key = $this->cache->makeGlobalKey(
			'trainings-catalog-' . $kind, $this->wikiId, (string)self::VERSION, ...$keyParts
		);
		$value = $this->cache->getWithSetCallback(
			$key,
			WANObjectCache::TTL_DAY,
			static fn () => $callback(),
			[ 'checkKeys' => [ $this->checkKey() ] ]
		);
		return is_array( $value ) ? $value : [];
	}

	/**
	 * Marks every cached catalog value as stale, in every data centre.
	 */
	/**
	 * A review changes what the catalog lists.
	 *
	 * @param ModuleReview $review
	 */
	public function reviewRecorded( ModuleReview $review ): void {
		$this->invalidate();
	}

	public function invalidate(): void {
		$this->cache->touchCheckKey( $this->checkKey() );
	}

	private function checkKey(): string {
		return $this->cache->makeGlobalKey( 'trainings-catalog', $this->wikiId );
	}

}
