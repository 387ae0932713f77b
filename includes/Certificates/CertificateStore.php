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
		'tc_group', 'tc_group_name', 'tc_group_items',
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
	 * Stores a new certificate, or returns the learner's existing one for that page or group.
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
				'tc_group' => $certificate->groupId,
				'tc_group_name' => $certificate->groupName,
				'tc_group_items' => implode( ',', $certificate->groupItems ),
			] )
			->caller( __METHOD__ )
			->execute();
		return $this->getForLearner( $certificate->userId, $certificate->pageId, true, $certificate->groupId )
			?? $certificate;
	}

	public function getByCode( string $code, bool $fromPrimary = false ): ?Certificate {
		return $this->fetch( [ 'tc_code' => $code ], $fromPrimary );
	}

	/**
	 * @param int $userId
	 * @param int $pageId The course or module; 0 for a group certificate
	 * @param bool $fromPrimary
	 * @param int $groupId The group of a group certificate; 0 for a course or module
	 */
	public function getForLearner(
		int $userId, int $pageId, bool $fromPrimary = false, int $groupId = 0
	): ?Certificate {
		return $this->fetch( [ 'tc_user' => $userId, 'tc_page' => $pageId, 'tc_group' => $groupId ], $fromPrimary );
	}

	/**
	 * @param int $id
	 * @param array<string,mixed> $values tc_name, tc_revoked (TS_MW or null), tc_code, tc_completed,
	 *  tc_group_name, tc_group_items (a list of page ids)
	 */
	public function update( int $id, array $values ): void {
		$dbw = $this->primary();
		foreach ( [ 'tc_revoked', 'tc_completed' ] as $field ) {
			if ( isset( $values[$field] ) ) {
				$values[$field] = $dbw->timestamp( $values[$field] );
			}
		}
		if ( isset( $values['tc_group_items'] ) ) {
			$values['tc_group_items'] = implode( ',', $values['tc_group_items'] );
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
			$row->tc_revoked === null ? null : (string)wfTimestamp( TS_MW, $row->tc_revoked ),
			(int)$row->tc_group, (string)$row->tc_group_name,
			array_map( 'intval', array_filter( explode( ',', (string)$row->tc_group_items ) ) )
		) : null;
	}

}
