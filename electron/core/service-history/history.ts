import type { ReservistCategory } from '../../../vocabulary/reserves';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ApiContext } from '../kernel/context';
import type { ConscriptionState, ServiceBranch } from '../conscription';
import { statement } from '../db/statements';
import { localityNameOn } from '../localities';
import { coursesOfPerson } from '../training';
import type { TrainingResult, TrainingStatus, TrainingTarget } from '../training';
import { getPerson } from '../people';

/**
 * Everything the records say about one person's service, read straight from
 * each feature's tables (the person page must not wait on every feature's
 * service): conscription per campaign, militia memberships, reservist
 * registration and reserve-unit assignments, office staff. Codes are returned,
 * never labels: the renderer's catalogue words them.
 */

/** A conscription record in one campaign, with its key dates. */
export interface ConscriptionHistoryEntry {
  kind: 'conscription';
  id: string;
  /** The first step recorded (registration, or entry into the campaign's pool). */
  from: string | null;
  to: string | null;
  campaignYear: number;
  campaignTitle: string;
  state: ConscriptionState;
  stateSince: string;
  registeredOn: string | null;
  healthClass: number | null;
  /** A deferral (Art. 41(1)) or exemption (Art. 41(2)) point, when the record is in that state. */
  legalPoint: { kind: 'deferral' | 'exemption'; point: string } | null;
  deferralYear: number | null;
  orderNumber: number | null;
  orderDate: string | null;
  handedOverOn: string | null;
  receivingUnit: string;
  branch: ServiceBranch | null;
  reason: string;
}

export interface MilitiaHistoryEntry {
  kind: 'militia';
  id: string;
  from: string;
  to: string | null;
  unitName: string;
  unitLevel: string;
  force: 'militia' | 'self_defence';
  component: string;
  /** The commune or ward the unit belongs to (its name when the membership began), or the agency for self-defence. */
  unitPlace: string;
  position: string;
  volunteer: boolean;
  partyMember: boolean;
  youthUnion: boolean;
  startedOn: string;
  termEndsOn: string;
  extendedUntil: string | null;
  endedOn: string | null;
  endReason: string | null;
}

export interface ReservistHistoryEntry {
  kind: 'reservist';
  id: string;
  from: string;
  to: string | null;
  category: ReservistCategory;
  grade: 1 | 2;
  rank: string | null;
  specialtyCode: string | null;
  specialtyName: string | null;
  formerUnit: string;
  serviceFrom: string | null;
  serviceTo: string | null;
  registeredOn: string;
  removedOn: string | null;
  removalReason: string;
}

export interface ReserveAssignmentHistoryEntry {
  kind: 'reserve_assignment';
  id: string;
  from: string;
  to: string | null;
  unitName: string;
  unitKind: 'combat' | 'support';
  receivingUnit: string;
  slotTitle: string;
  specialtyCode: string;
  specialtyName: string;
  assignedOn: string;
  endedOn: string | null;
  endReason: string;
}

export interface StaffHistoryEntry {
  kind: 'staff';
  id: string;
  from: string | null;
  to: string | null;
  position: string;
  rank: string;
  signerRole: 'commander' | 'political_officer' | 'deputy' | null;
  startedOn: string | null;
  endedOn: string | null;
}

/** Taking part in a training course (huấn luyện), with the days attended and the result. */
export interface TrainingHistoryEntry {
  kind: 'training';
  id: string;
  from: string;
  to: string;
  courseId: string;
  courseTitle: string;
  target: TrainingTarget;
  status: TrainingStatus;
  plannedDays: number;
  /** Present days when marked per day, else the total entered; null when nothing is recorded. */
  attendedDays: number | null;
  result: TrainingResult | null;
}

export type ServiceHistoryEntry =
  | ConscriptionHistoryEntry
  | MilitiaHistoryEntry
  | ReservistHistoryEntry
  | ReserveAssignmentHistoryEntry
  | StaffHistoryEntry
  | TrainingHistoryEntry;

