import type { ApiContext } from '../../kernel/context';
import { ApiError } from '../../kernel/errors';
import type { DocumentRequest, PreparedDocument } from '../../documents/family';
import { format, vi } from '../../messages/vi';
import type { Signer } from '../../office';
import { getCampaign } from '../campaigns/service';
import { queryRecords } from '../records/repository';
import type { ConscriptionRecordView } from '../records/view';
import type { ConscriptionState } from '../states';
import { buildExamSummons } from './exam-summons';
import type { ConscriptionDocumentKind } from './kinds';
import { buildListNotice } from './list-notice';
import { buildPointDecisions } from './point-decisions';
import { buildRegistrationCertificates } from './registration-certificate';
import { formatDisplayDate } from '../../shared/dates';
import type { DocumentSnapshot } from '../../documents/generate-schema';
import { sortByLocalityThenName } from '../../docs/person-order';
import { postingPeriod } from './list-notice';
import { conscriptionSnapshot } from './vocabulary';

const MAX_ROWS = 20_000;

/** The per-citizen papers and the notice of the deferral and exemption lists. */
export const paperKinds = [
  'conscription.examSummons',
  'conscription.registrationCertificates',
  'conscription.deferralDecisions',
  'conscription.exemptionDecisions',
  'conscription.listNotice',
] as const satisfies readonly ConscriptionDocumentKind[];
export type PaperKind = (typeof paperKinds)[number];

export function isPaperKind(kind: ConscriptionDocumentKind): kind is PaperKind {
  return (paperKinds as readonly string[]).includes(kind);
}

/**
 * Whose papers each kind prints. The summons goes to those who passed preliminary screening (the
 * exam follows it, Art. 40 Luật NVQS); the certificate to anyone registered, whatever the state
 * (filtered on the registration date below).
 */
const PAPER_STATES: Record<PaperKind, readonly ConscriptionState[] | undefined> = {
  'conscription.examSummons': ['screening_passed'],
  'conscription.registrationCertificates': undefined,
  'conscription.deferralDecisions': ['deferred'],
  'conscription.exemptionDecisions': ['exempted'],
  'conscription.listNotice': ['deferred', 'exempted'],
};

/**
 * Who signs the registration certificate. Since Decree 220/2025/NĐ-CP the commune chairman does:
 * the signer chosen from the office's configuration signs, under their own title. This is the one
 * place that ties the certificate's signer title to the office (its kind and date, once the office
 * profile holds them).
 */
export function certificateSignerTitle(_request: DocumentRequest, signer: Signer): string {
  return signer.title;
}

function paperRecords(ctx: ApiContext, kind: PaperKind, campaignId: string, recordIds: readonly string[] | undefined) {
  const campaign = getCampaign(ctx, campaignId);
  const { rows } = queryRecords(ctx.db, {
    campaignId,
    handoverDate: campaign.handoverStart,
    states: PAPER_STATES[kind],
    sort: 'locality',
    limit: MAX_ROWS,
    offset: 0,
  });
  const registered =
    kind === 'conscription.registrationCertificates' ? rows.filter((r) => r.registeredOn !== null) : rows;
  const chosen = recordIds ? registered.filter((r) => recordIds.includes(r.id)) : registered;
  // Pages in the lists' order (area, then Vietnamese name order), as the snapshot's rows are.
  return { campaign, records: sortByLocalityThenName(chosen) };
}

/** The list snapshot with what each paper prints beyond the records (the template tags of vocabulary.ts). */
function paperSnapshot(
  kind: PaperKind,
  base: DocumentSnapshot,
  request: DocumentRequest,
  records: readonly ConscriptionRecordView[],
): DocumentSnapshot {
  const { exam, decisionDate } = request.input;
  if (kind === 'conscription.examSummons' && exam)
    return {
      ...base,
      fields: { ...base.fields, ngay_kham: formatDisplayDate(exam.date), gio_kham: exam.time, noi_kham: exam.place },
    };
  if (kind === 'conscription.registrationCertificates') {
    // The records and the snapshot's rows are in the same order (area, then name).
    const rows = (base.tables.danh_sach ?? []).map((row, i) => {
      const record = records[i];
      return {
        ...row,
        ngay_dang_ky: record?.registeredOn ? formatDisplayDate(record.registeredOn) : '',
        so_dang_ky: record?.registrationCertificate ?? '',
      };
    });
    return { ...base, tables: { ...base.tables, danh_sach: rows } };
  }
  if (kind === 'conscription.listNotice' && decisionDate) {
    const { from, to } = postingPeriod(decisionDate);
    return {
      ...base,
      fields: {
        ...base.fields,
        ngay_quyet_dinh: formatDisplayDate(decisionDate),
        niem_yet_tu_ngay: formatDisplayDate(from),
        niem_yet_den_ngay: formatDisplayDate(to),
        so_tam_hoan: records.filter((r) => r.state === 'deferred').length,
        so_mien: records.filter((r) => r.state === 'exempted').length,
      },
    };
  }
  return base;
}

function pointsOf(records: readonly ConscriptionRecordView[], state: ConscriptionState) {
  return records.filter((r) => r.state === state).map((r) => r.legalPoint);
}

/** The per-citizen papers of a campaign (one page and one number each), and the notice (one number). */
export function paperDocument(
  ctx: ApiContext,
  kind: PaperKind,
  campaignId: string,
  request: DocumentRequest,
): PreparedDocument {
  const { input, office, signer, date } = request;
  // The inputs a kind cannot do without are refused before the records are read.
  if (kind === 'conscription.examSummons' && !input.exam) throw ApiError.fields({ exam: vi.field.required });
  if (kind === 'conscription.listNotice' && !input.decisionDate)
    throw ApiError.fields({ decisionDate: vi.field.required });
  const { campaign, records } = paperRecords(ctx, kind, campaignId, input.recordIds);
  const year = campaign.year;
  const base = { office, signer, date, year };
  const prepared = {
    count: records.length,
    empty: records.length === 0,
    title: format(vi.documents.fileNames[kind], { year }),
    snapshot: paperSnapshot(
      kind,
      conscriptionSnapshot(kind, { campaign, rows: records, people: [], report: null, count: records.length }, year),
      request,
      records,
    ),
    // Each citizen's paper is a document of its own: the batch takes one number per page.
    numbers: kind === 'conscription.listNotice' ? 1 : Math.max(1, records.length),
  };
  switch (kind) {
    case 'conscription.examSummons':
      return {
        ...prepared,
        docx: (number) => buildExamSummons({ ...base, number, citizens: records, exam: input.exam! }),
      };
    case 'conscription.registrationCertificates':
      return {
        ...prepared,
        docx: (number) =>
          buildRegistrationCertificates({
            ...base,
            number,
            citizens: records,
            signerTitle: certificateSignerTitle(request, signer),
          }),
      };
    case 'conscription.deferralDecisions':
    case 'conscription.exemptionDecisions':
      return {
        ...prepared,
        docx: (number) =>
          buildPointDecisions({
            ...base,
            number,
            citizens: records,
            kind: kind === 'conscription.deferralDecisions' ? 'deferral' : 'exemption',
          }),
      };
    case 'conscription.listNotice':
      return {
        ...prepared,
        docx: (number) =>
          buildListNotice({
            ...base,
            number,
            decisionDate: input.decisionDate!,
            deferredPoints: pointsOf(records, 'deferred'),
            exemptedPoints: pointsOf(records, 'exempted'),
          }),
      };
  }
}
