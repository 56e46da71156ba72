import type { ApiContext } from '../kernel/context';
import { personCreateInput } from '../people/schema';
import { createPerson } from '../people/service';
import { caseCreateInput, returneeCreateInput, supportCreateInput } from '../policy/schema';
import { createCase, createReturnee, createSupport } from '../policy/service';
import { addDays, localIsoDate } from '../shared/dates';
import {
  CASES_2023,
  GIVERS,
  RETURNEE_SUPPORT_NOTES,
  RETURNEES_2023,
  TET_GIFT_DAYS,
  VISITS_2023,
} from './history-policy-data';

/** Families the Tết Quý Mão gifts reach. */
const TET_FAMILIES = 48;
const TET_GIFT = 500_000;

/**
 * The soldiers serving in 2023, as the register has them: the conscripts handed over in 2021 or
 * 2022 when the database has those campaigns; the demo has none, so the 2023 handover's.
 */
function servingSoldiers(ctx: ApiContext, years: readonly number[], limit: number): string[] {
  const rows = ctx.db
    .prepare(
      `SELECT c.person_id FROM conscription_records c JOIN conscription_campaigns k ON k.id = c.campaign_id
       JOIN people p ON p.id = c.person_id
       WHERE c.state = 'handed_over' AND k.year IN (SELECT value FROM json_each(?))
       ORDER BY k.year, p.sort_given, p.sort_middle, p.sort_family, p.id LIMIT ?`,
    )
    .all(JSON.stringify(years), limit) as { person_id: string }[];
  return rows.map((r) => r.person_id);
}

function support(ctx: ApiContext, personId: string, values: Record<string, unknown>) {
  createSupport(ctx, supportCreateInput.parse({ personId, ...values }));
}

/** Tết gifts in January 2023, visits and hardship support through the year (three after 30/06). */
function seedFamilySupports(ctx: ApiContext): number {
  const earlier = servingSoldiers(ctx, [2021, 2022], TET_FAMILIES);
  const soldiers = earlier.length > 0 ? earlier : servingSoldiers(ctx, [2023], TET_FAMILIES);
  soldiers.forEach((personId, i) =>
    support(ctx, personId, {
      supportOn: TET_GIFT_DAYS[i % TET_GIFT_DAYS.length],
      kind: 'tet_gift',
      amount: TET_GIFT,
      giver: GIVERS.city,
      note: 'Tặng quà Tết Quý Mão 2023',
    }),
  );
  let count = soldiers.length;
  VISITS_2023.forEach(([supportOn, kind, amount, giver, note], i) => {
    const personId = soldiers[(i * 5) % Math.max(soldiers.length, 1)];
    if (!personId) return;
    support(ctx, personId, { supportOn, kind, amount, giver, note });
    count += 1;
  });
  return count;
}

/** The latest handover's soldiers get this year's visits, so the screen is not empty today. */
function seedNearToday(ctx: ApiContext): number {
  const today = localIsoDate(ctx.now());
  const year = Number(today.slice(0, 4));
  const soldiers = servingSoldiers(ctx, [year - 1, year], 3);
  soldiers.forEach((personId, i) =>
    support(ctx, personId, {
      supportOn: addDays(today, -30 * (i + 1)),
      kind: i === 0 ? 'hardship' : 'visit',
      amount: i === 0 ? 1_000_000 : null,
      giver: GIVERS.command,
      note: '',
    }),
  );
  return soldiers.length;
}

/** The 2021 call-up back home in Feb–Mar 2023 (new people of the register), one registered late, one in July. */
function seedReturnees(ctx: ApiContext): number {
  const ward = ctx.db.prepare(`SELECT id FROM localities WHERE kind = 'ward' ORDER BY rowid LIMIT 1`).get() as
    { id: string } | undefined;
  for (const [
    familyName,
    middleName,
    givenName,
    birthDate,
    dischargedOn,
    returnedOn,
    registeredOn,
    kind,
  ] of RETURNEES_2023) {
    const person = createPerson(
      ctx,
      personCreateInput.parse({
        familyName,
        middleName,
        givenName,
        birthDate,
        sex: 'M',
        localityId: ward?.id ?? null,
        occupation: 'Quân nhân xuất ngũ',
        notes: 'Nhập ngũ tháng 02/2021, xuất ngũ năm 2023.',
      }),
    );
    const supports = kind ? [{ kind, supportOn: addDays(returnedOn, 30), note: RETURNEE_SUPPORT_NOTES[kind] }] : [];
    createReturnee(
      ctx,
      returneeCreateInput.parse({
        personId: person.id,
        dischargedOn,
        returnedOn,
        reserveRegisteredOn: registeredOn,
        supports,
      }),
    );
  }
  return RETURNEES_2023.length;
}

function seedCases(ctx: ApiContext): number {
  for (const [subjectName, kind, receivedOn, decisionNumber, decisionOn, outcome, resolvedOn, note] of CASES_2023) {
    createCase(
      ctx,
      caseCreateInput.parse({ subjectName, kind, receivedOn, decisionNumber, decisionOn, outcome, resolvedOn, note }),
    );
  }
  return CASES_2023.length;
}

/** The office's 2023 policy work (families of serving conscripts, returning soldiers, other cases), through the feature's services. */
export function seedHistoryPolicy(ctx: ApiContext): Record<string, number> {
  return {
    policyFamilySupports: seedFamilySupports(ctx) + seedNearToday(ctx),
    policyReturnees: seedReturnees(ctx),
    policyCases: seedCases(ctx),
  };
}
