import type { Document } from 'docx';
import type { ApiContext } from '../kernel/context';
import { ApiError } from '../kernel/errors';
import { getCampaign } from '../conscription/campaigns/service';
import * as docs from '../conscription/documents';
import { campaignReportData, type CampaignReportData } from '../conscription/report/report-data';
import { age17List } from '../conscription/records/year-service';
import { queryRecords } from '../conscription/records/repository';
import type { ConscriptionState } from '../conscription/states';
import type { ConscriptionRecordView } from '../conscription/records/view';
import { packDocx } from '../docs/official-format';
import { generateDrillsDocument } from '../drills-documents/generate';
import { isDrillsDocumentKind } from '../drills-documents/kinds';
import { generateForcesDocument } from '../forces-documents/generate';
import { isForcesDocumentKind } from '../forces-documents/kinds';
import { format, vi } from '../messages/vi';
import { findProfile } from '../office/repository';
import type { OfficeProfile } from '../office/schema';
import { localIsoDate } from '../shared/dates';
import { generateReviewDocument } from '../reviews/document';
import { inTransaction } from '../kernel/transaction';
import { takeNextNumber } from './counters';
import { conscriptionSnapshot } from './templates/vocabulary/conscription';
import type { BuiltDocument, DocumentKind, GenerateInput } from './generate-schema';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_ROWS = 20_000;

/** Who is on each list: the call-up list also counts those already ordered or handed over. */
const LIST_STATES: Record<string, readonly ConscriptionState[]> = {
  'conscription.calledUpList': ['official_list', 'call_up_ordered', 'handed_over'],
  'conscription.deferredList': ['deferred'],
  'conscription.exemptedList': ['exempted'],
  'conscription.callUpOrders': ['call_up_ordered', 'handed_over'],
};
/**
 * Number series per document type ("Số: 03/DS-BCH", "Số: 01/BC-BCH"). Call-up orders have their
 * own sequence (the order number on each record), so the .docx of orders takes none.
 */
export const TYPE_CODES: Partial<Record<DocumentKind, string>> = {
  'conscription.calledUpList': docs.documentText.listTypeCode,
  'conscription.deferredList': docs.documentText.listTypeCode,
  'conscription.exemptedList': docs.documentText.listTypeCode,
  'conscription.age17List': docs.documentText.listTypeCode,
  'conscription.resultReport': docs.reportText.typeCode,
};

function campaignRecords(ctx: ApiContext, campaignId: string, states: readonly ConscriptionState[]) {
  const campaign = getCampaign(ctx, campaignId);
  const { rows } = queryRecords(ctx.db, {
    campaignId,
    handoverDate: campaign.handoverStart,
    states,
    sort: 'locality',
    limit: MAX_ROWS,
    offset: 0,
  });
  return { campaign, rows };
}

/** The signer chosen by `signerIndex` (default: the commander); the register records who signed. */
export function signerOf(office: OfficeProfile, index: number | undefined) {
  const signer =
    index !== undefined
      ? office.signers[index]
      : (office.signers.find((s) => s.role === 'commander') ?? office.signers[0]);
  if (!signer) throw ApiError.fields({ signerIndex: vi.errors.NOT_FOUND });
  return signer;
}

/**
 * Builds one built-in document from the records: the .docx in the
 * Decree 30 format or the same table as .xlsx. Numbers are taken from the
 * year's counter in the same transaction, so two documents never share one.
 */
