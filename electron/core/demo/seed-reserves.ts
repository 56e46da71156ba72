import type { ApiContext } from '../kernel/context';
import {
  assignmentCreateInput,
  fromConscriptInput,
  reservistCreateInput,
  slotCreateInput,
  specialtyCreateInput,
  unitCreateInput,
} from '../reserves/schema';
import { checkAssignmentAge, type Rank, type ReserveUnitKind, slotCapacity } from '../reserves/rules';
import { createReservist, reservistFromConscript } from '../reserves/service';
import { createSpecialty } from '../reserves/specialty-service';
import { createAssignment, createSlot, createUnit } from '../reserves/unit-service';
import { addDays, addYears, ageOn, type IsoDate } from '../shared/dates';
import { createRandom, type Random } from './random';

/** Fixed, so every demo office has the same reserve. */
const RESERVES_SEED = 20_191_053;

/**
 * A SAMPLE list of military specialties (CNQS), invented for the demo: the
 * ministry's catalogue is not public, so the codes and names below are not
 * official and each name says "(mẫu)". The office replaces them in Settings.
 */
const SAMPLE_SPECIALTIES = [
  ['M-101', 'Bộ binh (mẫu)'],
  ['M-102', 'Trinh sát (mẫu)'],
  ['M-103', 'Thông tin vô tuyến điện (mẫu)'],
  ['M-104', 'Xạ thủ B41 (mẫu)'],
  ['M-105', 'Pháo cối 60 (mẫu)'],
  ['M-106', 'Súng máy phòng không (mẫu)'],
  ['M-107', 'Công binh (mẫu)'],
  ['M-108', 'Hóa học (mẫu)'],
  ['M-201', 'Lái xe ô tô (mẫu)'],
  ['M-202', 'Sửa chữa ô tô (mẫu)'],
  ['M-203', 'Thủ kho (mẫu)'],
  ['M-301', 'Y tá – cứu thương (mẫu)'],
  ['M-302', 'Cấp dưỡng (mẫu)'],
  ['M-303', 'Quân khí (mẫu)'],
  ['M-304', 'Thông tin hữu tuyến (mẫu)'],
] as const;
type Code = (typeof SAMPLE_SPECIALTIES)[number][0];

const UNITS: ReadonlyArray<{
  name: string;
  kind: ReserveUnitKind;
  receivingUnit: string;
  slots: ReadonlyArray<readonly [string, Code, number]>;
}> = [
  {
    name: 'Đại đội bộ binh dự bị động viên 1',
    kind: 'combat',
    receivingUnit: 'Trung đoàn bộ binh 741',
    slots: [
      ['Xạ thủ bộ binh', 'M-101', 12],
      ['Trinh sát', 'M-102', 3],
      ['Thông tin', 'M-103', 3],
      ['Xạ thủ B41', 'M-104', 4],
      ['Pháo thủ cối 60', 'M-105', 3],
    ],
  },
  {
    name: 'Đại đội vận tải dự bị động viên',
    kind: 'support',
    receivingUnit: 'Lữ đoàn vận tải 654',
    slots: [
      ['Lái xe', 'M-201', 10],
      ['Sửa chữa xe', 'M-202', 4],
      ['Thủ kho', 'M-203', 2],
      ['Y tá', 'M-301', 3],
      ['Cấp dưỡng', 'M-302', 3],
    ],
  },
];

const COMBAT_CODES: readonly Code[] = ['M-101', 'M-101', 'M-101', 'M-102', 'M-103', 'M-104', 'M-105', 'M-106'];
const SUPPORT_CODES: readonly Code[] = ['M-201', 'M-201', 'M-201', 'M-202', 'M-203', 'M-301', 'M-302', 'M-107'];
const WOMEN_CODES: readonly Code[] = ['M-301', 'M-301', 'M-302', 'M-304'];
const FORMER_UNITS = ['Trung đoàn 820', 'Sư đoàn 346', 'Lữ đoàn 164', 'Trung đoàn 246', 'Bộ CHQS tỉnh Bắc Kạn'];
const SOLDIER_RANKS: readonly Rank[] = ['private_1', 'private_1', 'corporal', 'sergeant', 'private_2'];

interface Candidate {
  personId: string;
  birthDate: IsoDate;
  sex: 'M' | 'F';
}

