import type { z } from 'zod';
import type { ApiContext } from '../../kernel/context';
import { localIsoDate } from '../../shared/dates';
import { EXAMINED_STATES, FIT_STATES, NOT_REGISTERED, OFFICIAL_STATES, ORDERED_STATES } from './campaign-states';
import { receivingDb } from './engine';
import type { periodInput, yearInput } from './schema';
import { enrolledSenders, type SenderRef } from './views';

/**
 * The board's aggregated views (issue 20 §3), each per sender with totals, in SQL over the
 * projections (the same queries on PostgreSQL).
 */

type Counts = Record<string, number>;

function withTotals<T extends Counts>(senders: SenderRef[], byOrigin: Map<string, T>, empty: T) {
  const rows = senders.map((s) => ({ ...s, ...(byOrigin.get(s.code) ?? empty) }));
  const totals = { ...empty } as Counts;
  for (const r of rows)
    for (const key of Object.keys(empty)) totals[key] = (totals[key] ?? 0) + Number(r[key as keyof typeof r]);
  return { senders: rows, totals: totals as T };
}

const num = (v: unknown) => Number(v ?? 0);

export async function campaignOverview(ctx: ApiContext, input: z.output<typeof yearInput>) {
  const q = receivingDb(ctx.db);
  const quotas = await q
    .selectFrom('x_quotas as q')
    .innerJoin('x_campaigns as c', (j) =>
      j.onRef('c.origin_code', '=', 'q.origin_code').onRef('c.gid', '=', 'q.campaign_gid'),
    )
    .select([
      'q.origin_code',
      (eb) => eb.fn.sum<number>('q.army').as('army'),
      (eb) => eb.fn.sum<number>('q.police').as('police'),
    ])
    .where('c.year', '=', input.year)
    .groupBy('q.origin_code')
    .execute();
  const records = await q
    .selectFrom('x_conscription as r')
    .innerJoin('x_campaigns as c', (j) =>
      j.onRef('c.origin_code', '=', 'r.origin_code').onRef('c.gid', '=', 'r.campaign_gid'),
    )
    .select((eb) => {
      const count = (cond: ReturnType<typeof eb.and>) => eb.fn.sum<number>(eb.case().when(cond).then(1).else(0).end());
      return [
        'r.origin_code',
        count(eb.and([eb('r.state', 'not in', NOT_REGISTERED)])).as('registered'),
        count(eb.and([eb('r.state', 'in', EXAMINED_STATES)])).as('examined'),
        count(eb.and([eb('r.state', 'in', FIT_STATES)])).as('fit'),
        count(eb.and([eb('r.state', 'in', OFFICIAL_STATES)])).as('official'),
        count(eb.and([eb('r.state', 'in', ORDERED_STATES)])).as('ordered'),
        count(eb.and([eb('r.state', '=', 'handed_over')])).as('handedOver'),
        count(eb.and([eb('r.state', '=', 'handed_over'), eb('r.branch', '=', 'army')])).as('handedOverArmy'),
        count(eb.and([eb('r.state', '=', 'handed_over'), eb('r.branch', '=', 'police')])).as('handedOverPolice'),
      ];
    })
    .where('c.year', '=', input.year)
    .groupBy('r.origin_code')
    .execute();
  const empty = {
    quotaArmy: 0,
    quotaPolice: 0,
    quota: 0,
    registered: 0,
    examined: 0,
    fit: 0,
    official: 0,
    ordered: 0,
    handedOver: 0,
    handedOverArmy: 0,
    handedOverPolice: 0,
  };
  const byOrigin = new Map<string, typeof empty>();
  for (const qrow of quotas) {
    byOrigin.set(qrow.origin_code, {
      ...empty,
      quotaArmy: num(qrow.army),
      quotaPolice: num(qrow.police),
      quota: num(qrow.army) + num(qrow.police),
    });
  }
  for (const r of records) {
    const base = byOrigin.get(r.origin_code) ?? { ...empty };
    byOrigin.set(r.origin_code, {
      ...base,
      registered: num(r.registered),
      examined: num(r.examined),
      fit: num(r.fit),
      official: num(r.official),
      ordered: num(r.ordered),
      handedOver: num(r.handedOver),
      handedOverArmy: num(r.handedOverArmy),
      handedOverPolice: num(r.handedOverPolice),
    });
  }
  return { year: input.year, ...withTotals(await enrolledSenders(q), byOrigin, empty) };
}

