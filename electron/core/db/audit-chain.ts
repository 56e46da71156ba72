import { createHash } from 'node:crypto';

/** The `prev_hash` of the first audit row: there is no row before it. */
export const GENESIS_HASH = '0'.repeat(64);

/** What one audit row says, as stored: the part its hash vouches for. */
export interface AuditContent {
  seq: number;
  id: string;
  at: string;
  actor: string;
  entity: string;
  entity_id: string;
  action: string;
  before_json: string | null;
  after_json: string | null;
}

/**
 * sha256(prev_hash + canonical JSON of the row's content). The JSON is canonical because its keys
 * are written in one fixed order here (not in whatever order a row object happens to have), and
 * before/after are hashed as the exact text stored, so re-reading a row always gives the same hash.
 */
export function auditRowHash(prevHash: string, row: AuditContent): string {
  const canonical = JSON.stringify([
    ['seq', row.seq],
    ['id', row.id],
    ['at', row.at],
    ['actor', row.actor],
    ['entity', row.entity],
    ['entity_id', row.entity_id],
    ['action', row.action],
    ['before_json', row.before_json],
    ['after_json', row.after_json],
  ]);
  return createHash('sha256')
    .update(prevHash + canonical, 'utf8')
    .digest('hex');
}
