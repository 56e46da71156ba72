import { z } from 'zod';
import { format, vi } from '../messages/vi';
import { paging, recordId, version } from '../shared/fields';
import { MAX_UPLOAD_BASE64, MAX_UPLOAD_MB } from '../shared/upload-limits';
import { IMPORT_FIELDS, IMPORT_TARGETS, isFieldOf, type ImportFieldKey, type ImportTarget } from './mapping';

const columnKey = z.string().regex(/^\d{1,3}$/, { error: vi.field.invalid });

const fileName = z.string().trim().min(1).max(260);
// A 20,000-row .xlsx is a few MB; the shared upload limit leaves room for heavy formatting.
const base64 = z
  .string()
  .min(1)
  .max(MAX_UPLOAD_BASE64, { error: format(vi.errors.REQUEST_TOO_LARGE, { max: MAX_UPLOAD_MB }) });

export const importInspectInput = z.strictObject({ fileName, base64 });

/** The sample workbook of a target ("Tải tệp mẫu"). */
export const importSampleInput = z.strictObject({ target: z.enum(IMPORT_TARGETS) });

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
  /** What each row becomes: a person, or a person and the target's record (conscription record, militia member, reservist). */
  target: z.enum(IMPORT_TARGETS),
  /** conscription only: the campaign the records go into (it must be open). */
  campaignId: recordId.optional(),
  /**
   * Column index → field (null: leave the column out). Columns not listed keep the proposed mapping.
   * The person's fields and the target's own (checked against `target` below).
   */
  mapping: z.record(columnKey, z.enum(IMPORT_FIELDS).nullable()).optional(),
  /** Column index → encoding, overriding the detected one. */
  encodings: z.record(columnKey, z.enum(['unicode', 'tcvn3', 'vni'])).optional(),
  duplicateMode: z.enum(['skip', 'fillEmpty', 'overwrite']).default('skip'),
  /** Excel row numbers the user chose to leave out. */
  skipRows: z.array(z.number().int().min(1)).max(1_000_000).default([]),
};

const hasSource = (v: { token?: string; fileName?: string; base64?: string }) =>
  v.token !== undefined || (v.fileName !== undefined && v.base64 !== undefined);

/** A field of another target (a militia "unit" in a people import…) and a conscription import without its campaign. */
function checkTarget(
  v: { target: ImportTarget; campaignId?: string; mapping?: Record<string, ImportFieldKey | null> },
  ctx: z.RefinementCtx,
) {
  for (const [column, field] of Object.entries(v.mapping ?? {})) {
    if (field === null || isFieldOf(v.target, field)) continue;
    const message = format(vi.errors.IMPORT_MAPPING_FIELD_TARGET, {
      field,
      column: Number(column) + 1,
      target: vi.import.targets[v.target],
    });
    ctx.addIssue({ code: 'custom', path: ['mapping', column], message });
  }
  if (v.target === 'conscription' && v.campaignId === undefined)
    ctx.addIssue({ code: 'custom', path: ['campaignId'], message: vi.errors.IMPORT_CAMPAIGN_REQUIRED });
}

export const importPreviewInput = z
  .strictObject({
    ...analysisFields,
    ...paging(500, 50),
    /** Which rows to list (the summary always counts all of them). */
    filter: z.enum(['all', 'errors', 'warnings', 'duplicates']).default('all'),
  })
  .refine(hasSource, { path: ['token'], error: vi.errors.IMPORT_FILE_MISSING })
  .superRefine(checkTarget);

export const importCommitInput = z
  .strictObject({
    ...analysisFields,
    /** Only all-or-nothing for now: one error left in a row that is not skipped refuses the whole import. */
    mode: z.literal('allOrNothing').default('allOrNothing'),
  })
  .refine(hasSource, { path: ['token'], error: vi.errors.IMPORT_FILE_MISSING })
  .superRefine(checkTarget);

/** "Các lần nhập": the batches of one target (or all), newest first. */
export const importBatchListInput = z.strictObject({ target: z.enum(IMPORT_TARGETS).optional(), ...paging(100, 20) });

/** "Hoàn tác lần nhập": version-locked, so two clerks cannot undo (or one undo twice) the same batch. */
export const importBatchUndoInput = z.strictObject({ id: recordId, version });

export type ImportPreviewInput = z.output<typeof importPreviewInput>;
export type ImportCommitInput = z.output<typeof importCommitInput>;
export type ImportAnalysisOptions = Pick<
  ImportPreviewInput,
  'token' | 'fileName' | 'base64' | 'sheet' | 'target' | 'campaignId' | 'mapping' | 'encodings'
>;
