import type { Database } from 'better-sqlite3-multiple-ciphers';
import { newId, updateAtVersion } from '../db/records';
import { statement } from '../db/statements';
import type { IsoDate } from '../shared/dates';
import type { ReadinessDocumentKind, ReadinessHolder, ReadinessReview, ReadinessState } from './public-types';
import type { HolderCreateInput, HolderUpdateInput, KindCreateInput, ReviewCreateInput } from './schema';

// Kinds of document ------------------------------------------------------------------------------

const SELECT_KIND = `SELECT id, name, for_office AS forOffice, for_locality AS forLocality,
    for_militia AS forMilitia, sort_order AS sortOrder, active_from AS activeFrom, retired_on AS retiredOn, version
  FROM readiness_document_kinds`;

type KindRow = Omit<ReadinessDocumentKind, 'forOffice' | 'forLocality' | 'forMilitia'> & {
  forOffice: number;
  forLocality: number;
  forMilitia: number;
};
const toKind = (r: KindRow): ReadinessDocumentKind => ({
  ...r,
  forOffice: r.forOffice === 1,
  forLocality: r.forLocality === 1,
  forMilitia: r.forMilitia === 1,
});

/** Kinds in the office's order; with `activeOn`, only those required that day (started, not retired). */
export function listKinds(db: Database, activeOn: IsoDate | null): ReadinessDocumentKind[] {
  const rows = statement(
    db,
    `${SELECT_KIND} WHERE @activeOn IS NULL OR ((active_from IS NULL OR active_from <= @activeOn)
        AND (retired_on IS NULL OR retired_on > @activeOn))
      ORDER BY sort_order, vi_sort_key(name), id`,
  ).all({ activeOn }) as KindRow[];
  return rows.map(toKind);
}

export function findKind(db: Database, id: string): ReadinessDocumentKind | null {
  const row = statement(db, `${SELECT_KIND} WHERE id = ?`).get(id) as KindRow | undefined;
  return row ? toKind(row) : null;
}

export function kindNameTaken(db: Database, name: string, exceptId: string | null): boolean {
  return (
    statement(db, `SELECT 1 FROM readiness_document_kinds WHERE name = @name AND id IS NOT @exceptId`).get({
      name,
      exceptId,
    }) !== undefined
  );
}

const kindParams = (f: Omit<KindCreateInput, 'activeFrom'>) => ({
  name: f.name,
  forOffice: f.forOffice ? 1 : 0,
  forLocality: f.forLocality ? 1 : 0,
  forMilitia: f.forMilitia ? 1 : 0,
  sortOrder: f.sortOrder,
});

export function insertKind(db: Database, f: KindCreateInput & { activeFrom: IsoDate }, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO readiness_document_kinds
       (id, name, for_office, for_locality, for_militia, sort_order, active_from, created_at, updated_at)
     VALUES (@id, @name, @forOffice, @forLocality, @forMilitia, @sortOrder, @activeFrom, @at, @at)`,
  ).run({ id, at, ...kindParams(f), activeFrom: f.activeFrom });
  return id;
}

export function updateKind(
  db: Database,
  row: { id: string; version: number; at: string },
  f: Omit<KindCreateInput, 'activeFrom'> & { activeFrom: IsoDate | null; retiredOn: IsoDate | null },
): boolean {
  return updateAtVersion(
    db,
    'readiness_document_kinds',
    `name = @name, for_office = @forOffice, for_locality = @forLocality, for_militia = @forMilitia,
     sort_order = @sortOrder, active_from = @activeFrom, retired_on = @retiredOn`,
    row,
    { ...kindParams(f), activeFrom: f.activeFrom, retiredOn: f.retiredOn },
  );
}

// Holders ------------------------------------------------------------------------------------------

const SELECT_HOLDER = `SELECT h.id, h.kind, COALESCE(h.locality_id, h.militia_unit_id) AS refId, h.name,
    h.sort_order AS sortOrder, h.active_from AS activeFrom, h.retired_on AS retiredOn, h.version
  FROM readiness_holders h`;
/** The office first, then the wards/communes, then the militia units, each in the office's order. */
const HOLDER_ORDER = `CASE h.kind WHEN 'office' THEN 0 WHEN 'locality' THEN 1 ELSE 2 END, h.sort_order,
  vi_sort_key(h.name), h.id`;
/** Kept on `activeOn` (started, not retired); every holder when it is null. */
const ACTIVE_ON = `(@activeOn IS NULL OR ((h.active_from IS NULL OR h.active_from <= @activeOn)
  AND (h.retired_on IS NULL OR h.retired_on > @activeOn)))`;

export function listHolders(db: Database, activeOn: IsoDate | null): ReadinessHolder[] {
  return statement(db, `${SELECT_HOLDER} WHERE ${ACTIVE_ON} ORDER BY ${HOLDER_ORDER}`).all({
    activeOn,
  }) as ReadinessHolder[];
}

/** One page of the holders active on `activeOn`, in the same order. */
export function pageHolders(
  db: Database,
  activeOn: IsoDate,
  limit: number,
  offset: number,
): { rows: ReadinessHolder[]; total: number } {
  const total = (
    statement(db, `SELECT COUNT(*) AS n FROM readiness_holders h WHERE ${ACTIVE_ON}`).get({ activeOn }) as {
      n: number;
    }
  ).n;
  const rows = statement(
    db,
    `${SELECT_HOLDER} WHERE ${ACTIVE_ON} ORDER BY ${HOLDER_ORDER} LIMIT @limit OFFSET @offset`,
  ).all({ activeOn, limit, offset }) as ReadinessHolder[];
  return { rows, total };
}

export function findHolder(db: Database, id: string): ReadinessHolder | null {
  return (statement(db, `${SELECT_HOLDER} WHERE h.id = ?`).get(id) as ReadinessHolder | undefined) ?? null;
}

/** The holder already kept for the office, that locality or that unit (the unique indexes' question). */
export function holderExists(db: Database, f: HolderCreateInput): boolean {
  return (
    statement(
      db,
      `SELECT 1 FROM readiness_holders WHERE (@kind = 'office' AND kind = 'office')
         OR (@kind = 'locality' AND locality_id = @refId) OR (@kind = 'militia_unit' AND militia_unit_id = @refId)`,
    ).get({ kind: f.kind, refId: f.refId }) !== undefined
  );
}

export function militiaUnitExists(db: Database, id: string): boolean {
  return statement(db, `SELECT 1 FROM militia_units WHERE id = ?`).get(id) !== undefined;
}

export function insertHolder(db: Database, f: HolderCreateInput & { activeFrom: IsoDate }, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO readiness_holders
       (id, kind, locality_id, militia_unit_id, name, sort_order, active_from, created_at, updated_at)
     VALUES (@id, @kind, @localityId, @unitId, @name, @sortOrder, @activeFrom, @at, @at)`,
  ).run({
    id,
    at,
    kind: f.kind,
    localityId: f.kind === 'locality' ? f.refId : null,
    unitId: f.kind === 'militia_unit' ? f.refId : null,
    name: f.name,
    sortOrder: f.sortOrder,
    activeFrom: f.activeFrom,
  });
  return id;
}

