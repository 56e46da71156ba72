import type { Database } from 'better-sqlite3-multiple-ciphers';
import { newId } from '../../db/records';
import { statement } from '../../db/statements';
import { type FocusAnswer, focusPage, rowsOfIds } from '../../db/paging';
import { whereClause } from '../../db/where';
import { localityAndParentNames, localityNameOn, withinLocality } from '../../localities';
import { personOfJoinedRow, personSearchFilter } from '../../people';
import type { ConscriptionState, RegistrationMethod } from '../states';
import { bodyMassIndex } from '../health-standards';
import type { ConscriptionRecordView, ConscriptionTransition, RecordFacts, SpecialtyNotes } from './view';

export const EMPTY_FACTS: RecordFacts = {
  registeredOn: null,
  registrationCertificate: '',
  registrationMethod: null,
  healthClass: null,
  healthNotes: '',
  heightCm: null,
  weightKg: null,
  refractionRight: null,
  refractionLeft: null,
  specialtyNotes: {},
  legalPoint: null,
  deferralYear: null,
  studyDeferral: false,
  orderNumber: null,
  orderDate: null,
  orderDeliveredOn: null,
  reportDate: null,
  reportTime: '',
  reportPlace: '',
  handedOverOn: null,
  receivingUnit: '',
  branch: null,
  reason: '',
};

// Names as of the campaign's first handover day, so a later rename does not rewrite the year's lists.
const SELECT_VIEW = `
  SELECT r.*, p.family_name, p.middle_name, p.given_name, p.birth_date, p.sex, p.citizen_id, p.locality_id,
    p.address, p.ethnicity, p.religion, p.education, p.occupation, p.sort_given, p.sort_middle, p.sort_family,
    ${localityAndParentNames('p.locality_id', 'locality_name', 'locality_parent_name')}
  FROM conscription_records r
  JOIN people p ON p.id = r.person_id
  JOIN conscription_campaigns c ON c.id = r.campaign_id`;

type Row = Record<string, unknown> & { id: string };

function toView(r: Row): ConscriptionRecordView {
  const s = (k: string) => r[k] as string;
  const n = (k: string) => r[k] as string | null;
  return {
    id: r.id,
    campaignId: s('campaign_id'),
    personId: s('person_id'),
    state: r.state as ConscriptionState,
    stateSince: s('state_since'),
    ...personOfJoinedRow(r),
    familyName: s('family_name'),
    middleName: s('middle_name'),
    givenName: s('given_name'),
    localityId: n('locality_id'),
    localityName: n('locality_name'),
    localityParentName: n('locality_parent_name'),
    address: s('address'),
    ethnicity: s('ethnicity'),
    religion: s('religion'),
    education: s('education'),
    occupation: s('occupation'),
    registeredOn: n('registered_on'),
    registrationCertificate: s('registration_certificate'),
    registrationMethod: r.registration_method as RegistrationMethod | null,
    healthClass: r.health_class as number | null,
    healthNotes: s('health_notes'),
    heightCm: r.height_cm as number | null,
    weightKg: r.weight_kg as number | null,
    refractionRight: r.refraction_right as number | null,
    refractionLeft: r.refraction_left as number | null,
    specialtyNotes: JSON.parse(s('specialty_notes_json')) as SpecialtyNotes,
    bmi: bodyMassIndex(r.height_cm as number | null, r.weight_kg as number | null),
    legalPoint: n('legal_point'),
    deferralYear: r.deferral_year as number | null,
    studyDeferral: r.study_deferral === 1,
    orderNumber: r.order_number as number | null,
    orderDate: n('order_date'),
    orderDeliveredOn: n('order_delivered_on'),
    reportDate: n('report_date'),
    reportTime: s('report_time'),
    reportPlace: s('report_place'),
    handedOverOn: n('handed_over_on'),
    receivingUnit: s('receiving_unit'),
    branch: r.branch as 'army' | 'police' | null,
    reason: s('reason'),
    version: r.version as number,
  };
}

export function findRecord(db: Database, id: string): ConscriptionRecordView | null {
  const row = statement(db, `${SELECT_VIEW} WHERE r.id = @id`).get({ id, asOf: asOfFor(db, id) }) as Row | undefined;
  return row ? toView(row) : null;
}

