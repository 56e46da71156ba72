import type { ApiContext } from '../../kernel/context';
import { ApiError } from '../../kernel/errors';
import type { DocumentFamily, DocumentRequest, PreparedDocument } from '../../documents/family';
import { conscriptionSnapshot, conscriptionVocabulary } from './vocabulary';
import { format, vi } from '../../messages/vi';
import { getCampaign } from '../campaigns/service';
import { queryRecords } from '../records/repository';
import type { ConscriptionRecordView } from '../records/view';
import { age17List } from '../records/year-service';
import { campaignReportData } from '../report/report-data';
import type { ConscriptionState } from '../states';
import * as docs from '.';
import { conscriptionDocumentKinds, type ConscriptionDocumentKind } from './kinds';
import { isPaperKind, paperDocument, type PaperKind } from './paper-family';
import { paperCodes } from './paper-text';

const MAX_ROWS = 20_000;

/** Who is on each list: the call-up list also counts those already ordered or handed over. */
const LIST_STATES: Record<string, readonly ConscriptionState[]> = {
  'conscription.calledUpList': ['official_list', 'call_up_ordered', 'handed_over'],
  'conscription.deferredList': ['deferred'],
  'conscription.exemptedList': ['exempted'],
  'conscription.callUpOrders': ['call_up_ordered', 'handed_over'],
};

/**
 * Number series per kind ("Số: 03/DS-BCH", "Số: 01/BC-BCH"). Call-up orders have their own
 * sequence (the order number on each record), so the .docx of orders takes none.
 */
const TYPE_CODES: Record<ConscriptionDocumentKind, string | null> = {
  'conscription.calledUpList': docs.documentText.listTypeCode,
  'conscription.deferredList': docs.documentText.listTypeCode,
  'conscription.exemptedList': docs.documentText.listTypeCode,
  'conscription.callUpOrders': null,
  'conscription.age17List': docs.documentText.listTypeCode,
  'conscription.resultReport': docs.reportText.typeCode,
  'conscription.examSummons': paperCodes.examSummons,
  'conscription.registrationCertificates': paperCodes.certificate,
  'conscription.deferralDecisions': paperCodes.decision,
  'conscription.exemptionDecisions': paperCodes.decision,
  'conscription.listNotice': paperCodes.notice,
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

function titleOf(kind: ConscriptionDocumentKind, year: number): string {
  return format(vi.documents.fileNames[kind], { year });
}

/** The age-17 list: the men of the register who turn 17 in the year. */
function age17Document(ctx: ApiContext, { input, office, signer, date }: DocumentRequest): PreparedDocument {
  if (input.year === undefined) throw ApiError.fields({ year: vi.field.required });
  const year = input.year;
  const people = age17List(ctx, { year, page: 1, pageSize: MAX_ROWS }).rows;
  const none = { campaign: null, rows: [], report: null };
  return {
    count: people.length,
    empty: people.length === 0,
    title: titleOf('conscription.age17List', year),
    snapshot: conscriptionSnapshot('conscription.age17List', { ...none, people, count: people.length }, year),
    docx: (number) => docs.buildAge17List({ office, signer, year, people, number, date }),
    xlsx: () => docs.age17ListXlsx({ year, people }),
  };
}

/** The result report (báo cáo kết quả tuyển quân) of one campaign. */
function resultReportDocument(
  ctx: ApiContext,
  campaignId: string,
  { office, signer, date }: DocumentRequest,
): PreparedDocument {
  const report = campaignReportData(ctx, campaignId);
  const kind = 'conscription.resultReport';
  const count = report.totals.handedOver;
  return {
    count,
    // A report of zeros is still a report while there is a quota; a campaign with nothing at all is not.
    empty: report.localities.length === 0 && report.recordCount === 0,
    title: titleOf(kind, report.campaign.year),
    snapshot: conscriptionSnapshot(
      kind,
      { campaign: report.campaign, rows: [], people: [], report, count },
      report.campaign.year,
    ),
    docx: (number) => docs.buildResultReport({ office, signer, number, date, data: report }),
    xlsx: () => docs.resultReportXlsx(report),
  };
}

/** The campaign's lists and its call-up orders. */
function listDocument(
  ctx: ApiContext,
  kind: Exclude<ConscriptionDocumentKind, 'conscription.age17List' | 'conscription.resultReport' | PaperKind>,
  campaignId: string,
  { input, office, signer, date }: DocumentRequest,
): PreparedDocument {
  const { campaign, rows } = campaignRecords(ctx, campaignId, LIST_STATES[kind]!);
  const records: readonly ConscriptionRecordView[] = input.recordIds
    ? rows.filter((r) => input.recordIds!.includes(r.id))
    : rows;
  const base = { office, signer, date, campaign };
  const prepared = {
    count: records.length,
    empty: records.length === 0,
    title: titleOf(kind, campaign.year),
    snapshot: conscriptionSnapshot(
      kind,
      { campaign, rows: records, people: [], report: null, count: records.length },
      campaign.year,
    ),
  };
  switch (kind) {
    case 'conscription.calledUpList':
      return {
        ...prepared,
        docx: (number) => docs.buildCalledUpList({ ...base, number, records }),
        xlsx: () => docs.calledUpListXlsx({ campaign, records }),
      };
    case 'conscription.deferredList':
      return {
        ...prepared,
        docx: (number) => docs.buildDeferredList({ ...base, number, records }),
        xlsx: () => docs.deferredListXlsx({ campaign, records }),
      };
    case 'conscription.exemptedList':
      return {
        ...prepared,
        docx: (number) => docs.buildExemptedList({ ...base, number, records }),
        xlsx: () => docs.exemptedListXlsx({ campaign, records }),
      };
    case 'conscription.callUpOrders': {
      const ordered = [...records].sort((a, b) => (a.orderNumber ?? 0) - (b.orderNumber ?? 0));
      return { ...prepared, docx: () => docs.buildCallUpOrders({ office, signer, campaign, records: ordered }) };
    }
  }
}

/**
 * The conscription documents: the campaign's lists, call-up orders and result report, the age-17
 * list, and the per-citizen papers with the notice of the deferral and exemption lists (paper-family.ts).
 */
export const conscriptionDocuments: DocumentFamily<ConscriptionDocumentKind> = {
  kinds: conscriptionDocumentKinds,
  typeCode: (kind) => TYPE_CODES[kind],
  vocabulary: conscriptionVocabulary,
  prepare(ctx, kind, request) {
    if (kind === 'conscription.age17List') return age17Document(ctx, request);
    const campaignId = request.input.campaignId;
    if (!campaignId) throw ApiError.fields({ campaignId: vi.field.required });
    if (kind === 'conscription.resultReport') return resultReportDocument(ctx, campaignId, request);
    if (isPaperKind(kind)) return paperDocument(ctx, kind, campaignId, request);
    return listDocument(ctx, kind, campaignId, request);
  },
};
