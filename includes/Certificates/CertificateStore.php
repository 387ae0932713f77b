<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Certificates;

use MediaWiki\Extension\Trainings\TrainingsDatabase;
use stdClass;
use Wikimedia\Rdbms\IConnectionProvider;
use Wikimedia\Rdbms\IDatabase;

/**
 * The `trainings_certificate` table on the virtual domain of progress. Database work only.
 *
 * @license GPL-2.0-or-later
 */
class CertificateStore {

	public const SERVICE_NAME = 'Trainings.CertificateStore';

	public const TABLE = 'trainings_certificate';

	private const FIELDS = [
		'tc_id', 'tc_code', 'tc_user', 'tc_page', 'tc_name', 'tc_lang', 'tc_completed', 'tc_revoked',
	];

	public function __construct(
		private readonly IConnectionProvider $connectionProvider,
		private readonly string $wikiId
	) {
	}

	private function primary(): IDatabase {
		return $this->connectionProvider->getPrimaryDatabase( TrainingsDatabase::VIRTUAL_DOMAIN );
	}

	/**
	 * Stores a new certificate, or returns the learner's existing one for that page.
	 */
	public function insert( Certificate $certificate ): Certificate {
		$dbw = $this->primary();
		$dbw->newInsertQueryBuilder()
			->insertInto( self::TABLE )
			->ignore()
			->row( [
				'tc_code' => $certificate->code,
				'tc_wiki' => $this->wikiId,
				'tc_user' => $certificate->userId,
				'tc_page' => $certificate->pageId,
				'tc_name' => $certificate->name,
				'tc_lang' => $certificate->language,
				'tc_completed' => $dbw->timestamp( $certificate->completed ),
				'tc_revoked' => null,
			] )
			->caller( __METHOD__ )
			->execute();
		return $this->getForLearner( $certificate->userId, $certificate->pageId, true ) ?? $certificate;
	}

	public function getByCode( string $code, bool $fromPrimary = false ): ?Certificate {
		return $this->fetch( [ 'tc_code' => $code ], $fromPrimary );
	}

	public function getForLearner( int $userId, int $pageId, bool $fromPrimary = false ): ?Certificate {
		return $this->fetch( [ 'tc_user' => $userId, 'tc_page' => $pageId ], $fromPrimary );
	}

	/**
	 * @param int $id
	 * @param array<string,mixed> $values tc_name, tc_revoked (TS_MW or null)
	 */
	public function update( int $id, array $values ): void {
		$dbw = $this->primary();
		if ( isset( $values['tc_revoked'] ) ) {
			$values['tc_revoked'] = $dbw->timestamp( $values['tc_revoked'] );
		}
		$dbw->newUpdateQueryBuilder()
			->update( self::TABLE )
			->set( $values )
			->where( [ 'tc_id' => $id, 'tc_wiki' => $this->wikiId ] )
			->caller( __METHOD__ )
			->execute();
	}

	/**
	 * @param array<string,mixed> $conds
	 * @param bool $fromPrimary
	 */
	private function fetch( array $conds, bool $fromPrimary ): ?Certificate {
		$db = $fromPrimary ? $this->primary()
			: $this->connectionProvider->getReplicaDatabase( TrainingsDatabase::VIRTUAL_DOMAIN );
		$row = $db->newSelectQueryBuilder()
			->select( self::FIELDS )
			->from( self::TABLE )
			->where( $conds + [ 'tc_wiki' => $this->wikiId ] )
			->caller( __METHOD__ )
			->fetchRow();
		return $row instanceof stdClass ? new Certificate(
			(int)$row->tc_id, (string)$row->tc_code, (int)$row->tc_user, (int)$row->tc_page, (string)$row->tc_name,
			(string)$row->tc_lang, (string)wfTimestamp( TS_MW, $row->tc_completed ),
			$row->tc_revoked === null ? null : (string)wfTimestamp( TS_MW, $row->tc_revoked )
		) : null;
	}

}
