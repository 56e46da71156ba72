import { z } from 'zod';
import { drillsDocumentKinds } from '../drills-documents/kinds';
import { forcesDocumentKinds } from '../forces-documents/kinds';
import { isoDate, recordId } from '../shared/fields';

/** Which document, in which format, from which data. */
export const documentKinds = [
  'conscription.calledUpList',
  'conscription.deferredList',
  'conscription.exemptedList',
  'conscription.callUpOrders',
  'conscription.age17List',
  'conscription.resultReport',
  ...forcesDocumentKinds,
  ...drillsDocumentKinds,
] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const generateInput = z.strictObject({
  kind: z.enum(documentKinds),
  format: z.enum(['docx', 'xlsx']).default('docx'),
  campaignId: recordId.optional(),
  /** Forces documents: a militia unit (with the units under it) or, for the assignment list, a reserve unit. */
  unitId: recordId.optional(),
  /** Forces documents: a ward/commune (with its villages). */
  localityId: recordId.optional(),
  /** Drills documents: the exercise of the plan or result report. */
  exerciseId: recordId.optional(),
  /** Drills documents: the training course of the result report. */
  courseId: recordId.optional(),
  /** For the duty roster: the month (with `year`). */
  month: z.number().int().min(1).max(12).optional(),
  /** For the age-17 list: the year the people turn 17; for the militia term-ending list: the year terms end; for the duty roster: its year. */
  year: z.number().int().min(2000).max(2200).optional(),
  /** For call-up orders: the chosen citizens (default: every citizen with an order in the campaign). */
  recordIds: z.array(recordId).max(5000).optional(),
  /** The document's date (default: today). */
  date: isoDate.optional(),
  /** Absent: the next number of the year for this type; null: a draft with the number left blank. */
  number: z.number().int().min(1).max(99_999).nullable().optional(),
  /** Which signer of the office profile signs (default: the commander). */
  signerIndex: z.number().int().min(0).max(9).optional(),
});
export type GenerateInput = z.output<typeof generateInput>;

export interface GeneratedFile {
  fileName: string;
  mimeType: string;
  /** The file's bytes, base64: both transports carry JSON. */
  base64: string;
  /** The document number given, if any. */
  number: number | null;
  /** How many citizens (rows or orders) it holds; for the result report, how many were handed over. */
  count: number;
}