export interface ServiceHistory {
  personId: string;
  fullName: string;
  birthDate: string;
  /** In date order (by `from`; undated entries last), whatever their kind. */
  entries: ServiceHistoryEntry[];
}

const KIND_ORDER: Record<ServiceHistoryEntry['kind'], number> = {
  conscription: 0,
  militia: 1,
  reservist: 2,
  reserve_assignment: 3,
  staff: 4,
  training: 5,
};

export function personServiceHistory(ctx: ApiContext, personId: string): ServiceHistory {
  const person = getPerson(ctx, personId);
  const entries: ServiceHistoryEntry[] = [
    ...conscriptionEntries(ctx.db, personId),
    ...militiaEntries(ctx.db, personId),
    ...reservistEntries(ctx.db, personId),
    ...assignmentEntries(ctx.db, personId),
    ...staffEntries(ctx.db, personId),
    ...trainingEntries(ctx.db, personId),
  ];
  entries.sort(
    (a, b) =>
      (a.from === null ? 1 : 0) - (b.from === null ? 1 : 0) ||
      (a.from ?? '').localeCompare(b.from ?? '') ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  );
  return { personId, fullName: person.fullName, birthDate: person.birthDate, entries };
}

interface ConscriptionRow {
  id: string;
  year: number;
  title: string;
  state: ConscriptionState;
  state_since: string;
  registered_on: string | null;
  health_class: number | null;
  legal_point: string | null;
  deferral_year: number | null;
  order_number: number | null;
  order_date: string | null;
  handed_over_on: string | null;
  receiving_unit: string;
  branch: ServiceBranch | null;
  reason: string;
  first_on: string | null;
}

function conscriptionEntries(db: Database, personId: string): ConscriptionHistoryEntry[] {
  const rows = statement(
    db,
    `SELECT r.*, c.year, c.title,
        (SELECT MIN(t.on_date) FROM conscription_transitions t WHERE t.record_id = r.id) AS first_on
       FROM conscription_records r JOIN conscription_campaigns c ON c.id = r.campaign_id
       WHERE r.person_id = ? ORDER BY c.year`,
  ).all(personId) as ConscriptionRow[];
  return rows.map((r) => {
    const pointKind = r.state === 'deferred' ? 'deferral' : r.state === 'exempted' ? 'exemption' : null;
    const from = [r.registered_on, r.first_on].filter((d): d is string => d !== null).sort()[0] ?? null;
    return {
      kind: 'conscription',
      id: r.id,
      from,
      to: r.handed_over_on ?? (r.state === 'removed' ? r.state_since : null),
      campaignYear: r.year,
      campaignTitle: r.title,
      state: r.state,
      stateSince: r.state_since,
      registeredOn: r.registered_on,
      healthClass: r.health_class,
      legalPoint: pointKind && r.legal_point ? { kind: pointKind, point: r.legal_point } : null,
      deferralYear: r.deferral_year,
      orderNumber: r.order_number,
      orderDate: r.order_date,
      handedOverOn: r.handed_over_on,
      receivingUnit: r.receiving_unit,
      branch: r.branch,
      reason: r.reason,
    };
  });
}

// The commune's name when the membership began: old records keep the names of their time.
const PLACE_NAME_AT_START = localityNameOn('u.locality_id').replaceAll('@asOf', 'm.started_on');

interface MilitiaRow {
  id: string;
  unit_name: string;
  level: string;
  force: 'militia' | 'self_defence';
  component: string;
  agency: string;
  place_name: string | null;
  position: string;
  volunteer: number;
  party_member: number;
  youth_union: number;
  started_on: string;
  term_ends_on: string;
  extended_until: string | null;
  ended_on: string | null;
  end_reason: string | null;
}

