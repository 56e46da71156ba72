import type { Core } from '../../electron/core/app-core';
import { newId } from '../../electron/core/db/records';
import { seeded } from './stats';

export interface SeededForces {
  memberships: number;
  reservists: number;
  militiaUnitIds: string[];
  reserveUnitIds: string[];
  specialtyIds: string[];
}

const LEVELS_UNDER_PLATOON = ['squad', 'squad', 'team'] as const;
const COMPONENTS = ['on_the_spot', 'on_the_spot', 'mobile', 'standing', 'sea', 'signals', 'medical'] as const;
const POSITIONS = ['member', 'member', 'member', 'member', 'member', 'unit_leader', 'deputy_unit_leader'] as const;
const RANKS = ['private_2', 'private_1', 'corporal', 'sergeant', 'senior_sergeant'] as const;

/**
 * The forces on top of the large office: per locality a platoon with squads
 * and `memberships` members spread over them, `reservists` reservists with
 * specialties, two reserve units per ten localities with slots, and most
 * reservists assigned. Plain SQL in one transaction, because seeding speed is
 * not what is measured; the copied person columns are filled as the services do.
 */
export function seedForces(core: Core, localityIds: string[], memberships: number, reservists: number): SeededForces {
  const random = seeded(4848);
  const at = new Date().toISOString();
  const db = core.db;
  const militiaUnitIds: string[] = [];
  const reserveUnitIds: string[] = [];
  const specialtyIds: string[] = [];
  db.transaction(() => {
    const unit = db.prepare(
      `INSERT INTO militia_units (id, parent_id, locality_id, name, level, force, component, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'militia', ?, ?, ?)`,
    );
    for (const localityId of localityIds) {
      const platoon = newId();
      unit.run(platoon, null, localityId, 'Trung đội cơ động', 'platoon', 'mobile', at, at);
      militiaUnitIds.push(platoon);
      for (let s = 0; s < 6; s++) {
        const id = newId();
        const component = COMPONENTS[random(COMPONENTS.length)]!;
        unit.run(id, platoon, localityId, `Tiểu đội ${s + 1}`, LEVELS_UNDER_PLATOON[s % 3]!, component, at, at);
        militiaUnitIds.push(id);
      }
    }
    const candidates = db
      .prepare(
        `SELECT id, sort_given, sort_middle, sort_family, birth_date, sex FROM people
         WHERE birth_date BETWEEN '1982-01-01' AND '2007-12-31' ORDER BY id`,
      )
      .all() as Array<{
      id: string;
      sort_given: string;
      sort_middle: string;
      sort_family: string;
      birth_date: string;
      sex: string;
    }>;
    // The person columns a membership or a reservist row keeps a copy of, in their columns' order.
    const copied = (p: (typeof candidates)[number]) => [
      p.sort_given,
      p.sort_middle,
      p.sort_family,
      p.birth_date,
      p.sex,
    ];
    const member = db.prepare(
      `INSERT INTO militia_memberships (id, person_id, unit_id, position, started_on, term_ends_on, party_member,
         youth_union, sort_given, sort_middle, sort_family, birth_date, sex, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const count = Math.min(memberships, candidates.length);
    for (let i = 0; i < count; i++) {
      const p = candidates[i]!;
      const startYear = 2022 + random(5);
      const started = `${startYear}-0${1 + random(9)}-15`;
      member.run(
        newId(),
        p.id,
        militiaUnitIds[random(militiaUnitIds.length)]!,
        POSITIONS[random(POSITIONS.length)]!,
        started,
        `${startYear + 4}${started.slice(4)}`,
        random(5) === 0 ? 1 : 0,
        random(2),
        ...copied(p),
        at,
        at,
      );
    }

    const specialty = db.prepare(
      `INSERT INTO military_specialties (id, code, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
    );
    for (let i = 1; i <= 40; i++) {
      const id = newId();
      specialty.run(id, String(100000 + i * 11), `Chuyên nghiệp ${i}`, at, at);
      specialtyIds.push(id);
    }
    const reserveUnit = db.prepare(
      `INSERT INTO reserve_units (id, name, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
    );
    const slot = db.prepare(
      `INSERT INTO reserve_slots (id, unit_id, title, specialty_id, required, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const slots: Array<{ id: string; specialtyId: string }> = [];
    for (let u = 0; u < Math.max(2, localityIds.length / 5); u++) {
      const id = newId();
      reserveUnit.run(id, `Tiểu đoàn dự bị ${u + 1}`, u % 2 === 0 ? 'combat' : 'support', at, at);
      reserveUnitIds.push(id);
      for (let s = 0; s < 20; s++) {
        const slotId = newId();
        const specialtyId = specialtyIds[random(specialtyIds.length)]!;
        slot.run(slotId, id, `Chức danh ${s + 1}`, specialtyId, 30 + random(60), at, at);
        slots.push({ id: slotId, specialtyId });
      }
    }
    const older = db
      .prepare(
        `SELECT id, sort_given, sort_middle, sort_family, birth_date, sex FROM people
         WHERE birth_date BETWEEN '1976-01-01' AND '2006-12-31' ORDER BY id DESC`,
      )
      .all() as typeof candidates;
    const reservist = db.prepare(
      `INSERT INTO reservists (id, person_id, category, grade, rank, specialty_id, registered_on,
         sort_given, sort_middle, sort_family, birth_date, sex, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const assignment = db.prepare(
      `INSERT INTO reserve_assignments (id, reservist_id, slot_id, assigned_on, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const rcount = Math.min(reservists, older.length);
    for (let i = 0; i < rcount; i++) {
      const p = older[i]!;
      const id = newId();
      const officer = random(20) === 0;
      const specialtyId = specialtyIds[random(specialtyIds.length)]!;
      reservist.run(
        id,
        p.id,
        officer ? 'officer' : 'soldier',
        random(3) === 0 ? 2 : 1,
        officer ? 'lieutenant' : RANKS[random(RANKS.length)]!,
        specialtyId,
        `20${10 + random(16)}-06-01`,
        ...copied(p),
        at,
        at,
      );
      if (random(10) < 8) {
        const target =
          random(4) === 0 ? slots[random(slots.length)]! : slots.find((s) => s.specialtyId === specialtyId);
        if (target) assignment.run(newId(), id, target.id, '2025-07-01', at, at);
      }
    }
  })();
  return {
    memberships: db.prepare('SELECT COUNT(*) AS n FROM militia_memberships').pluck().get() as number,
    reservists: db.prepare('SELECT COUNT(*) AS n FROM reservists').pluck().get() as number,
    militiaUnitIds,
    reserveUnitIds,
    specialtyIds,
  };
}
