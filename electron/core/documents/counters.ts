import { z } from 'zod';
import type { ApiContext } from '../kernel/context';
import { ApiError } from '../kernel/errors';
import { writeAudit } from '../db/audit';
import { newId, timestamp } from '../db/records';
import { statement } from '../db/statements';
import { inTransaction } from '../kernel/transaction';

export const counterYear = z.number().int().min(2000).max(2200);
/** Decree 30 type codes (BC, QĐ, KH, TB, …) and our own list codes (DS, LGNN). */
export const typeCode = z
  .string()
  .trim()
  .regex(/^[A-ZĐ]{1,6}$/u);

export interface DocumentCounter {
  year: number;
  typeCode: string;
  lastNumber: number;
  version: number;
}

export function listCounters(ctx: ApiContext, year: number): DocumentCounter[] {
  return statement(
    ctx.db,
    `SELECT year, type_code AS typeCode, last_number AS lastNumber, version FROM document_counters
     WHERE year = ? ORDER BY type_code`,
  ).all(year) as DocumentCounter[];
}

function find(ctx: ApiContext, year: number, code: string): (DocumentCounter & { id: string }) | undefined {
  return statement(
    ctx.db,
    `SELECT id, year, type_code AS typeCode, last_number AS lastNumber, version FROM document_counters
     WHERE year = ? AND type_code = ?`,
  ).get(year, code) as (DocumentCounter & { id: string }) | undefined;
}

/** The last number used of the year in this series (0 before the first). */
export function lastNumberUsed(ctx: ApiContext, year: number, code: string): number {
  return find(ctx, year, code)?.lastNumber ?? 0;
}

/**
 * Records `number` as used: the series' next number will be the one after it. Called in the
 * transaction that registers the document carrying it, so a number is used only with its document.
 */
export function useNumber(ctx: ApiContext, year: number, code: string, number: number): void {
  const at = timestamp(ctx.now());
  const current = find(ctx, year, code);
  if (!current) {
    statement(
      ctx.db,
      `INSERT INTO document_counters (id, year, type_code, last_number, created_at, updated_at, version)
       VALUES (?, ?, ?, ?, ?, ?, 1)`,
    ).run(newId(), year, code, number, at, at);
    return;
  }
  if (number <= current.lastNumber) return;
  statement(
    ctx.db,
    `UPDATE document_counters SET last_number = ?, updated_at = ?, version = version + 1 WHERE id = ?`,
  ).run(number, at, current.id);
}

/** The office corrects the last number used; the next document takes the one after it. */
export function setCounter(
  ctx: ApiContext,
  input: { year: number; typeCode: string; lastNumber: number; version?: number },
): DocumentCounter {
  return inTransaction(ctx, () => {
    const before = find(ctx, input.year, input.typeCode);
    const at = timestamp(ctx.now());
    if (!before) {
      statement(
        ctx.db,
        `INSERT INTO document_counters (id, year, type_code, last_number, created_at, updated_at, version)
         VALUES (?, ?, ?, ?, ?, ?, 1)`,
      ).run(newId(), input.year, input.typeCode, input.lastNumber, at, at);
    } else if (
      input.version === undefined ||
      statement(
        ctx.db,
        `UPDATE document_counters SET last_number = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?`,
      ).run(input.lastNumber, at, before.id, input.version).changes !== 1
    ) {
      throw ApiError.of('CONFLICT_VERSION');
    }
    const after = find(ctx, input.year, input.typeCode)!;
    writeAudit(ctx.db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'document_counter',
      entityId: after.id,
      action: before ? 'update' : 'create',
      before: before ?? null,
      after,
    });
    return { year: after.year, typeCode: after.typeCode, lastNumber: after.lastNumber, version: after.version };
  });
}
