/**
 * From a parsed file and the user's choices to the people it describes: the
 * sheet, its header, the mapping (the user's changes over the one remembered
 * for this layout, else over the one proposed from the headers), each column's
 * encoding, and every row parsed and checked (./people-rows.ts). The result is
 * kept in the session, so paging through the preview does not parse again.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ApiContext } from '../kernel/context';
import { ApiError } from '../kernel/errors';
import { statement } from '../db/statements';
import { listLocalities } from '../localities';
import { format, vi } from '../messages/vi';
import { localIsoDate } from '../shared/dates';
import type { TextEncoding } from './legacy-encoding';
import { localityMatcher } from './locality-match';
import type { ImportFieldKey } from './mapping';
import { findMapping } from './mappings-repository';
import { parsePersonRow, type ParsedPersonRow } from './people-rows';
import { prepareSheet } from './prepare';
import type { ImportAnalysisOptions } from './schema';
import { getSession, openSession, type ImportSession } from './session-cache';
import type { ImportColumnInfo, ImportSheetLayout } from './types';
import type { CellReaderContext } from './row-reader';
import { readWorkbook, type CellValue } from './workbook';

export interface PeopleAnalysis extends ImportSheetLayout {
  /** The encodings set by hand (remembered or chosen now), remembered again on commit. */
  encodingOverrides: Record<string, TextEncoding>;
  rows: ParsedPersonRow[];
  /** The data rows as read and how to read their cells: the target's part is parsed from them on each plan. */
  rawRows: CellValue[][];
  cellContext: CellReaderContext;
}

/**
 * Changes whenever a locality or one of its names is added, changed or removed: every write
 * bumps a row's version (and a removal the count), so the sums tell even two edits within
 * the same millisecond apart. Units and specialties need no stamp: the targets read them
 * afresh on every preview (./targets/, loaded in planRows).
 */
export function localitiesStamp(db: Database): string {
  const row = statement(
    db,
    `SELECT (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(updated_at), '')
               FROM localities) AS localities,
            (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(updated_at), '')
               FROM locality_names) AS names`,
  ).get() as { localities: string; names: string };
  return `${row.localities}|${row.names}`;
}

/** The session named by the token, or a new one for a file sent again. */
export async function sessionFor(options: ImportAnalysisOptions): Promise<ImportSession> {
  if (options.token) return getSession(options.token);
  if (options.fileName === undefined || options.base64 === undefined) throw ApiError.of('IMPORT_FILE_MISSING');
  const workbook = await readWorkbook(Buffer.from(options.base64, 'base64'), options.fileName);
  return openSession(options.fileName, workbook);
}

export function analysePeople(ctx: ApiContext, session: ImportSession, options: ImportAnalysisOptions): PeopleAnalysis {
  const today = localIsoDate(ctx.now());
  // The rows are matched against the localities as they are now: a locality created, renamed or
  // retired from the preview must show in the next preview of the same file, not the cached one.
  const key = JSON.stringify([
    options.target,
    options.sheet ?? null,
    options.mapping ?? {},
    options.encodings ?? {},
    today,
    localitiesStamp(ctx.db),
  ]);
  if (session.analysis?.key === key) return session.analysis.value as PeopleAnalysis;
  const sheets = session.workbook.sheets;
  const candidates = options.sheet === undefined ? sheets : sheets.filter((s) => s.name === options.sheet);
  if (candidates.length === 0) throw ApiError.of('IMPORT_SHEET_NOT_FOUND', { sheet: options.sheet ?? '' });
  let prepared = null;
  let sheet = candidates[0]!;
  for (const candidate of candidates) {
    prepared = prepareSheet(candidate, options.target);
    sheet = candidate;
    if (prepared) break;
  }
  if (!prepared) throw ApiError.of('IMPORT_NO_HEADER', { sheet: sheet.name });

  const width = prepared.header.headers.length;
  const remembered = findMapping(ctx.db, options.target, prepared.layoutKey);
  const fields: Array<ImportFieldKey | null> = prepared.mapping.map((m) => m.field);
  const overrides: Record<string, TextEncoding> = {};
  const apply = <V>(changes: Record<string, V> | undefined, set: (column: number, value: V) => void) => {
    for (const [column, value] of Object.entries(changes ?? {})) {
      const index = Number(column);
      if (index >= width)
        throw ApiError.fields({
          [`mapping.${column}`]: format(vi.errors.IMPORT_MAPPING_COLUMN, { column: index + 1 }),
        });
      set(index, value);
    }
  };
  // A remembered mapping may be for a layout with extra blank columns: only columns that exist are taken.
  const inRange = <V>(record: Record<string, V>) =>
    Object.fromEntries(Object.entries(record).filter(([column]) => Number(column) < width));
  if (remembered) {
    apply(inRange(remembered.mapping), (column, field) => (fields[column] = field));
    apply(inRange(remembered.encodings), (column, encoding) => (overrides[column] = encoding));
  }
  apply(
    options.mapping as Record<string, ImportFieldKey | null> | undefined,
    (column, field) => (fields[column] = field),
  );
  apply(options.encodings, (column, encoding) => (overrides[column] = encoding));

  const encodings = prepared.encodings.map((detected, column) => overrides[column] ?? detected);
  const columns: ImportColumnInfo[] = prepared.header.headers.map((header, column) => ({
    column,
    header,
    field: fields[column] ?? null,
    detectedEncoding: prepared.encodings[column]!,
    encoding: encodings[column]!,
  }));
  const byField: Partial<Record<ImportFieldKey, number>> = {};
  const mappingProblems: string[] = [];
  for (const { column, field } of columns) {
    if (field === null || field === 'sequence') continue;
    if (byField[field] !== undefined) {
      const same = columns.filter((c) => c.field === field).map((c) => c.column + 1);
      const message = format(vi.errors.IMPORT_MAPPING_DUPLICATE, { field, columns: same.join(', ') });
      if (!mappingProblems.includes(message)) mappingProblems.push(message);
      continue;
    }
    byField[field] = column;
  }
  if (byField.fullName === undefined && byField.givenName === undefined)
    mappingProblems.push(vi.errors.IMPORT_MAPPING_NO_NAME);

  const localities = listLocalities(ctx.db, today, false);
  const match = localityMatcher(localities);
  const names = new Map(localities.map((l) => [l.id, l.name]));
  const parentIds = new Map(localities.map((l) => [l.id, l.parentId ?? null]));
  const parentNames = new Map(localities.map((l) => [l.id, l.parentId ? names.get(l.parentId) : undefined]));
  const rowContext = {
    columns: byField,
    encodings,
    detectCells: columns.map((c) => overrides[c.column] === undefined),
    matchLocality: (name: string, parentId: string | null) => match(name, { parentId }),
    // "Tổ 7, Phường Đức Xuân": a village is never shown without its ward.
    localityName: (id: string) => [names.get(id), parentNames.get(id)].filter(Boolean).join(', '),
    parentOf: (id: string) => parentIds.get(id) ?? null,
    today,
  };
  const rows = prepared.rows.map((row, i) => parsePersonRow(row, prepared.rowNumbers[i]!, rowContext));
  const analysis: PeopleAnalysis = {
    sheet: sheet.name,
    headerRowNumber: prepared.header.index + 1,
    layoutKey: prepared.layoutKey,
    mappingSource: remembered ? 'remembered' : 'proposed',
    columns,
    mappingProblems,
    encodingOverrides: overrides,
    rows,
    rawRows: prepared.rows,
    cellContext: rowContext,
  };
  session.analysis = { key, value: analysis };
  return analysis;
}