function asOfFor(db: Database, recordId: string): string {
  const row = statement(
    db,
    `SELECT c.handover_start AS d FROM conscription_records r JOIN conscription_campaigns c ON c.id = r.campaign_id
     WHERE r.id = ?`,
  ).get(recordId) as { d: string } | undefined;
  return row?.d ?? '9999-12-31';
}

export function findRecordFor(db: Database, personId: string, campaignId: string): string | null {
  const row = statement(db, `SELECT id FROM conscription_records WHERE person_id = ? AND campaign_id = ?`).get(
    personId,
    campaignId,
  ) as { id: string } | undefined;
  return row?.id ?? null;
}

export interface RecordQuery {
  campaignId: string;
  handoverDate: string;
  states?: readonly ConscriptionState[];
  localityId?: string;
  search?: string;
  healthClass?: number;
  /** Birth-date window computed by the service from the age filter. */
  bornFrom?: string;
  bornTo?: string;
  sort: 'locality' | 'name' | 'orderNumber';
  limit: number;
  offset: number;
  /** A record just saved: the page (of `limit` rows) holding it is read instead of `offset`'s. */
  focusId?: string;
}

// Fixed ORDER BY fragments. Locality order uses the Vietnamese sort key of each ward/commune's name on
// the handover date (computed once per locality in the CTE below), then Vietnamese name order.
const NAME_ORDER = 'p.sort_given, p.sort_middle, p.sort_family, r.id';
const ORDER_BY = {
  name: NAME_ORDER,
  orderNumber: `r.order_number IS NULL, r.order_number, ${NAME_ORDER}`,
  locality: `COALESCE(up.sort_key, own.sort_key) IS NULL, COALESCE(up.sort_key, own.sort_key), own.sort_key, ${NAME_ORDER}`,
} as const;

const LOCALITY_KEYS = `loc AS MATERIALIZED (
  SELECT l.id, l.parent_id, vi_sort_key(${localityNameOn('l.id')}) AS sort_key FROM localities l)`;

export function queryRecords(
  db: Database,
  q: RecordQuery,
): { rows: ConscriptionRecordView[]; total: number } & FocusAnswer {
  const search = personSearchFilter(q.search ?? '');
  const where = whereClause([
    ['r.campaign_id = @campaignId', { campaignId: q.campaignId }],
    // One bound parameter per state; the states come from a fixed enum, never free text.
    q.states &&
      q.states.length > 0 && [
        `r.state IN (${q.states.map((_, i) => `@state${i}`).join(', ')})`,
        Object.fromEntries(q.states.map((state, i) => [`state${i}`, state])),
      ],
    withinLocality('p.locality_id', q.localityId),
    q.healthClass !== undefined && ['r.health_class = @healthClass', { healthClass: q.healthClass }],
    q.bornFrom && ['p.birth_date >= @bornFrom', { bornFrom: q.bornFrom }],
    q.bornTo && ['p.birth_date <= @bornTo', { bornTo: q.bornTo }],
    search,
  ]);
  const params = { ...where.params, asOf: q.handoverDate };
  const countSql = `SELECT COUNT(*) AS n FROM conscription_records r JOIN people p ON p.id = r.person_id ${where.sql}`;
  // A ward/commune or a search narrows the set: count it in the page query's own pass (a window
  // count) instead of a second pass. Unnarrowed, the separate index-only count is cheaper than
  // keeping every row for the window, so it stays.
  const narrowed = Boolean(q.localityId) || search !== null;
  const from = `conscription_records r JOIN people p ON p.id = r.person_id
     LEFT JOIN loc own ON own.id = p.locality_id LEFT JOIN loc up ON up.id = own.parent_id`;
  const focus = focusPage(
    db,
    { with: LOCALITY_KEYS, select: `SELECT r.id FROM ${from}`, where, orderBy: ORDER_BY[q.sort], params },
    { page: Math.floor(q.offset / q.limit) + 1, pageSize: q.limit, focusId: q.focusId },
  );
  const offset = (focus.page - 1) * q.limit;
  // Two steps: order and page on cheap columns, then build the full rows for that page only
  // (the view's locality-name subqueries would otherwise run for every matching row before sorting).
  const page = statement(
    db,
    `WITH ${LOCALITY_KEYS}
     SELECT r.id${narrowed ? ', COUNT(*) OVER () AS total' : ''} FROM ${from}
     ${where.sql} ORDER BY ${ORDER_BY[q.sort]} LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit: q.limit, offset }) as Array<{ id: string; total?: number }>;
  const ids = page.map((r) => r.id);
  // A page past the end has no row to carry the window count.
  const total =
    narrowed && page.length > 0 ? page[0]!.total! : (statement(db, countSql).get(params) as { n: number }).n;
  const rows = rowsOfIds(db, { select: SELECT_VIEW, idColumn: 'r.id', params: { asOf: q.handoverDate } }, ids, toView);
  return { rows, total, ...focus };
}

export function insertRecord(
  db: Database,
  values: { personId: string; campaignId: string; state: ConscriptionState; stateSince: string; facts: RecordFacts },
  at: string,
): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO conscription_records (id, person_id, campaign_id, state, state_since, created_at, updated_at, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, 1)`,
  ).run(id, values.personId, values.campaignId, values.state, values.stateSince, at, at);
  writeFacts(db, id, values.facts);
  return id;
}

