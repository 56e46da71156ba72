import { z } from 'zod';
import { vi } from '../messages/vi';
import { fieldsOf, type ImportFieldKey } from './mapping';

const PEOPLE_FIELDS = fieldsOf('people').map(([field]) => field) as [ImportFieldKey, ...ImportFieldKey[]];
const columnKey = z.string().regex(/^\d{1,3}$/, { error: vi.field.invalid });

// A 20,000-row .xlsx is a few MB; 80 MB of base64 leaves room for heavy formatting.
const MAX_BASE64 = 80 * 1024 * 1024;
const fileName = z.string().trim().min(1).max(260);
const base64 = z.string().min(1).max(MAX_BASE64);

export const importInspectInput = z.strictObject({ fileName, base64 });

/**
 * What a preview and a commit are made from: the token `import.inspect` gave
 * (or the file again), the sheet, and the user's changes to the proposal.
 */
const analysisFields = {
  token: z.uuid().optional(),
  fileName: fileName.optional(),
  base64: base64.optional(),
  /** The sheet's name; default: the first sheet where a header row is found. */
  sheet: z.string().max(200).optional(),
  target: z.literal('people'),
  /** Column index → field (null: leave the column out). Columns not listed keep the proposed mapping. */
  mapping: z.record(columnKey, z.enum(PEOPLE_FIELDS).nullable()).optional(),
  /** Column index → encoding, overriding the detected one. */
  encodings: z.record(columnKey, z.enum(['unicode', 'tcvn3', 'vni'])).optional(),
  duplicateMode: z.enum(['skip', 'fillEmpty', 'overwrite']).default('skip'),
  /** Excel row numbers the user chose to leave out. */
  skipRows: z.array(z.number().int().min(1)).max(1_000_000).default([]),
};

const hasSource = (v: { token?: string; fileName?: string; base64?: string }) =>
  v.token !== undefined || (v.fileName !== undefined && v.base64 !== undefined);

export const importPreviewInput = z
  .strictObject({
    ...analysisFields,
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(500).default(50),
    /** Which rows to list (the summary always counts all of them). */
    filter: z.enum(['all', 'errors', 'warnings', 'duplicates']).default('all'),
  })
  .refine(hasSource, { path: ['token'], error: vi.errors.IMPORT_FILE_MISSING });

export const importCommitInput = z
  .strictObject({
    ...analysisFields,
    /** Only all-or-nothing for now: one error left in a row that is not skipped refuses the whole import. */
    mode: z.literal('allOrNothing').default('allOrNothing'),
  })
  .refine(hasSource, { path: ['token'], error: vi.errors.IMPORT_FILE_MISSING });

export type ImportPreviewInput = z.output<typeof importPreviewInput>;
export type ImportCommitInput = z.output<typeof importCommitInput>;
export type ImportAnalysisOptions = Pick<
  ImportPreviewInput,
  'token' | 'fileName' | 'base64' | 'sheet' | 'target' | 'mapping' | 'encodings'
>;