function militiaEntries(db: Database, personId: string): MilitiaHistoryEntry[] {
  const rows = statement(
    db,
    `SELECT m.*, u.name AS unit_name, u.level, u.force, u.component, u.agency,
        ${PLACE_NAME_AT_START} AS place_name
       FROM militia_memberships m JOIN militia_units u ON u.id = m.unit_id
       WHERE m.person_id = @personId ORDER BY m.started_on, m.id`,
  ).all({ personId }) as MilitiaRow[];
  return rows.map((r) => ({
    kind: 'militia',
    id: r.id,
    from: r.started_on,
    to: r.ended_on,
    unitName: r.unit_name,
    unitLevel: r.level,
    force: r.force,
    component: r.component,
    unitPlace: r.place_name ?? r.agency,
    position: r.position,
    volunteer: r.volunteer === 1,
    partyMember: r.party_member === 1,
    youthUnion: r.youth_union === 1,
    startedOn: r.started_on,
    termEndsOn: r.term_ends_on,
    extendedUntil: r.extended_until,
    endedOn: r.ended_on,
    endReason: r.end_reason,
  }));
}

/*
 * The reserve and staff entries are read with their fields already named as the entry has them
 * (column AS field), so a row needs only its kind and period added.
 */
type Fields<E> = Omit<E, 'kind' | 'from' | 'to'>;

function reservistEntries(db: Database, personId: string): ReservistHistoryEntry[] {
  const rows = statement(
    db,
    `SELECT r.id, r.category, r.grade, r.rank, s.code AS specialtyCode, s.name AS specialtyName,
        r.former_unit AS formerUnit, r.service_from AS serviceFrom, r.service_to AS serviceTo,
        r.registered_on AS registeredOn, r.removed_on AS removedOn, r.removal_reason AS removalReason
       FROM reservists r LEFT JOIN military_specialties s ON s.id = r.specialty_id
       WHERE r.person_id = ?`,
  ).all(personId) as Array<Fields<ReservistHistoryEntry>>;
  return rows.map((r) => ({ kind: 'reservist', from: r.registeredOn, to: r.removedOn, ...r }));
}

function assignmentEntries(db: Database, personId: string): ReserveAssignmentHistoryEntry[] {
  const rows = statement(
    db,
    `SELECT a.id, u.name AS unitName, u.kind AS unitKind, u.receiving_unit AS receivingUnit,
        sl.title AS slotTitle, sp.code AS specialtyCode, sp.name AS specialtyName,
        a.assigned_on AS assignedOn, a.ended_on AS endedOn, a.end_reason AS endReason
       FROM reserve_assignments a
       JOIN reservists r ON r.id = a.reservist_id
       JOIN reserve_slots sl ON sl.id = a.slot_id
       JOIN reserve_units u ON u.id = sl.unit_id
       JOIN military_specialties sp ON sp.id = sl.specialty_id
       WHERE r.person_id = ? ORDER BY a.assigned_on, a.id`,
  ).all(personId) as Array<Fields<ReserveAssignmentHistoryEntry>>;
  return rows.map((r) => ({ kind: 'reserve_assignment', from: r.assignedOn, to: r.endedOn, ...r }));
}

function staffEntries(db: Database, personId: string): StaffHistoryEntry[] {
  const rows = statement(
    db,
    `SELECT id, position, rank, signer_role AS signerRole, started_on AS startedOn, ended_on AS endedOn
       FROM staff_members WHERE person_id = ? ORDER BY started_on, created_at`,
  ).all(personId) as Array<Fields<StaffHistoryEntry>>;
  return rows.map((r) => ({ kind: 'staff', from: r.startedOn, to: r.endedOn, ...r }));
}

function trainingEntries(db: Database, personId: string): TrainingHistoryEntry[] {
  return coursesOfPerson(db, personId).map((r) => ({
    kind: 'training',
    id: r.id,
    from: r.startsOn,
    to: r.endsOn,
    courseId: r.courseId,
    courseTitle: r.title,
    target: r.target,
    status: r.status,
    plannedDays: r.plannedDays,
    attendedDays: r.attendedDays,
    result: r.result,
  }));
}
