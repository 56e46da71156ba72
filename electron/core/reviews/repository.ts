import type { Database } from 'better-sqlite3-multiple-ciphers';
import { statement } from '../db/statements';
import type { ReviewPeriodKind, ReviewReportRow, ReviewVersionRow } from './public-types';

interface ReportRow {
  id: string;
  period_kind: ReviewPeriodKind;
  date_from: string;
  date_to: string;
  title: string;
  current_version: number;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface StoredVersion extends ReviewVersionRow {
  sectionsJson: string;
  figuresJson: string;
}

const toRow = (r: ReportRow): ReviewReportRow => ({
  id: r.id,
  periodKind: r.period_kind,
  year: Number(r.date_from.slice(0, 4)),
  from: r.date_from,
  to: r.date_to,
  title: r.title,
  currentVersion: r.current_version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

/** Newest period first (by its end, then its start: the second half before the whole year). */
export function listReports(
  db: Database,
  input: { page: number; pageSize: number; year?: number },
): { rows: ReviewReportRow[]; total: number } {
  const where = input.year === undefined ? '' : `WHERE substr(date_from, 1, 4) = @year`;
  const params = input.year === undefined ? {} : { year: String(input.year) };
  const total = (statement(db, `SELECT COUNT(*) AS n FROM review_reports ${where}`).get(params) as { n: number }).n;
  const rows = statement(
    db,
    `SELECT * FROM review_reports ${where}
      ORDER BY date_to DESC, date_from DESC, created_at DESC, id LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit: input.pageSize, offset: (input.page - 1) * input.pageSize }) as ReportRow[];
  return { rows: rows.map(toRow), total };
}

export function findReport(db: Database, id: string): ReviewReportRow | null {
  const r = statement(db, `SELECT * FROM review_reports WHERE id = ?`).get(id) as ReportRow | undefined;
  return r ? toRow(r) : null;
}

export function insertReport(
  db: Database,
  r: { id: string; kind: ReviewPeriodKind; from: string; to: string; title: string },
  at: string,
): void {
  statement(
    db,
    `INSERT INTO review_reports (id, period_kind, date_from, date_to, title, current_version, created_at, updated_at, version)
     VALUES (@id, @kind, @from, @to, @title, 1, @at, @at, 1)`,
  ).run({ ...r, at });
}

/** Moves the report to a new current version; false when someone saved in between. */
export function bumpReport(db: Database, id: string, version: number, versionNo: number, at: string): boolean {
  return (
    statement(
      db,
      `UPDATE review_reports SET current_version = @versionNo, updated_at = @at, version = version + 1
        WHERE id = @id AND version = @version`,
    ).run({ id, version, versionNo, at }).changes === 1
  );
}

export function insertVersion(
  db: Database,
  v: { id: string; reportId: string; versionNo: number; sectionsJson: string; figuresJson: string; savedBy: string },
  at: string,
): void {
  statement(
    db,
    `INSERT INTO review_report_versions
       (id, report_id, version_no, sections_json, figures_json, saved_by, created_at, updated_at, version)
     VALUES (@id, @reportId, @versionNo, @sectionsJson, @figuresJson, @savedBy, @at, @at, 1)`,
  ).run({ ...v, at });
}

export function findVersion(db: Database, reportId: string, versionNo: number): StoredVersion | null {
  const r = statement(
    db,
    `SELECT version_no AS versionNo, created_at AS savedAt, saved_by AS savedBy,
            sections_json AS sectionsJson, figures_json AS figuresJson
       FROM review_report_versions WHERE report_id = ? AND version_no = ?`,
  ).get(reportId, versionNo) as StoredVersion | undefined;
  return r ?? null;
}

export function listVersions(db: Database, reportId: string): ReviewVersionRow[] {
  return statement(
    db,
    `SELECT version_no AS versionNo, created_at AS savedAt, saved_by AS savedBy
       FROM review_report_versions WHERE report_id = ? ORDER BY version_no DESC`,
  ).all(reportId) as ReviewVersionRow[];
}
