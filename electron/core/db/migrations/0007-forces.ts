import type { Migration } from './types';

/**
 * The local armed forces: militia and self-defence units and their members,
 * reservists with their specialties and reserve-unit slots, the office's own
 * staff, and each locality's population (for the militia share).
 *
 * Member and reservist rows copy the person's sort keys, birth date and sex
 * (and a reservist's home locality and current slot), kept in step by
 * triggers, so a filtered, sorted page reads one table through an index and
 * joins people only for the rows it shows.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'forces',
  up(db) {
    db.exec(`
      CREATE TABLE militia_units (
        id TEXT PRIMARY KEY,
        parent_id TEXT REFERENCES militia_units (id),
        -- A commune's or ward's militia (dân quân) has a locality; an agency's self-defence (tự vệ) has the agency's name.
        locality_id TEXT REFERENCES localities (id),
        agency TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('team', 'squad', 'gun_crew', 'boat', 'platoon', 'company', 'sea_company', 'battalion', 'sea_battalion')),
        force TEXT NOT NULL CHECK (force IN ('militia', 'self_defence')),
        component TEXT NOT NULL CHECK (component IN ('on_the_spot', 'mobile', 'standing', 'sea', 'air_defence_artillery', 'reconnaissance', 'signals', 'engineers', 'chemical_defence', 'medical')),
        notes TEXT NOT NULL DEFAULT '',
        retired_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        CHECK (locality_id IS NOT NULL OR agency <> '')
      ) STRICT;
      CREATE INDEX militia_units_parent ON militia_units (parent_id);
      CREATE INDEX militia_units_locality ON militia_units (locality_id);

      CREATE TABLE militia_memberships (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people (id),
        unit_id TEXT NOT NULL REFERENCES militia_units (id),
        position TEXT NOT NULL CHECK (position IN ('commander', 'political_officer', 'deputy_commander', 'deputy_political_officer', 'unit_leader', 'deputy_unit_leader', 'member')),
        started_on TEXT NOT NULL,
        term_ends_on TEXT NOT NULL,
        -- An extension (up to 2 years past the term) is recorded as such, never by moving the term end.
        extended_until TEXT,
        volunteer INTEGER NOT NULL DEFAULT 0 CHECK (volunteer IN (0, 1)),
        party_member INTEGER NOT NULL DEFAULT 0 CHECK (party_member IN (0, 1)),
        youth_union INTEGER NOT NULL DEFAULT 0 CHECK (youth_union IN (0, 1)),
        ended_on TEXT,
        end_reason TEXT CHECK (end_reason IN ('term_completed', 'moved', 'health', 'enlisted', 'age', 'other')),
        notes TEXT NOT NULL DEFAULT '',
        sort_given TEXT NOT NULL,
        sort_middle TEXT NOT NULL,
        sort_family TEXT NOT NULL,
        birth_date TEXT NOT NULL,
        sex TEXT NOT NULL CHECK (sex IN ('M', 'F')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        CHECK ((ended_on IS NULL) = (end_reason IS NULL))
      ) STRICT;
      -- Art. 8 and common sense: one person, one active membership.
      CREATE UNIQUE INDEX militia_memberships_active_person ON militia_memberships (person_id) WHERE ended_on IS NULL;
      CREATE INDEX militia_memberships_person ON militia_memberships (person_id, started_on);
      CREATE INDEX militia_memberships_unit ON militia_memberships (unit_id, ended_on);
      CREATE INDEX militia_memberships_sort ON militia_memberships (ended_on, sort_given, sort_middle, sort_family, id);
      CREATE INDEX militia_memberships_term ON militia_memberships (ended_on, term_ends_on);
      CREATE INDEX militia_memberships_birth ON militia_memberships (ended_on, birth_date);

      -- CNQS codes: the ministry's catalogue is not public, so the office keeps its own list.
      CREATE TABLE military_specialties (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        retired_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;

      CREATE TABLE reservists (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL UNIQUE REFERENCES people (id),
        category TEXT NOT NULL CHECK (category IN ('officer', 'soldier')),
        grade INTEGER NOT NULL CHECK (grade IN (1, 2)),
        rank TEXT CHECK (rank IN ('private_2', 'private_1', 'corporal', 'sergeant', 'senior_sergeant', 'second_lieutenant', 'lieutenant', 'senior_lieutenant', 'captain', 'major', 'lieutenant_colonel', 'senior_lieutenant_colonel', 'colonel')),
        specialty_id TEXT REFERENCES military_specialties (id),
        former_unit TEXT NOT NULL DEFAULT '',
        service_from TEXT,
        service_to TEXT,
        registered_on TEXT NOT NULL,
        removed_on TEXT,
        removal_reason TEXT NOT NULL DEFAULT '',
        -- Set when the reservist was made from a demobilised conscript's record.
        source_record_id TEXT REFERENCES conscription_records (id),
        notes TEXT NOT NULL DEFAULT '',
        sort_given TEXT NOT NULL,
        sort_middle TEXT NOT NULL,
        sort_family TEXT NOT NULL,
        birth_date TEXT NOT NULL,
        sex TEXT NOT NULL CHECK (sex IN ('M', 'F')),
        -- Copies kept by triggers: where the person lives, and the slot of the current assignment.
        locality_id TEXT,
        slot_id TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX reservists_sort ON reservists (removed_on, sort_given, sort_middle, sort_family, id);
      CREATE INDEX reservists_grade ON reservists (removed_on, grade, specialty_id);
      CREATE INDEX reservists_specialty ON reservists (removed_on, specialty_id);
      -- Counting a filtered list reads these indexes alone (no row lookups): age and age-limit
      -- (category, sex and rank decide the limit), home locality, current slot.
      CREATE INDEX reservists_birth ON reservists (removed_on, birth_date, category, sex, rank);
      CREATE INDEX reservists_locality ON reservists (removed_on, locality_id, birth_date);
      CREATE INDEX reservists_slot ON reservists (removed_on, slot_id);

      -- Đơn vị dự bị động viên: combat or support, optionally nested (company in a battalion).
      CREATE TABLE reserve_units (
        id TEXT PRIMARY KEY,
        parent_id TEXT REFERENCES reserve_units (id),
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('combat', 'support')),
        -- The army unit that receives the reserve unit on mobilisation (đơn vị nhận nguồn).
        receiving_unit TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        retired_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX reserve_units_parent ON reserve_units (parent_id);

      -- A slot: a post in the unit's establishment needing a number of people of one specialty.
      CREATE TABLE reserve_slots (
        id TEXT PRIMARY KEY,
        unit_id TEXT NOT NULL REFERENCES reserve_units (id),
        title TEXT NOT NULL,
        specialty_id TEXT NOT NULL REFERENCES military_specialties (id),
        required INTEGER NOT NULL CHECK (required BETWEEN 1 AND 10000),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX reserve_slots_unit ON reserve_slots (unit_id);

      CREATE TABLE reserve_assignments (
        id TEXT PRIMARY KEY,
        reservist_id TEXT NOT NULL REFERENCES reservists (id),
        slot_id TEXT NOT NULL REFERENCES reserve_slots (id),
        assigned_on TEXT NOT NULL,
        ended_on TEXT,
        end_reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE UNIQUE INDEX reserve_assignments_active_reservist ON reserve_assignments (reservist_id) WHERE ended_on IS NULL;
      CREATE INDEX reserve_assignments_slot ON reserve_assignments (slot_id, ended_on);

      -- The office's own officers and employees; signers of documents are marked here.
      CREATE TABLE staff_members (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people (id),
        position TEXT NOT NULL,
        rank TEXT NOT NULL DEFAULT '',
        phone TEXT,
        signer_role TEXT CHECK (signer_role IN ('commander', 'political_officer', 'deputy')),
        signer_title TEXT NOT NULL DEFAULT '',
        sort_order INTEGER NOT NULL DEFAULT 0,
        started_on TEXT,
        ended_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE UNIQUE INDEX staff_members_active_person ON staff_members (person_id) WHERE ended_on IS NULL;

      -- Entered by the office per year; the militia share of the population is computed from it.
      CREATE TABLE locality_populations (
        id TEXT PRIMARY KEY,
        locality_id TEXT NOT NULL REFERENCES localities (id),
        year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
        population INTEGER NOT NULL CHECK (population >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (locality_id, year)
      ) STRICT;

      CREATE TRIGGER people_forces_copy
      AFTER UPDATE OF sort_given, sort_middle, sort_family, birth_date, sex, locality_id ON people
      BEGIN
        UPDATE militia_memberships
          SET sort_given = NEW.sort_given, sort_middle = NEW.sort_middle, sort_family = NEW.sort_family,
              birth_date = NEW.birth_date, sex = NEW.sex
          WHERE person_id = NEW.id;
        UPDATE reservists
          SET sort_given = NEW.sort_given, sort_middle = NEW.sort_middle, sort_family = NEW.sort_family,
              birth_date = NEW.birth_date, sex = NEW.sex, locality_id = NEW.locality_id
          WHERE person_id = NEW.id;
      END;
      CREATE TRIGGER reservists_locality_copy AFTER INSERT ON reservists
      BEGIN
        UPDATE reservists SET locality_id = (SELECT locality_id FROM people WHERE id = NEW.person_id)
          WHERE id = NEW.id;
      END;
      -- The current slot on the reservist row, so "assigned", "in this unit" filter without a join.
      CREATE TRIGGER reserve_assignments_slot_on AFTER INSERT ON reserve_assignments WHEN NEW.ended_on IS NULL
      BEGIN
        UPDATE reservists SET slot_id = NEW.slot_id WHERE id = NEW.reservist_id;
      END;
      CREATE TRIGGER reserve_assignments_slot_off AFTER UPDATE OF ended_on ON reserve_assignments
      WHEN OLD.ended_on IS NULL AND NEW.ended_on IS NOT NULL
      BEGIN
        UPDATE reservists SET slot_id = NULL WHERE id = NEW.reservist_id AND slot_id = NEW.slot_id;
      END;
    `);
  },
};
