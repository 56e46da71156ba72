import type { Database } from 'better-sqlite3-multiple-ciphers';
import { updateAtVersion } from '../../db/records';
import { statement } from '../../db/statements';
import { foldVietnamese } from '../../shared/vietnamese-text';
import type { RegisterEntry } from './public-types';

/**
 * A register row as stored: the entry the renderer sees (public-types.ts) with the kind as the
 * text the table holds, and the entry it replaces as columns rather than a link.
 */
export interface RegisterRow extends Omit<
  RegisterEntry,
  'kind' | 'kindLabel' | 'reference' | 'replaces' | 'withdrawn'
> {
  kind: string;
  withdrawnAt: string | null;
  withdrawnReason: string | null;
  withdrawnBy: string | null;
  replacesId: string | null;
  replacesNumber: number | null;
  replacesTypeCode: string | null;
  replacesIssuedOn: string | null;
}

/** A new row: the entry's own columns, what it was built from, and the file (its size is taken from it). */
export interface RegisterInsert extends Omit<
  RegisterRow,
  | 'fileSize'
  | 'replacesNumber'
  | 'replacesTypeCode'
  | 'replacesIssuedOn'
  | 'createdAt'
  | 'version'
  | 'withdrawnAt'
  | 'withdrawnReason'
  | 'withdrawnBy'
> {
  inputJson: string;
  snapshotJson: string;
  mimeType: string;
  file: Buffer;
  at: string;
}

export function insertEntry(db: Database, row: RegisterInsert): void {
  const { file, ...entry } = row;
  statement(
    db,
    `INSERT INTO document_register (id, kind, format, year, type_code, number, issued_on, summary, signer_name,
       signer_title, input_json, snapshot_json, file_name, mime_type, file_size, template_id, replaces_id,
       created_by, created_at, updated_at, version)
     VALUES (@id, @kind, @format, @year, @typeCode, @number, @issuedOn, @summary, @signerName, @signerTitle,
       @inputJson, @snapshotJson, @fileName, @mimeType, @fileSize, @templateId, @replacesId, @createdBy,
       @at, @at, 1)`,
  ).run({ ...entry, fileSize: file.length });
  statement(
    db,
    `INSERT INTO document_register_files (id, file_data, created_at, updated_at, version) VALUES (?, ?, ?, ?, 1)`,
  ).run(row.id, file, row.at, row.at);
}

/** The entry already holding this number of the year's series, if any. */
export function findByNumber(
  db: Database,
  year: number,
  typeCode: string,
  number: number,
): { id: string; summary: string; issuedOn: string } | undefined {
  return statement(
    db,
    `SELECT id, summary, issued_on AS issuedOn FROM document_register WHERE year = ? AND type_code = ? AND number = ?`,
  ).get(year, typeCode, number) as { id: string; summary: string; issuedOn: string } | undefined;
}

const COLUMNS = `r.id, r.kind, r.format, r.year, r.type_code AS typeCode, r.number, r.issued_on AS issuedOn, r.summary,
  r.signer_name AS signerName, r.signer_title AS signerTitle, r.file_name AS fileName, r.file_size AS fileSize,
  r.template_id AS templateId, r.replaces_id AS replacesId, o.number AS replacesNumber,
  o.type_code AS replacesTypeCode, o.issued_on AS replacesIssuedOn, r.created_by AS createdBy, r.created_at AS createdAt,
  r.version, r.withdrawn_at AS withdrawnAt, r.withdrawn_reason AS withdrawnReason, r.withdrawn_by AS withdrawnBy`;
const JOINS = `LEFT JOIN document_register o ON o.id = r.replaces_id`;

// Accent-free search (typing "cong dan" finds "công dân"): the fold is registered once per connection.
const folding = new WeakSet<Database>();
function withFold(db: Database): Database {
  if (!folding.has(db)) {
    db.function('register_fold', { deterministic: true }, (text: unknown) =>
      text === null ? null : foldVietnamese(String(text)),
    );
    folding.add(db);
  }
  return db;
}

export interface RegisterQuery {
  year?: number;
  kind?: string;
  typeCode?: string;
  search?: string;
  limit: number;
  offset: number;
}

