<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Topics;

use MediaWiki\Content\JsonContent;
use MediaWiki\Page\PageReference;
use MediaWiki\Title\TitleValue;
use MediaWiki\Revision\RevisionLookup;
use MediaWiki\Revision\SlotRecord;
use Psr\Log\LoggerInterface;
use WANObjectCache;

/**
 * The on-wiki topic list, `MediaWiki:Trainings-topics.json` (design record 0020): read once and
 * kept in the WAN cache (and the request) until the page is saved, deleted or restored.
 * Site JSON in the MediaWiki namespace, so only interface administrators (`editsitejson`)
 * change it; TopicListParser refuses a malformed list at save (Hooks\TopicConfigHandler).
 *
 * @license GPL-2.0-or-later
 */
class TopicConfigPage {

	public const SERVICE_NAME = 'Trainings.TopicConfigPage';

	/** In the MediaWiki namespace. */
	public const PAGE = 'Trainings-topics.json';

	/** Part of the key: bump it when the cached array changes shape. */
	private const VERSION = 1;

	public function __construct(
		private readonly RevisionLookup $revisionLookup,
		private readonly WANObjectCache $cache,
		private readonly TopicListParser $parser,
		private readonly LoggerInterface $logger
	) {
	}

	public function isConfigPage( PageReference $page ): bool {
		return $page->getNamespace() === NS_MEDIAWIKI && $page->getDBkey() === self::PAGE;
	}

	/**
	 * @return TopicList|null The page's list; null when there is no page or it is unusable
	 *  (then the default list applies)
	 */
	public function load(): ?TopicList {
		$value = $this->cache->getWithSetCallback(
			$this->key(),
			WANObjectCache::TTL_DAY,
			// No process cache: it outlives delete() in long-running processes (jobs). Topics keeps
			// the list for the rest of the request.
			fn () => [ 'topics' => $this->read()?->toArray() ]
		);
		$topics = is_array( $value ) ? ( $value['topics'] ?? null ) : null;
		/** @var list<array{key:string,labels:array<string,string>}>|null $topics */
		return is_array( $topics ) ? TopicList::fromArray( $topics, true ) : null;
	}

	/**
	 * After a save, a deletion or a restoration of the page: every server reads it anew.
	 */
	public function invalidate(): void {
		$this->cache->delete( $this->key() );
	}

	private function read(): ?TopicList {
		$revision = $this->revisionLookup->getRevisionByTitle( new TitleValue( NS_MEDIAWIKI, self::PAGE ) );
		$content = $revision?->getContent( SlotRecord::MAIN );
		if ( !$content instanceof JsonContent ) {
			return null;
		}
		$data = $content->getData();
		$status = $data->isOK() ? $this->parser->parse( $data->getValue() ) : $data;
		if ( !$status->isOK() ) {
			// Only a page saved before the extension checked it (or an import) gets here.
			$this->logger->warning( 'Unusable topic list on MediaWiki:{page}, using the default one',
				[ 'page' => self::PAGE ] );
			return null;
		}
		return $status->getValue();
	}

	private function key(): string {
		return $this->cache->makeKey( 'trainings-topics', (string)self::VERSION );
	}

}