export function updateHolder(db: Database, f: HolderUpdateInput & { activeFrom: IsoDate | null }, at: string): boolean {
  return updateAtVersion(
    db,
    'readiness_holders',
    'name = @name, sort_order = @sortOrder, active_from = @activeFrom, retired_on = @retiredOn',
    { id: f.id, version: f.version, at },
    { name: f.name, sortOrder: f.sortOrder, activeFrom: f.activeFrom, retiredOn: f.retiredOn },
  );
}

// Reviews ------------------------------------------------------------------------------------------

const SELECT_REVIEW = `SELECT r.id, r.holder_id AS holderId, r.kind_id AS kindId, r.reviewed_on AS reviewedOn,
    r.reviewer, r.state, r.note, r.created_at AS createdAt
  FROM readiness_document_reviews r`;
export function listReviews(db: Database, holderId: string, kindId: string): ReadinessReview[] {
  return statement(
    db,
    // The later review first; on the same day, the one recorded later.
    `${SELECT_REVIEW} WHERE r.holder_id = ? AND r.kind_id = ? ORDER BY r.reviewed_on DESC, r.created_at DESC, r.rowid DESC`,
  ).all(holderId, kindId) as ReadinessReview[];
}

export function findReview(db: Database, id: string): ReadinessReview | null {
  return (statement(db, `${SELECT_REVIEW} WHERE r.id = ?`).get(id) as ReadinessReview | undefined) ?? null;
}

/** The date of the document's last review, whatever its date (the order rule's question). */
export function lastReviewedOn(db: Database, holderId: string, kindId: string): IsoDate | null {
  const row = statement(
    db,
    `SELECT MAX(reviewed_on) AS d FROM readiness_document_reviews WHERE holder_id = ? AND kind_id = ?`,
  ).get(holderId, kindId) as { d: string | null };
  return row.d;
}

export function insertReview(db: Database, f: ReviewCreateInput, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO readiness_document_reviews (id, holder_id, kind_id, reviewed_on, reviewer, state, note, created_at, updated_at)
     VALUES (@id, @holderId, @kindId, @reviewedOn, @reviewer, @state, @note, @at, @at)`,
  ).run({ id, at, ...f });
  return id;
}

export interface LatestReview {
  holderId: string;
  kindId: string;
  state: ReadinessState;
  reviewedOn: IsoDate;
  reviewer: string;
  note: string;
}

/**
 * Each document's last review on or before `asOf` (its state on that day), for the holders listed
 * (all holders when `holderIds` is null).
 */
export function latestReviews(db: Database, asOf: IsoDate, holderIds: readonly string[] | null = null): LatestReview[] {
  return statement(
    db,
    `SELECT r.holder_id AS holderId, r.kind_id AS kindId, r.state, r.reviewed_on AS reviewedOn, r.reviewer, r.note
       FROM readiness_document_reviews r
      WHERE (@ids IS NULL OR r.holder_id IN (SELECT value FROM json_each(@ids)))
        AND r.id = (SELECT r2.id FROM readiness_document_reviews r2
                     WHERE r2.holder_id = r.holder_id AND r2.kind_id = r.kind_id AND r2.reviewed_on <= @asOf
                     ORDER BY r2.reviewed_on DESC, r2.created_at DESC, r2.rowid DESC LIMIT 1)`,
  ).all({ asOf, ids: holderIds === null ? null : JSON.stringify(holderIds) }) as LatestReview[];
}

/** How many documents (holder × kind) were reviewed at least once in [from, to]. */
export function documentsReviewedIn(db: Database, from: IsoDate, to: IsoDate): number {
  return (
    statement(
      db,
      `SELECT COUNT(*) AS n FROM (SELECT DISTINCT holder_id, kind_id FROM readiness_document_reviews
         WHERE reviewed_on BETWEEN @from AND @to)`,
    ).get({ from, to }) as { n: number }
  ).n;
}
