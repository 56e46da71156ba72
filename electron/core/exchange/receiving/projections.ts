import { fullNameOfRow, foldVietnamese, vietnameseSortKey } from '../../shared/vietnamese-text';
import type { UpwardEntity } from '../entities';
import type { ProjectionTables } from './db-types';
import type { ReceivingTrx } from './engine';

/**
 * What the aggregated views need of each entity, computed in the program (the same code for both
 * engines) from the sender's row as stored (its schema's column names, migrations 0001–0033). An
 * entity without a projection is kept in x_rows only.
 */
type Row = Record<string, unknown>;
type Columns<T extends keyof ProjectionTables> = Omit<
  ProjectionTables[T],
  'id' | 'origin_code' | 'gid' | 'created_at' | 'updated_at' | 'version'
>;

interface Projection<T extends keyof ProjectionTables> {
  table: T;
  columns(data: Row): Columns<T>;
}

const text = (data: Row, key: string): string => (typeof data[key] === 'string' ? (data[key] as string) : '');
const textOrNull = (data: Row, key: string): string | null =>
  typeof data[key] === 'string' && data[key] !== '' ? (data[key] as string) : null;
const int = (data: Row, key: string): number => (typeof data[key] === 'number' ? Math.trunc(data[key] as number) : 0);
const flag = (value: unknown): number => (value === null || value === undefined || value === '' ? 0 : 1);
/** The year of an ISO date ("2026-03-01" → 2026); 0 when there is none. */
const yearOf = (date: string): number => (/^\d{4}/.test(date) ? Number(date.slice(0, 4)) : 0);

function define<T extends keyof ProjectionTables>(table: T, columns: (data: Row) => Columns<T>): Projection<T> {
  return { table, columns };
}

export const projections: Partial<Record<UpwardEntity, Projection<keyof ProjectionTables>>> = {
  localities: define('x_localities', (d) => ({
    kind: text(d, 'kind'),
    parent_gid: textOrNull(d, 'parent_id'),
    unit_code: textOrNull(d, 'unit_code'),
  })),
  locality_names: define('x_locality_names', (d) => ({
    locality_gid: text(d, 'locality_id'),
    name: text(d, 'name'),
    valid_from: text(d, 'valid_from'),
    valid_to: textOrNull(d, 'valid_to'),
  })),
  locality_populations: define('x_populations', (d) => ({
    locality_gid: text(d, 'locality_id'),
    year: int(d, 'year'),
    population: int(d, 'population'),
  })),
  people: define('x_people', (d) => {
    const fullName = fullNameOfRow({
      family_name: text(d, 'family_name'),
      middle_name: text(d, 'middle_name'),
      given_name: text(d, 'given_name'),
    });
    const citizenId = textOrNull(d, 'citizen_id');
    return {
      citizen_id: citizenId,
      full_name: fullName,
      search_text: foldVietnamese(`${fullName} ${citizenId ?? ''}`),
      sort_key: vietnameseSortKey(`${text(d, 'given_name')} ${text(d, 'middle_name')} ${text(d, 'family_name')}`),
      birth_date: text(d, 'birth_date'),
      sex: text(d, 'sex'),
      locality_gid: textOrNull(d, 'locality_id'),
      archived: flag(d.archived_at),
    };
  }),
  conscription_campaigns: define('x_campaigns', (d) => ({ year: int(d, 'year') })),
  conscription_quotas: define('x_quotas', (d) => ({
    campaign_gid: text(d, 'campaign_id'),
    locality_gid: text(d, 'locality_id'),
    army: int(d, 'army'),
    police: int(d, 'police'),
  })),
  conscription_records: define('x_conscription', (d) => ({
    person_gid: text(d, 'person_id'),
    campaign_gid: text(d, 'campaign_id'),
    state: text(d, 'state'),
    branch: textOrNull(d, 'branch'),
  })),
  militia_units: define('x_militia_units', (d) => ({
    locality_gid: textOrNull(d, 'locality_id'),
    name: text(d, 'name'),
    retired: flag(d.retired_on),
  })),
  militia_memberships: define('x_militia', (d) => ({
    person_gid: text(d, 'person_id'),
    unit_gid: text(d, 'unit_id'),
    active: flag(d.ended_on) ? 0 : 1,
  })),
  reserve_units: define('x_reserve_units', (d) => ({
    name: text(d, 'name'),
    kind: text(d, 'kind'),
    retired: flag(d.retired_on),
  })),
  reserve_slots: define('x_reserve_slots', (d) => ({ unit_gid: text(d, 'unit_id'), required: int(d, 'required') })),
  reservists: define('x_reservists', (d) => ({ person_gid: text(d, 'person_id'), removed: flag(d.removed_on) })),
  reserve_assignments: define('x_reserve_assignments', (d) => ({
    reservist_gid: text(d, 'reservist_id'),
    slot_gid: text(d, 'slot_id'),
    active: flag(d.ended_on) ? 0 : 1,
  })),
  exercises: define('x_exercises', (d) => ({
    year: yearOf(text(d, 'planned_on')),
    status: text(d, 'status'),
    level: text(d, 'level'),
  })),
  training_courses: define('x_training', (d) => ({
    year: yearOf(text(d, 'starts_on')),
    status: text(d, 'status'),
    target: text(d, 'target'),
  })),
};

/**
 * Puts one record's projection in step with its merged state: removed, then written again from
 * the new data unless the record is a tombstone.
 */
export async function project(
  trx: ReceivingTrx,
  entity: UpwardEntity,
  origin: string,
  gid: string,
  data: Row | null,
  stamp: { id: string; at: string },
): Promise<void> {
  const projection = projections[entity];
  if (!projection) return;
  await trx.deleteFrom(projection.table).where('origin_code', '=', origin).where('gid', '=', gid).execute();
  if (data === null) return;
  const row = {
    id: stamp.id,
    origin_code: origin,
    gid,
    ...projection.columns(data),
    created_at: stamp.at,
    updated_at: stamp.at,
    version: 1,
  };
  // The table is chosen from the constant map above, never from input.
  await trx
    .insertInto(projection.table)
    .values(row as never)
    .execute();
}