// Every filter is a parameter that is NULL when not used, so the SQL text is one constant.
const WHERE = `WHERE (@year IS NULL OR r.year = @year) AND (@kind IS NULL OR r.kind = @kind)
  AND (@typeCode IS NULL OR r.type_code = @typeCode)
  AND (@search IS NULL OR instr(register_fold(r.summary), @search) > 0
    OR instr(register_fold(r.file_name), @search) > 0)`;

export function queryEntries(db: Database, q: RegisterQuery): { rows: RegisterRow[]; total: number } {
  const params = {
    year: q.year ?? null,
    kind: q.kind ?? null,
    typeCode: q.typeCode ? q.typeCode.toUpperCase() : null,
    search: q.search ? foldVietnamese(q.search) : null,
  };
  withFold(db);
  const { total } = statement(db, `SELECT count(*) AS total FROM document_register r ${WHERE}`).get(params) as {
    total: number;
  };
  const rows = statement(
    db,
    `SELECT ${COLUMNS} FROM document_register r ${JOINS} ${WHERE}
     ORDER BY r.issued_on DESC, r.created_at DESC LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit: q.limit, offset: q.offset }) as RegisterRow[];
  return { rows, total };
}

/**
 * The years with entries. An entry's year is its issue date's year, so the date index answers
 * without reading the rows (each row carries its file, so a scan of the table is slow).
 */
export function entryYears(db: Database): number[] {
  return (
    statement(
      db,
      `SELECT DISTINCT CAST(substr(issued_on, 1, 4) AS INTEGER) AS year FROM document_register ORDER BY year DESC`,
    ).all() as { year: number }[]
  ).map((r) => r.year);
}

export function findEntry(
  db: Database,
  id: string,
): (RegisterRow & { inputJson: string; snapshotJson: string }) | undefined {
  return statement(
    db,
    `SELECT ${COLUMNS}, r.input_json AS inputJson, r.snapshot_json AS snapshotJson
     FROM document_register r ${JOINS} WHERE r.id = ?`,
  ).get(id) as (RegisterRow & { inputJson: string; snapshotJson: string }) | undefined;
}

/** The entry that corrects this one, if any (the earliest, should there be more). */
export function findCorrection(
  db: Database,
  id: string,
): { id: string; number: number | null; typeCode: string | null; issuedOn: string } | undefined {
  return statement(
    db,
    `SELECT id, number, type_code AS typeCode, issued_on AS issuedOn FROM document_register
     WHERE replaces_id = ? ORDER BY created_at LIMIT 1`,
  ).get(id) as { id: string; number: number | null; typeCode: string | null; issuedOn: string } | undefined;
}

export function entryFile(
  db: Database,
  id: string,
): { fileName: string; mimeType: string; fileData: Buffer } | undefined {
  return statement(
    db,
    `SELECT r.file_name AS fileName, r.mime_type AS mimeType, f.file_data AS fileData
     FROM document_register r JOIN document_register_files f ON f.id = r.id WHERE r.id = ?`,
  ).get(id) as { fileName: string; mimeType: string; fileData: Buffer } | undefined;
}

/**
 * Marks an entry withdrawn (thu hồi) while it is still at `version` and not yet withdrawn; false
 * otherwise. The row, its number and its file stay.
 */
export function markWithdrawn(
  db: Database,
  row: { id: string; version: number; at: string },
  withdrawal: { reason: string; by: string },
): boolean {
  return updateAtVersion(
    db,
    'document_register',
    'withdrawn_at = @at, withdrawn_reason = @reason, withdrawn_by = @by',
    row,
    withdrawal,
  );
}

/**
 * The summary (trích yếu, with its number) of the latest document of `kind` issued for a record
 * since `since` and not withdrawn — `field` names the record in the document's input (e.g.
 * exerciseId). A step a document reports on cannot be undone while the document stands.
 */
export function issuedForSince(db: Database, kind: string, field: string, id: string, since: string): string | null {
  const row = statement(
    db,
    `SELECT summary FROM document_register
      WHERE kind = ? AND json_extract(input_json, '$.' || ?) = ? AND created_at >= ? AND withdrawn_at IS NULL
        AND number IS NOT NULL
      ORDER BY created_at DESC LIMIT 1`,
  ).get(kind, field, id, since) as { summary: string } | undefined;
  return row ? row.summary : null;
}