export async function buildDocument(ctx: ApiContext, input: GenerateInput): Promise<BuiltDocument> {
  const office = findProfile(ctx.db);
  if (!office) throw ApiError.of('OFFICE_NOT_SET');
  const date = input.date ?? localIsoDate(ctx.now());
  const year = Number(date.slice(0, 4));
  const signer = signerOf(office, input.signerIndex);
  if (isForcesDocumentKind(input.kind)) return generateForcesDocument(ctx, input.kind, input, { office, signer, date });
  if (isDrillsDocumentKind(input.kind)) return generateDrillsDocument(ctx, input.kind, input, { office, signer, date });
  if (input.kind === 'review.report') return generateReviewDocument(ctx, input, { office, signer, date });
  const needsCampaign = input.kind !== 'conscription.age17List';
  if (needsCampaign && !input.campaignId) throw ApiError.fields({ campaignId: vi.field.required });
  if (!needsCampaign && input.year === undefined) throw ApiError.fields({ year: vi.field.required });

  // Read and number in one transaction; build and pack (async) afterwards.
  const prepared = inTransaction(ctx, () => {
    const none = { rows: [] as ConscriptionRecordView[], people: [], report: null as CampaignReportData | null };
    if (!needsCampaign) {
      const people = age17List(ctx, { year: input.year!, page: 1, pageSize: MAX_ROWS }).rows;
      return { ...none, campaign: null, people, count: people.length, empty: people.length === 0 };
    }
    if (input.kind === 'conscription.resultReport') {
      const report = campaignReportData(ctx, input.campaignId!);
      // A report of zeros is still a report while there is a quota; a campaign with nothing at all is not.
      const empty = report.localities.length === 0 && report.recordCount === 0;
      return { ...none, campaign: report.campaign, report, count: report.totals.handedOver, empty };
    }
    const { campaign, rows } = campaignRecords(ctx, input.campaignId!, LIST_STATES[input.kind]!);
    const chosen = input.recordIds ? rows.filter((r) => input.recordIds!.includes(r.id)) : rows;
    return { ...none, campaign, rows: chosen, count: chosen.length, empty: chosen.length === 0 };
  });
  if (prepared.empty) throw new ApiError('DOCUMENT_EMPTY', vi.errors.DOCUMENT_EMPTY);
  const typeCode = TYPE_CODES[input.kind];
  const number =
    input.format === 'docx' && typeCode
      ? input.number === undefined
        ? inTransaction(ctx, () => takeNextNumber(ctx, year, typeCode))
        : input.number
      : null;

  const campaign = prepared.campaign;
  const base = { office, signer, number, date };
  let built: Document | Buffer;
  switch (input.kind) {
    case 'conscription.calledUpList':
      built =
        input.format === 'xlsx'
          ? await docs.calledUpListXlsx({ campaign: campaign!, records: prepared.rows })
          : docs.buildCalledUpList({ ...base, campaign: campaign!, records: prepared.rows });
      break;
    case 'conscription.deferredList':
      built =
        input.format === 'xlsx'
          ? await docs.deferredListXlsx({ campaign: campaign!, records: prepared.rows })
          : docs.buildDeferredList({ ...base, campaign: campaign!, records: prepared.rows });
      break;
    case 'conscription.exemptedList':
      built =
        input.format === 'xlsx'
          ? await docs.exemptedListXlsx({ campaign: campaign!, records: prepared.rows })
          : docs.buildExemptedList({ ...base, campaign: campaign!, records: prepared.rows });
      break;
    case 'conscription.callUpOrders': {
      const ordered = [...prepared.rows].sort((a, b) => (a.orderNumber ?? 0) - (b.orderNumber ?? 0));
      built = docs.buildCallUpOrders({ office, signer, campaign: campaign!, records: ordered });
      break;
    }
    case 'conscription.age17List':
      built =
        input.format === 'xlsx'
          ? await docs.age17ListXlsx({ year: input.year!, people: prepared.people })
          : docs.buildAge17List({ office, signer, year: input.year!, people: prepared.people, number, date });
      break;
    case 'conscription.resultReport':
      built =
        input.format === 'xlsx'
          ? await docs.resultReportXlsx(prepared.report!)
          : docs.buildResultReport({ ...base, data: prepared.report! });
      break;
  }
  const buffer = Buffer.isBuffer(built) ? built : await packDocx(built);
  const extension = Buffer.isBuffer(built) ? 'xlsx' : 'docx';
  ctx.log.info('documents.generated', { kind: input.kind, format: extension, count: prepared.count });
  return {
    fileName: `${format(vi.documents.fileNames[input.kind], { year: campaign?.year ?? input.year ?? year })}.${extension}`,
    mimeType: extension === 'xlsx' ? XLSX : DOCX,
    base64: buffer.toString('base64'),
    number,
    typeCode: extension === 'docx' ? (typeCode ?? null) : null,
    count: prepared.count,
    snapshot: conscriptionSnapshot(input.kind, prepared, campaign?.year ?? input.year ?? year),
  };
}
