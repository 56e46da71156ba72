import type { ApiContext } from '../kernel/context';
import { ApiError } from '../kernel/errors';
import { writeAudit } from '../db/audit';
import { newId, timestamp } from '../db/records';
import { statement } from '../db/statements';
import { findLocality, listLocalities } from '../localities';
import { TOP_LEVEL_KINDS } from '../localities';
import { vi } from '../messages/vi';
import { localIsoDate } from '../shared/dates';
import { inTransaction } from '../kernel/transaction';
import type { LocalityPopulation } from './public-types';

const collator = new Intl.Collator('vi', { numeric: true });

/** Population per ward/commune for the year, as entered by the office. */
export function populationsOf(ctx: ApiContext, year: number): Map<string, number> {
  const rows = statement(ctx.db, `SELECT locality_id, population FROM locality_populations WHERE year = ?`).all(
    year,
  ) as Array<{ locality_id: string; population: number }>;
  return new Map(rows.map((r) => [r.locality_id, r.population]));
}

/** Every ward/commune in use today (and any retired one with a figure for the year), with its population or null. */
export function listPopulations(ctx: ApiContext, input: { year: number }): LocalityPopulation[] {
  const figures = populationsOf(ctx, input.year);
  const today = localIsoDate(ctx.now());
  return listLocalities(ctx.db, today, true)
    .filter((l) => TOP_LEVEL_KINDS.includes(l.kind) && (!l.retiredOn || l.retiredOn > today || figures.has(l.id)))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((l) => ({ localityId: l.id, localityName: l.name, year: input.year, population: figures.get(l.id) ?? null }));
}

/** Sets (or with null, removes) a ward's/commune's population for a year. */
export function setPopulation(
  ctx: ApiContext,
  input: { localityId: string; year: number; population: number | null },
): LocalityPopulation {
  return inTransaction(ctx, () => {
    const locality = findLocality(ctx.db, input.localityId, localIsoDate(ctx.now()));
    if (!locality || !TOP_LEVEL_KINDS.includes(locality.kind)) {
      throw ApiError.fields({ localityId: vi.errors.NOT_FOUND });
    }
    const existing = statement(
      ctx.db,
      `SELECT id, population FROM locality_populations WHERE locality_id = ? AND year = ?`,
    ).get(input.localityId, input.year) as { id: string; population: number } | undefined;
    const at = timestamp(ctx.now());
    const id = existing?.id ?? newId();
    if (input.population === null) {
      statement(ctx.db, `DELETE FROM locality_populations WHERE id = ?`).run(id);
    } else if (existing) {
      statement(
        ctx.db,
        `UPDATE locality_populations SET population = ?, updated_at = ?, version = version + 1 WHERE id = ?`,
      ).run(input.population, at, id);
    } else {
      statement(
        ctx.db,
        `INSERT INTO locality_populations (id, locality_id, year, population, created_at, updated_at, version)
         VALUES (?, ?, ?, ?, ?, ?, 1)`,
      ).run(id, input.localityId, input.year, input.population, at, at);
    }
    writeAudit(ctx.db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'locality_population',
      entityId: id,
      action: existing ? 'update' : 'create',
      before: existing ? { ...input, population: existing.population } : null,
      after: input,
    });
    return { localityId: locality.id, localityName: locality.name, year: input.year, population: input.population };
  });
}