/** Active militia per sender and locality (the unit's), with the share of the population where entered. */
export async function militiaOverview(ctx: ApiContext, input: { year?: number }) {
  const q = receivingDb(ctx.db);
  const year = input.year ?? Number(localIsoDate(ctx.now()).slice(0, 4));
  const strength = await q
    .selectFrom('x_militia as m')
    .innerJoin('x_militia_units as u', (j) =>
      j.onRef('u.origin_code', '=', 'm.origin_code').onRef('u.gid', '=', 'm.unit_gid'),
    )
    .leftJoin('x_locality_names as n', (j) =>
      j
        .onRef('n.origin_code', '=', 'u.origin_code')
        .onRef('n.locality_gid', '=', 'u.locality_gid')
        .on('n.valid_to', 'is', null),
    )
    .leftJoin('x_populations as p', (j) =>
      j
        .onRef('p.origin_code', '=', 'u.origin_code')
        .onRef('p.locality_gid', '=', 'u.locality_gid')
        .on('p.year', '=', year),
    )
    .select([
      'm.origin_code',
      'u.locality_gid',
      'n.name',
      'p.population',
      (eb) => eb.fn.countAll<number>().as('strength'),
    ])
    .where('m.active', '=', 1)
    .groupBy(['m.origin_code', 'u.locality_gid', 'n.name', 'p.population'])
    .orderBy('m.origin_code')
    .orderBy('n.name')
    .execute();
  const localities = strength.map((r) => ({
    origin: r.origin_code,
    localityGid: r.locality_gid,
    localityName: r.name ?? '',
    strength: num(r.strength),
    population: r.population ?? null,
    share: r.population ? (num(r.strength) * 100) / r.population : null,
  }));
  const empty = { strength: 0, population: 0, strengthWithPopulation: 0 };
  const byOrigin = new Map<string, typeof empty>();
  for (const l of localities) {
    const b = byOrigin.get(l.origin) ?? { ...empty };
    byOrigin.set(l.origin, {
      strength: b.strength + l.strength,
      population: b.population + (l.population ?? 0),
      strengthWithPopulation: b.strengthWithPopulation + (l.population ? l.strength : 0),
    });
  }
  const summed = withTotals(await enrolledSenders(q), byOrigin, empty);
  const share = (r: typeof empty) => (r.population > 0 ? (r.strengthWithPopulation * 100) / r.population : null);
  return {
    year,
    localities,
    senders: summed.senders.map((s) => ({ ...s, share: share(s) })),
    totals: { ...summed.totals, share: share(summed.totals) },
  };
}