function writeFacts(db: Database, id: string, f: RecordFacts): void {
  const { specialtyNotes, ...rest } = f;
  statement(
    db,
    `UPDATE conscription_records SET registered_on = @registeredOn, registration_certificate = @registrationCertificate,
       registration_method = @registrationMethod,
       health_class = @healthClass, health_notes = @healthNotes, height_cm = @heightCm, weight_kg = @weightKg,
       refraction_right = @refractionRight, refraction_left = @refractionLeft,
       specialty_notes_json = @specialtyNotesJson, legal_point = @legalPoint,
       deferral_year = @deferralYear, study_deferral = @studyDeferral, order_number = @orderNumber,
       order_date = @orderDate, order_delivered_on = @orderDeliveredOn, report_date = @reportDate, report_time = @reportTime, report_place = @reportPlace,
       handed_over_on = @handedOverOn, receiving_unit = @receivingUnit, branch = @branch, reason = @reason
     WHERE id = @id`,
  ).run({ ...rest, specialtyNotesJson: JSON.stringify(specialtyNotes), studyDeferral: f.studyDeferral ? 1 : 0, id });
}

/** Moves a record to `state` with `facts` if it is still at `version`; false on a concurrent change. */
export function updateRecord(
  db: Database,
  id: string,
  version: number,
  state: ConscriptionState,
  stateSince: string,
  facts: RecordFacts,
  at: string,
): boolean {
  const changed = statement(
    db,
    `UPDATE conscription_records SET state = ?, state_since = ?, updated_at = ?, version = version + 1
     WHERE id = ? AND version = ?`,
  ).run(state, stateSince, at, id, version).changes;
  if (changed !== 1) return false;
  writeFacts(db, id, facts);
  return true;
}