/**
 * Demo reserves: a sample CNQS list, one combat and one support reserve unit
 * with slots, some 60–70 reservists from the demo people of reserve age (none
 * of them in a conscription campaign), most placed in a slot of their
 * specialty, a few placed by a near specialty (flagged), one past the age
 * limit of soldiers and one officer past his rank's, and one demobilised
 * conscript of last year's handover made a reservist from his record.
 */
export function seedReserves(ctx: ApiContext, today: string): Record<string, number> {
  const rng = createRandom(RESERVES_SEED);
  const specialties = new Map<Code, string>();
  for (const [code, name] of SAMPLE_SPECIALTIES) {
    specialties.set(code, createSpecialty(ctx, specialtyCreateInput.parse({ code, name })).id);
  }
  const slots: Array<{ id: string; code: Code; kind: ReserveUnitKind; required: number; taken: number }> = [];
  for (const u of UNITS) {
    const unit = createUnit(ctx, unitCreateInput.parse({ name: u.name, kind: u.kind, receivingUnit: u.receivingUnit }));
    for (const [title, code, required] of u.slots) {
      const slot = createSlot(
        ctx,
        slotCreateInput.parse({ unitId: unit.id, title, specialtyId: specialties.get(code), required }),
      );
      slots.push({ id: slot.id, code, kind: u.kind, required, taken: 0 });
    }
  }

  const made: Array<{ id: string; code: Code | null; registeredOn: IsoDate } & Candidate> = [];
  const register = (c: Candidate, fields: Record<string, unknown>, code: Code | null) => {
    const registeredOn = (fields.registeredOn as IsoDate | undefined) ?? pastDay(rng, today, 8);
    const r = createReservist(
      ctx,
      reservistCreateInput.parse({
        personId: c.personId,
        specialtyId: code ? specialties.get(code) : null,
        registeredOn,
        ...fields,
      }),
    );
    made.push({ ...c, id: r.id, code, registeredOn });
  };

  const pool = candidates(ctx);
  const inAge = (c: Candidate, min: number, max: number) => {
    const age = ageOn(c.birthDate, today);
    return age >= min && age <= max;
  };
  const regular = pool.filter((c) => (c.sex === 'M' ? inAge(c, 24, 45) : inAge(c, 22, 40)));
  let women = 0;
  let officers = 0;
  for (const c of regular) {
    if (c.sex === 'F' && (women >= 8 || !rng.chance(0.5))) continue;
    if (c.sex === 'F') women += 1;
    const age = ageOn(c.birthDate, today);
    const code = c.sex === 'F' ? rng.pick(WOMEN_CODES) : rng.pick(age <= 34 ? COMBAT_CODES : SUPPORT_CODES);
    if (c.sex === 'M' && age >= 30 && officers < 3 && rng.chance(0.15)) {
      officers += 1;
      const rank = rng.pick<Rank>(['lieutenant', 'senior_lieutenant', 'captain']);
      register(c, { category: 'officer', grade: 1, rank, formerUnit: rng.pick(FORMER_UNITS) }, code);
      continue;
    }
    const served = c.sex === 'M' && rng.chance(0.75);
    const serviceFrom = addDays(addYears(c.birthDate, rng.int(19, 21)), rng.int(0, 60));
    const serviceTo = addYears(serviceFrom, 2);
    register(
      c,
      served
        ? {
            category: 'soldier',
            grade: 1,
            rank: rng.pick(SOLDIER_RANKS),
            formerUnit: rng.pick(FORMER_UNITS),
            serviceFrom,
            serviceTo,
            registeredOn: addDays(serviceTo, 40) <= today ? addDays(serviceTo, rng.int(10, 40)) : undefined,
          }
        : { category: 'soldier', grade: 2, rank: null },
      code,
    );
  }
  // One soldier and one officer past their limits: flagged for removal, left unplaced.
  const pastSoldier = pool.find((c) => c.sex === 'M' && inAge(c, 46, 48));
  if (pastSoldier) register(pastSoldier, { category: 'soldier', grade: 1, rank: 'sergeant' }, 'M-201');
  const pastOfficer = pool.find((c) => c.sex === 'M' && inAge(c, 52, 55));
  if (pastOfficer) register(pastOfficer, { category: 'officer', grade: 1, rank: 'captain' }, 'M-303');

  const conscript = firstHandedOver(ctx);
  if (conscript) {
    const r = reservistFromConscript(
      ctx,
      fromConscriptInput.parse({ recordId: conscript, rank: 'private_2', specialtyId: specialties.get('M-101') }),
    );
    made.push({
      id: r.id,
      personId: r.personId,
      birthDate: r.birthDate,
      sex: r.sex,
      code: 'M-101',
      registeredOn: today,
    });
  }

  let assignments = 0;
  const assign = (r: (typeof made)[number], matching: boolean): boolean => {
    // Placed over the last six years, so a review of an earlier half-year has placements too.
    const day = pastDay(rng, today, 6);
    const on = r.registeredOn > day ? r.registeredOn : day;
    const person = { birthDate: r.birthDate, sex: r.sex, category: 'soldier' as const, rank: null };
    const slot = slots.find(
      (s) =>
        (s.code === r.code) === matching &&
        s.taken < slotCapacity(s.required) &&
        checkAssignmentAge(person, s.kind, on).ok &&
        (matching || s.kind === 'support'),
    );
    if (!slot) return false;
    createAssignment(ctx, assignmentCreateInput.parse({ reservistId: r.id, slotId: slot.id, assignedOn: on }));
    slot.taken += 1;
    assignments += 1;
    return true;
  };
  // Most are placed in a slot of their own specialty; about one in ten is left for the office to place.
  const unplaced = made.filter((r) => !isPast(r, today) && !(rng.chance(0.9) && assign(r, true)));
  // A few placed by a near specialty, as offices do when a slot's own specialty runs short (Art. 16).
  let mismatches = 0;
  for (const r of unplaced) if (mismatches < 3 && !isPast(r, today) && assign(r, false)) mismatches += 1;

  // Two reserve professional soldiers (QNCN dự bị, their own category under Luật LLDBĐV 2019), of an age
  // past the units' intake (45) but within their service limit: on the list, not placed. Registered last
  // and without the random source, so the rest of the demo stays as it was.
  const taken = new Set(made.map((r) => r.personId));
  const professionals = pool.filter((c) => c.sex === 'M' && !taken.has(c.personId) && inAge(c, 46, 51)).slice(0, 2);
  professionals.forEach((c, i) =>
    register(
      c,
      {
        category: 'professional',
        grade: 1,
        rank: i === 0 ? 'senior_lieutenant' : 'captain',
        formerUnit: FORMER_UNITS[i],
        registeredOn: addDays(today, -700 - 90 * i),
      },
      i === 0 ? 'M-201' : 'M-303',
    ),
  );

  return {
    specialties: specialties.size,
    reserveUnits: UNITS.length,
    reservists: made.length,
    reserveAssignments: assignments,
  };
}