/** Reservists assigned against the slots' required numbers, per sender and unit. */
export async function reservesOverview(ctx: ApiContext) {
  const q = receivingDb(ctx.db);
  const slots = await q
    .selectFrom('x_reserve_slots as s')
    .innerJoin('x_reserve_units as u', (j) =>
      j.onRef('u.origin_code', '=', 's.origin_code').onRef('u.gid', '=', 's.unit_gid'),
    )
    .select(['s.origin_code', 's.unit_gid', 'u.name', (eb) => eb.fn.sum<number>('s.required').as('required')])
    .groupBy(['s.origin_code', 's.unit_gid', 'u.name'])
    .execute();
  const assigned = await q
    .selectFrom('x_reserve_assignments as a')
    .innerJoin('x_reserve_slots as s', (j) =>
      j.onRef('s.origin_code', '=', 'a.origin_code').onRef('s.gid', '=', 'a.slot_gid'),
    )
    .select(['a.origin_code', 's.unit_gid', (eb) => eb.fn.countAll<number>().as('assigned')])
    .where('a.active', '=', 1)
    .groupBy(['a.origin_code', 's.unit_gid'])
    .execute();
  const key = (o: string, u: string) => `${o}/${u}`;
  const assignedBy = new Map(assigned.map((a) => [key(a.origin_code, a.unit_gid), num(a.assigned)]));
  const units = slots
    .map((s) => ({
      origin: s.origin_code,
      unitGid: s.unit_gid,
      unitName: s.name,
      required: num(s.required),
      assigned: assignedBy.get(key(s.origin_code, s.unit_gid)) ?? 0,
    }))
    .sort((a, b) => a.origin.localeCompare(b.origin) || a.unitName.localeCompare(b.unitName, 'vi'));
  const byOrigin = new Map<string, { required: number; assigned: number }>();
  for (const u of units) {
    const b = byOrigin.get(u.origin) ?? { required: 0, assigned: 0 };
    byOrigin.set(u.origin, { required: b.required + u.required, assigned: b.assigned + u.assigned });
  }
  return { units, ...withTotals(await enrolledSenders(q), byOrigin, { required: 0, assigned: 0 }) };
}

/** Exercises (by their planned date) and training courses (by their start) of the year, per sender. */
export async function activitiesOverview(ctx: ApiContext, input: z.output<typeof yearInput>) {
  const q = receivingDb(ctx.db);
  const exercises = await q
    .selectFrom('x_exercises')
    .select(['origin_code', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('year', '=', input.year)
    .groupBy(['origin_code', 'status'])
    .execute();
  const courses = await q
    .selectFrom('x_training')
    .select(['origin_code', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('year', '=', input.year)
    .groupBy(['origin_code', 'status'])
    .execute();
  const empty = { exercises: 0, exercisesDone: 0, trainingCourses: 0, trainingCoursesDone: 0 };
  const byOrigin = new Map<string, typeof empty>();
  const add = (origin: string, change: Partial<typeof empty>) => {
    const b = byOrigin.get(origin) ?? { ...empty };
    for (const [k, v] of Object.entries(change)) b[k as keyof typeof empty] += v;
    byOrigin.set(origin, b);
  };
  for (const e of exercises) {
    if (e.status === 'cancelled') continue;
    add(e.origin_code, { exercises: num(e.n), exercisesDone: e.status === 'done' ? num(e.n) : 0 });
  }
  for (const c of courses) {
    if (c.status === 'cancelled') continue;
    add(c.origin_code, { trainingCourses: num(c.n), trainingCoursesDone: c.status === 'done' ? num(c.n) : 0 });
  }
  return { year: input.year, ...withTotals(await enrolledSenders(q), byOrigin, empty) };
}

/** The senders' half-year review figures: per key the sum over senders and each sender's value. */
export async function halfYearOverview(ctx: ApiContext, input: z.output<typeof periodInput>) {
  const q = receivingDb(ctx.db);
  const rows = await q
    .selectFrom('x_figures')
    .select(['origin_code', 'key', 'value'])
    .where('period', '=', input.period)
    .orderBy('key')
    .orderBy('origin_code')
    .execute();
  const totals = await q
    .selectFrom('x_figures')
    .select(['key', (eb) => eb.fn.sum<number>('value').as('total')])
    .where('period', '=', input.period)
    .groupBy('key')
    .orderBy('key')
    .execute();
  return {
    period: input.period,
    senders: await enrolledSenders(q),
    figures: totals.map((t) => ({
      key: t.key,
      total: num(t.total),
      bySender: Object.fromEntries(rows.filter((r) => r.key === t.key).map((r) => [r.origin_code, r.value])),
    })),
  };
}