export function insertTransition(
  db: Database,
  t: Omit<ConscriptionTransition, 'id' | 'createdAt' | 'undoneAt' | 'undoReason'> & {
    recordId: string;
    /** What an undo restores: the record's state, its date and facts before the step. */
    before?: UndoSnapshot;
    /** The record's version right after the step: a later change means something builds on it. */
    recordVersion?: number;
  },
  at: string,
): void {
  statement(
    db,
    `INSERT INTO conscription_transitions (id, record_id, from_state, to_state, on_date, actor, note, document_number,
       details_json, is_correction, before_json, record_version, created_at, updated_at, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  ).run(
    newId(),
    t.recordId,
    t.fromState,
    t.toState,
    t.onDate,
    t.actor,
    t.note,
    t.documentNumber,
    JSON.stringify(t.details),
    t.isCorrection ? 1 : 0,
    t.before ? JSON.stringify(t.before) : null,
    t.recordVersion ?? null,
    at,
    at,
  );
}

/** A record as it stood before a step: enough to put it back. */
export interface UndoSnapshot {
  state: ConscriptionState;
  stateSince: string;
  facts: RecordFacts;
}

/** The record's newest step still in force (by the order they were written), with what an undo needs. */
export function lastStepInForce(
  db: Database,
  recordId: string,
): {
  id: string;
  fromState: ConscriptionState | null;
  toState: ConscriptionState;
  createdAt: string;
  before: UndoSnapshot | null;
  recordVersion: number | null;
} | null {
  const r = statement(
    db,
    `SELECT id, from_state, to_state, created_at, before_json, record_version FROM conscription_transitions
      WHERE record_id = ? AND undone_at IS NULL ORDER BY rowid DESC LIMIT 1`,
  ).get(recordId) as Row | undefined;
  if (!r) return null;
  return {
    id: r.id,
    fromState: r.from_state as ConscriptionState | null,
    toState: r.to_state as ConscriptionState,
    createdAt: r.created_at as string,
    before: r.before_json ? (JSON.parse(r.before_json as string) as UndoSnapshot) : null,
    recordVersion: r.record_version as number | null,
  };
}

/** After an undo the step before stands as the record's last again, at the version the undo left. */
export function setStepRecordVersion(db: Database, id: string, recordVersion: number): void {
  statement(db, `UPDATE conscription_transitions SET record_version = ? WHERE id = ?`).run(recordVersion, id);
}

export function markStepUndone(db: Database, id: string, reason: string, at: string): void {
  statement(
    db,
    `UPDATE conscription_transitions SET undone_at = ?, undo_reason = ?, updated_at = ?, version = version + 1
      WHERE id = ?`,
  ).run(at, reason, at, id);
}

/**
 * The register number of a call-up order document issued for this record since `since` (the
 * register is append-only and read here for this one question: an issued order cannot be unsaid —
 * until it is withdrawn from the register, which is the clerk's way out of an order issued by mistake).
 */
export function callUpOrderIssuedSince(
  db: Database,
  campaignId: string,
  recordId: string,
  since: string,
): string | null {
  const r = statement(
    db,
    `SELECT d.summary FROM document_register d
      WHERE d.kind = 'conscription.callUpOrders' AND d.created_at >= ? AND d.withdrawn_at IS NULL
        AND json_extract(d.input_json, '$.campaignId') = ?
        AND (json_extract(d.input_json, '$.recordIds') IS NULL
          OR EXISTS (SELECT 1 FROM json_each(d.input_json, '$.recordIds') WHERE value = ?))
      ORDER BY d.created_at DESC LIMIT 1`,
  ).get(since, campaignId, recordId) as { summary: string } | undefined;
  return r ? r.summary : null;
}

export function transitionsOf(db: Database, recordId: string): ConscriptionTransition[] {
  const rows = statement(
    db,
    `SELECT * FROM conscription_transitions WHERE record_id = ? ORDER BY on_date, created_at, rowid`,
  ).all(recordId) as Row[];
  return rows.map((r) => ({
    id: r.id,
    fromState: r.from_state as ConscriptionState | null,
    toState: r.to_state as ConscriptionState,
    onDate: r.on_date as string,
    actor: r.actor as string,
    note: r.note as string,
    documentNumber: r.document_number as string,
    details: JSON.parse(r.details_json as string) as Record<string, unknown>,
    isCorrection: r.is_correction === 1,
    undoneAt: r.undone_at as string | null,
    undoReason: r.undo_reason as string,
    createdAt: r.created_at as string,
  }));
}

/**
 * The last day each record reached each of `states` (a correction counts: it re-did the step), for
 * the records of a page: record id → state → date.
 */
export function stepDatesOf(
  db: Database,
  recordIds: readonly string[],
  states: readonly ConscriptionState[],
): Map<string, Partial<Record<ConscriptionState, string>>> {
  const rows = statement(
    db,
    `SELECT record_id, to_state, MAX(on_date) AS on_date FROM conscription_transitions
      WHERE record_id IN (SELECT value FROM json_each(?)) AND to_state IN (SELECT value FROM json_each(?))
        AND undone_at IS NULL
      GROUP BY record_id, to_state`,
  ).all(JSON.stringify(recordIds), JSON.stringify(states)) as {
    record_id: string;
    to_state: ConscriptionState;
    on_date: string;
  }[];
  const dates = new Map<string, Partial<Record<ConscriptionState, string>>>();
  for (const row of rows) dates.set(row.record_id, { ...dates.get(row.record_id), [row.to_state]: row.on_date });
  return dates;
}

export function nextOrderNumber(db: Database, campaignId: string): number {
  const row = statement(
    db,
    `SELECT COALESCE(MAX(order_number), 0) + 1 AS n FROM conscription_records WHERE campaign_id = ?`,
  ).get(campaignId) as { n: number };
  return row.n;
}

/** Records (or clears) the day the call-up order reached the citizen, if the record is still at `version`. */
export function updateOrderDelivered(
  db: Database,
  id: string,
  version: number,
  deliveredOn: string | null,
  at: string,
): boolean {
  return (
    statement(
      db,
      `UPDATE conscription_records SET order_delivered_on = ?, updated_at = ?, version = version + 1
       WHERE id = ? AND version = ?`,
    ).run(deliveredOn, at, id, version).changes === 1
  );
}