function isPast(r: Candidate, today: IsoDate): boolean {
  return ageOn(r.birthDate, today) > (r.sex === 'M' ? 45 : 40);
}

/** A day within the last `years` years, before today. */
function pastDay(rng: Random, today: IsoDate, years: number): IsoDate {
  return addDays(today, -rng.int(30, years * 365));
}

/** People on the register not in any conscription campaign, in a fixed order (ids are random, names and IDs are not). */
function candidates(ctx: ApiContext): Candidate[] {
  return (
    ctx.db
      .prepare(
        `SELECT id, birth_date, sex FROM people p WHERE archived_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM conscription_records c WHERE c.person_id = p.id)
           AND NOT EXISTS (SELECT 1 FROM reservists r WHERE r.person_id = p.id)
         ORDER BY sort_given, sort_middle, sort_family, birth_date, citizen_id`,
      )
      .all() as Array<{ id: string; birth_date: string; sex: 'M' | 'F' }>
  ).map((r) => ({ personId: r.id, birthDate: r.birth_date, sex: r.sex }));
}

/** The first (in name order) conscript handed over in the closed campaign. */
function firstHandedOver(ctx: ApiContext): string | null {
  const row = ctx.db
    .prepare(
      `SELECT c.id FROM conscription_records c JOIN people p ON p.id = c.person_id
         JOIN conscription_campaigns k ON k.id = c.campaign_id
       WHERE c.state = 'handed_over' AND k.status = 'closed'
       ORDER BY k.year DESC, p.sort_given, p.sort_middle, p.sort_family, p.birth_date LIMIT 1`,
    )
    .get() as { id: string } | undefined;
  return row?.id ?? null;
}
