import { randomUUID } from 'node:crypto';
import { canonicalJson } from '../format/canonical';
import type { AnswerLine, ReviewFigureLine } from '../format/lines';
import type { ReceivingTrx } from './engine';
import type { UpwardLines } from './lines';
import { project } from './projections';

export interface MergeCounts {
  inserted: number;
  updated: number;
  deleted: number;
  unchanged: number;
}

/**
 * Merges an origin's rows by (origin, entity, gid): a new row is inserted; a known one is replaced
 * only by a higher version (a tombstone marks it deleted); an equal or lower version changes
 * nothing, so a bundle merged twice, or an older copy of a row, is harmless. Returns the counts and
 * the people whose row changed (for the conflict check).
 */
export async function mergeRows(
  trx: ReceivingTrx,
  origin: string,
  seq: number,
  rows: UpwardLines['rows'],
  at: string,
): Promise<{ counts: MergeCounts; changedPeople: string[] }> {
  const counts: MergeCounts = { inserted: 0, updated: 0, deleted: 0, unchanged: 0 };
  const changedPeople: string[] = [];
  for (const { entity, lines } of rows) {
    if (lines.length === 0) continue;
    const known = new Map(
      (
        await trx
          .selectFrom('x_rows')
          .select(['id', 'gid', 'row_version'])
          .where('origin_code', '=', origin)
          .where('entity', '=', entity)
          .execute()
      ).map((r) => [r.gid, r]),
    );
    for (const line of lines) {
      const existing = known.get(line.gid);
      if (existing && line.version <= existing.row_version) {
        counts.unchanged += 1;
        continue;
      }
      const data = line.data === null ? null : canonicalJson(line.data);
      const values = {
        row_version: line.version,
        deleted: line.deleted ? 1 : 0,
        data,
        bundle_seq: seq,
        updated_at: at,
      };
      if (existing) {
        await trx
          .updateTable('x_rows')
          .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
          .where('id', '=', existing.id)
          .execute();
        known.set(line.gid, { ...existing, row_version: line.version });
      } else {
        const id = randomUUID();
        await trx
          .insertInto('x_rows')
          .values({ id, origin_code: origin, entity, gid: line.gid, ...values, created_at: at, version: 1 })
          .execute();
        known.set(line.gid, { id, gid: line.gid, row_version: line.version });
      }
      if (line.deleted) counts.deleted += 1;
      else if (existing) counts.updated += 1;
      else counts.inserted += 1;
      await project(trx, entity, origin, line.gid, line.data, { id: randomUUID(), at });
      if (entity === 'people' && !line.deleted) changedPeople.push(line.gid);
    }
  }
  return { counts, changedPeople };
}

/** The sender's half-year figures replace what it sent before for the same periods. */
export async function replaceFigures(
  trx: ReceivingTrx,
  origin: string,
  seq: number,
  figures: readonly ReviewFigureLine[],
  at: string,
): Promise<void> {
  const periods = [...new Set(figures.map((f) => f.period))];
  if (periods.length === 0) return;
  await trx.deleteFrom('x_figures').where('origin_code', '=', origin).where('period', 'in', periods).execute();
  const byKey = new Map(figures.map((f) => [`${f.period}\u0001${f.key}`, f]));
  for (const f of byKey.values()) {
    await trx
      .insertInto('x_figures')
      .values({
        id: randomUUID(),
        origin_code: origin,
        period: f.period,
        key: f.key,
        value: f.value,
        bundle_seq: seq,
        created_at: at,
        updated_at: at,
        version: 1,
      })
      .execute();
  }
}

/**
 * The origin's answers: a correction it accepted or rejected closes (with its reason); a decision
 * it noted is acknowledged by it, and the conflict when every party has. Returns how many answers
 * matched something open here (a repeated answer matches nothing and changes nothing).
 */
export async function applyAnswers(
  trx: ReceivingTrx,
  origin: string,
  answers: readonly AnswerLine[],
  at: string,
): Promise<number> {
  let applied = 0;
  for (const a of answers) {
    if (a.kind === 'correction' && a.answer !== 'noted') {
      const result = await trx
        .updateTable('x_corrections')
        .set((eb) => ({
          status: a.answer as 'accepted' | 'rejected',
          answer_reason: a.reason,
          answered_by: a.answeredBy,
          answered_at: a.answeredAt,
          updated_at: at,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', a.refId)
        .where('target_origin', '=', origin)
        .where('status', '=', 'sent')
        .executeTakeFirst();
      applied += Number(result.numUpdatedRows);
    } else if (a.kind === 'decision') {
      const result = await trx
        .updateTable('x_conflict_parties')
        .set((eb) => ({ acknowledged_at: a.answeredAt, updated_at: at, version: eb('version', '+', 1) }))
        .where('conflict_id', '=', a.refId)
        .where('origin_code', '=', origin)
        .where('sent_in_seq', 'is not', null)
        .where('acknowledged_at', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) continue;
      applied += 1;
      const waiting = await trx
        .selectFrom('x_conflict_parties')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('conflict_id', '=', a.refId)
        .where('acknowledged_at', 'is', null)
        .executeTakeFirstOrThrow();
      if (Number(waiting.n) === 0) {
        await trx
          .updateTable('x_conflicts')
          .set((eb) => ({ status: 'acknowledged', updated_at: at, version: eb('version', '+', 1) }))
          .where('id', '=', a.refId)
          .execute();
      }
    }
  }
  return applied;
}
