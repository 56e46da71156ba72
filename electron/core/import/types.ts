/**
 * What the import API returns (exported to the renderer through api/contract.ts).
 * Column numbers are 0-based indexes into the header; row numbers are Excel's (1-based).
 */
import type { Person } from '../people';
import type { TextEncoding } from './legacy-encoding';
import type { ImportFieldKey, ImportTarget } from './mapping';

export type ImportDuplicateMode = 'skip' | 'fillEmpty' | 'overwrite';

export interface ImportSheetInfo {
  name: string;
  /** Rows in the sheet, title rows included (blank rows at the end left out). */
  rowCount: number;
  /** The Excel row of the header found, or null when none was found in the first 30 rows. */
  headerRowNumber: number | null;
  /** Non-blank rows below the header (0 when no header). */
  dataRowCount: number;
}

export interface ImportInspectResult {
  /** Names the parsed file in the server's short-lived cache (30 min): preview and commit take it. */
  token: string;
  format: 'xlsx' | 'csv';
  sheets: ImportSheetInfo[];
}

export interface ImportCellIssue {
  /** The column the message is about, or null for the row as a whole. */
  column: number | null;
  field: string;
  message: string;
  /** What the issue is, for the ones the wizard offers to fix (create the locality named in the cell). */
  code?: 'unknownLocality';
  /** The cell's text the issue is about (with `code`). */
  value?: string;
}

export interface ImportConvertedCell {
  column: number;
  before: string;
  after: string;
}

/** The values a row would be saved with (after parsing and conversion), for the preview table. */
export type ImportPersonValues = Omit<
  Person,
  'id' | 'birthDate' | 'sex' | 'localityParentName' | 'archivedAt' | 'createdAt' | 'updatedAt' | 'version'
> & {
  /** Null where the sheet's cell was empty or unreadable. */
  birthDate: string | null;
  sex: 'M' | 'F' | null;
};

/** create / update: will be written; skip: a duplicate left as it is; userSkip: the user chose to skip it. */
export type ImportRowOutcome = 'create' | 'update' | 'skip' | 'userSkip' | 'error';

/**
 * What happens to the row's person: created, updated (fill-empty / overwrite), or kept as the
 * register has it; null for a row with an error or skipped by the user. For the people target it
 * follows the outcome; for the other targets the outcome is about the record (created, or
 * already there: 'skip', or 'update' when only the person is updated).
 */
export type ImportPersonAction = 'create' | 'update' | 'keep';

export interface ImportPreviewRow {
  rowNumber: number;
  outcome: ImportRowOutcome;
  values: ImportPersonValues;
  converted: ImportConvertedCell[];
  errors: ImportCellIssue[];
  warnings: ImportCellIssue[];
  /** The person already in the register with the same citizen ID, if any. */
  existingPersonId: string | null;
  duplicateInFile: boolean;
  /** The target's own values as display strings (unit "Trung đội 1 (Phường Đức Xuân)", dates yyyy-mm-dd…); {} for people. */
  targetValues: Record<string, string | null>;
  personAction: ImportPersonAction | null;
  /** The target's record the person already has (conscription record in the campaign, active membership, reservist): not created again. */
  existingRecordId: string | null;
}

export interface ImportSummary {
  rows: number;
  ok: number;
  withErrors: number;
  withWarnings: number;
  duplicatesInFile: number;
  duplicatesInDatabase: number;
  toCreate: number;
  toUpdate: number;
  toSkip: number;
  skippedByUser: number;
  /** People to create / update (for the people target: the same as toCreate / toUpdate). */
  peopleToCreate: number;
  peopleToUpdate: number;
  /** Rows whose person already has the target's record (never for people). */
  recordsExisting: number;
}

export interface ImportColumnInfo {
  column: number;
  header: string;
  field: ImportFieldKey | null;
  /** What the program read the column as; `encoding` is what is used (the user's override if any). */
  detectedEncoding: TextEncoding;
  encoding: TextEncoding;
}

/** How a sheet was read: its header row, its layout and the mapping of its columns. */
export interface ImportSheetLayout {
  sheet: string;
  headerRowNumber: number;
  layoutKey: string;
  /** 'remembered': the mapping saved for this layout; 'proposed': guessed from the headers. */
  mappingSource: 'remembered' | 'proposed';
  columns: ImportColumnInfo[];
  /** Mapping mistakes (a field on two columns, no name column): the commit is refused until they are fixed. */
  mappingProblems: string[];
}

export interface ImportPreview extends ImportSheetLayout {
  token: string;
  target: ImportTarget;
  summary: ImportSummary;
  /** Every row still in error (not only this page's): "Bỏ qua mọi dòng có lỗi" skips them in one go. */
  errorRows: number[];
  page: number;
  pageSize: number;
  /** Rows matching `filter`, before paging. */
  total: number;
  rows: ImportPreviewRow[];
}

export interface ImportCommitResult {
  /** Rows by outcome: for a target other than people, `created` counts the records created. */
  created: number;
  updated: number;
  skipped: number;
  peopleCreated: number;
  peopleUpdated: number;
  /** The batch the import was recorded as ("Các lần nhập"), for its undo. */
  batchId: string;
  report: { fileName: string; mimeType: string; base64: string };
}

/** One committed import ("Các lần nhập"): who, when, which file, the counts, and whether it was undone. */
export interface ImportBatch {
  id: string;
  target: ImportTarget;
  fileName: string;
  sheet: string;
  actor: string;
  createdCount: number;
  updatedCount: number;
  skippedCount: number;
  peopleCreated: number;
  peopleUpdated: number;
  undoneAt: string | null;
  undoneBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ImportBatchPage {
  rows: ImportBatch[];
  total: number;
  page: number;
  pageSize: number;
}
