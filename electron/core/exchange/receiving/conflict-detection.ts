import { randomUUID } from 'node:crypto';
import { canonicalJson } from '../format/canonical';
import type { ReceivingTrx } from './engine';

export interface ConflictParty {
  origin: string;
  gid: string;
}

const CHUNK = 400;

/**
 * Cross-unit duplicates (issue 20 §3): a person of this origin whose citizen ID is held by a person
 * of another origin goes to the conflict queue. Nothing is merged or deleted. One open conflict per
 * citizen ID: a third holder joins it. A set of holders already covered by a conflict (open or
 * decided) opens nothing again. Returns how many conflicts were opened.
 */
export async function detectConflicts(
  trx: ReceivingTrx,
  origin: string,
  changedPeople: readonly string[],
  at: string,
): Promise<number> {
  const citizenIds = new Set<string>();
  for (let i = 0; i < changedPeople.length; i += CHUNK) {
    const rows = await trx
      .selectFrom('x_people')
      .select('citizen_id')
      .where('origin_code', '=', origin)
      .where('gid', 'in', changedPeople.slice(i, i + CHUNK))
      .where('citizen_id', 'is not', null)
      .execute();
    for (const r of rows) citizenIds.add(r.citizen_id!);
  }
  let opened = 0;
  for (const citizenId of citizenIds) {
    const holders = await trx
      .selectFrom('x_people')
      .select(['origin_code as origin', 'gid'])
      .where('citizen_id', '=', citizenId)
      .orderBy('origin_code')
      .orderBy('gid')
      .execute();
    if (new Set(holders.map((h) => h.origin)).size < 2) continue;
    const conflicts = await trx
      .selectFrom('x_conflicts')
      .select(['id', 'status'])
      .where('citizen_id', '=', citizenId)
      .execute();
    const partiesOf = async (conflictId: string) =>
      new Set(
        (
          await trx
            .selectFrom('x_conflict_parties')
            .select(['origin_code', 'person_gid'])
            .where('conflict_id', '=', conflictId)
            .execute()
        ).map((p) => `${p.origin_code}/${p.person_gid}`),
      );
    let covered = false;
    for (const c of conflicts) {
      const parties = await partiesOf(c.id);
      if (holders.every((h) => parties.has(`${h.origin}/${h.gid}`))) covered = true;
    }
    if (covered) continue;
    const open = conflicts.find((c) => c.status === 'open');
    const conflictId = open?.id ?? randomUUID();
    const records = canonicalJson(holders);
    if (open) {
      await trx
        .updateTable('x_conflicts')
        .set((eb) => ({ records_json: records, updated_at: at, version: eb('version', '+', 1) }))
        .where('id', '=', open.id)
        .execute();
    } else {
      await trx
        .insertInto('x_conflicts')
        .values({
          id: conflictId,
          citizen_id: citizenId,
          records_json: records,
          status: 'open',
          outcome: null,
          keeper_origin: null,
          note: '',
          decided_by: null,
          decided_at: null,
          created_at: at,
          updated_at: at,
          version: 1,
        })
        .execute();
      opened += 1;
    }
    const existing = open ? await partiesOf(open.id) : new Set<string>();
    for (const h of holders) {
      if (existing.has(`${h.origin}/${h.gid}`)) continue;
      await trx
        .insertInto('x_conflict_parties')
        .values({
          id: randomUUID(),
          conflict_id: conflictId,
          origin_code: h.origin,
          person_gid: h.gid,
          sent_in_seq: null,
          acknowledged_at: null,
          created_at: at,
          updated_at: at,
          version: 1,
        })
        .execute();
    }
  }
  return opened;
}
