import { z } from 'zod';
import { conscriptionDocumentKinds } from '../conscription/documents/kinds';
import { forcesSummaryDocumentKinds } from '../forces-summary/kinds';
import { equipmentDocumentKinds } from '../equipment/documents/kinds';
import { militiaDocumentKinds } from '../militia/documents/kinds';
import { reservesDocumentKinds } from '../reserves/documents/kinds';
import { dutyDocumentKinds } from '../duty/documents/kinds';
import { exerciseDocumentKinds } from '../exercises/documents/kinds';
import { isoDate, recordId, requiredText } from '../shared/fields';
import { trainingDocumentKinds } from '../training/documents/kinds';

/** Which document, in which format, from which data. */
export const documentKinds = [
  ...conscriptionDocumentKinds,
  ...militiaDocumentKinds,
  ...reservesDocumentKinds,
  ...forcesSummaryDocumentKinds,
  ...equipmentDocumentKinds,
  ...exerciseDocumentKinds,
  ...trainingDocumentKinds,
  ...dutyDocumentKinds,
  'review.report',
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
  /** Exercise documents: the exercise of the plan or result report. */
  exerciseId: recordId.optional(),
  /** The review report (báo cáo sơ kết/tổng kết) to print: its last saved version. */
  reviewReportId: recordId.optional(),
  /** Training documents: the course of the result report. */
  courseId: recordId.optional(),
  /** For the duty roster: the month (with `year`). */
  month: z.number().int().min(1).max(12).optional(),
  /** For the age-17 list: the year the people turn 17; for the militia term-ending list: the year terms end; for the duty roster: its year. */
  year: z.number().int().min(2000).max(2200).optional(),
  /** For call-up orders: the chosen citizens (default: every citizen with an order in the campaign). */
  recordIds: z.array(recordId).max(5000).optional(),
  /** Health-exam summons: when and where the citizens are examined (Art. 40 Luật NVQS). */
  exam: z.strictObject({ date: isoDate, time: requiredText(20), place: requiredText(300) }).optional(),
  /** Notice of the deferral and exemption lists: the provincial chairman's decision the 20-day posting runs from. */
  decisionDate: isoDate.optional(),
  /** The document's date (default: today). */
  date: isoDate.optional(),
  /**
   * 'draft' (bản nháp): laid out with "DỰ THẢO" and the number left blank, handed back only — no
   * register entry, no number used, as many times as wanted. 'issue' (cấp số và phát hành): takes
   * the number, registers the document and keeps its bytes. The .xlsx working copies ignore it.
   */
  mode: z.enum(['draft', 'issue']).default('issue'),
  /** When issuing: a number typed by hand (absent: the next number of the year for this type). */
  number: z.number().int().min(1).max(99_999).optional(),
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
  /** The number's series (Decree 30 type code: DS, BC, KH…), when the document has one. */
  typeCode: string | null;
  /** How many citizens (rows or orders) it holds; for the result report, how many were handed over. */
  count: number;
}

/** A cell of a snapshot: what a template tag is replaced with. */
export type SnapshotValue = string | number | null;

/**
 * The data a document was built from, flat enough to fill a template: named fields and named
 * tables of rows. Stored in the document register; an office template's tags are its keys.
 */
export interface DocumentSnapshot {
  fields: Record<string, SnapshotValue>;
  tables: Record<string, Array<Record<string, SnapshotValue>>>;
}

/** What a generator hands back before a template or the register sees it. */
export interface BuiltDocument extends GeneratedFile {
  /** Absent while a kind has no snapshot yet: its register entry then keeps only the input. */
  snapshot?: DocumentSnapshot;
}

/** What `documents.generate` returns: the file and its place in the register. */
export interface ProducedDocument extends GeneratedFile {
  /** The register entry (sổ văn bản đi) of an issued .docx; null for a draft and for .xlsx tables. */
  registerId: string | null;
  /** The office's template used, if any. */
  templateId: string | null;
  /** The number as printed ("03/BC-BCH"); null without a number. */
  reference: string | null;
}

/** What issuing a document will do, shown in the "Cấp số và phát hành" dialog before anything is used. */
export interface IssuePlan {
  /** The number it will take ("03/BC-BCH"), or null for a kind numbered otherwise (call-up orders). */
  reference: string | null;
  /** The last number of a batch of individual papers ("07/GCN-BCH"); null for a single document. */
  lastReference: string | null;
  /** The document's date (ISO). */
  date: string;
  /** "Chỉ huy trưởng Thiếu tá Nguyễn Văn A". */
  signer: string;
  /** The summary (trích yếu) the register will hold. */
  summary: string;
}
