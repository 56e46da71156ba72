import { type Document } from 'docx';
import { signatureFromSigner } from '../../docs/official-closing';
import { type DataColumn } from '../../docs/data-table';
import { type IsoDate } from '../../shared/dates';
import { type Campaign } from '../campaigns/schema';
import {
  DEFERRAL_POINTS,
  EXEMPTION_POINTS,
  HEALTH_DEFERRAL_POINT,
  deferralPointLabel,
  exemptionPointLabel,
  isDeferralPoint,
  isExemptionPoint,
  pointLetter,
  type LegalPointKind,
} from '../points';
import { type ConscriptionRecordView } from '../records/view';
import { type ListSigning } from './called-up-list';
import { buildListDocument, type ListContent } from '../../docs/list-page';
import { type IssuingOffice } from '../../docs/official-header';
import { personCells, personColumns, type ListRow, type ListTable } from '../../docs/list-table';
import { sortByLocalityThenName, type ListedPerson } from '../../docs/person-order';
import { documentText } from './text';
import { columnText } from '../../docs/list-text';
import { fill } from '../../../../vocabulary/text';
import { contentToXlsx } from '../../docs/xlsx-tables';

export interface PointListInput extends ListSigning {
  office: IssuingOffice;
  campaign: Pick<Campaign, 'year'>;
  /** The deferred (or exempted) citizens, in any order: the builder groups and sorts them. */
  records: readonly ConscriptionRecordView[];
  number: number | null;
  date: IsoDate;
}

type PointRecord = ListedPerson &
  Pick<ConscriptionRecordView, 'legalPoint' | 'healthClass' | 'healthNotes' | 'reason' | 'deferralYear'>;

/** Widths in millimetres on the 165 mm of an A4 portrait page. */
const PERSON_COLUMNS: readonly DataColumn[] = [
  { ...personColumns.index, weight: 9 },
  { ...personColumns.name, weight: 31 },
  personColumns.birthDate,
  personColumns.citizenId,
];
const DEFERRED_COLUMNS: readonly DataColumn[] = [
  ...PERSON_COLUMNS,
  { ...personColumns.residence, weight: 35 },
  { header: columnText.reason, weight: 24 },
  { header: columnText.deferralYear, weight: 14, align: 'center' },
];
const EXEMPTED_COLUMNS: readonly DataColumn[] = [
  ...PERSON_COLUMNS,
  { ...personColumns.residence, weight: 43 },
  { header: columnText.reason, weight: 30 },
];

/**
 * The reason recorded with the decision; for a deferral on health grounds (Art. 41(1)(a)) the
 * exam's class and notes first: "Sức khỏe loại 4; cận thị 2,5 D".
 */
function reasonCell(kind: LegalPointKind, record: PointRecord): string {
  const parts: string[] = [];
  if (kind === 'deferral' && record.legalPoint === HEALTH_DEFERRAL_POINT) {
    if (record.healthClass !== null) parts.push(fill(documentText.healthReason, { class: record.healthClass }));
    if (record.healthNotes.trim()) parts.push(record.healthNotes.trim());
  }
  if (record.reason.trim()) parts.push(record.reason.trim());
  return parts.join('; ');
}

function pointLabel(kind: LegalPointKind, point: string): string {
  if (kind === 'deferral' && isDeferralPoint(point)) return deferralPointLabel(point);
  if (kind === 'exemption' && isExemptionPoint(point)) return exemptionPointLabel(point);
  return '';
}

/**
 * Rows grouped by legal point in the law's order (a, b, c, d, đ, e, g, h), a heading row per point
 * with its wording and count, then people by area and Vietnamese name order, numbered 1…n
 * throughout. Records without a valid point (the rules forbid it, but a list never drops anyone)
 * come last under their own heading.
 */
function rowsByPoint(
  kind: LegalPointKind,
  records: readonly PointRecord[],
  cells: (index: number, record: PointRecord) => string[],
): ListRow[] {
  const points: readonly string[] = kind === 'deferral' ? DEFERRAL_POINTS : EXEMPTION_POINTS;
  const groups = [...points.map((point) => ({ point, label: pointLabel(kind, point) })), { point: null, label: '' }];
  const rows: ListRow[] = [];
  let index = 1;
  for (const { point, label } of groups) {
    const members = records.filter((r) =>
      point === null ? r.legalPoint === null || !points.includes(r.legalPoint) : r.legalPoint === point,
    );
    if (members.length === 0) continue;
    const heading =
      point === null ? documentText.noPoint : fill(documentText.pointHeading, { letter: pointLetter(point), label });
    rows.push({ group: fill(documentText.groupCount, { label: heading, count: members.length }) });
    for (const record of sortByLocalityThenName(members)) rows.push(cells(index++, record));
  }
  return rows;
}

export function deferredTable(records: readonly PointRecord[]): ListTable {
  return {
    columns: DEFERRED_COLUMNS,
    rows: rowsByPoint('deferral', records, (i, r) => [
      ...personCells(i, r),
      reasonCell('deferral', r),
      r.deferralYear === null ? '' : String(r.deferralYear),
    ]),
  };
}

export function exemptedTable(records: readonly PointRecord[]): ListTable {
  return {
    columns: EXEMPTED_COLUMNS,
    rows: rowsByPoint('exemption', records, (i, r) => [...personCells(i, r), reasonCell('exemption', r)]),
  };
}

export function deferredTitle(year: number): string {
  return fill(documentText.deferredTitle, { year });
}

export function exemptedTitle(year: number): string {
  return fill(documentText.exemptedTitle, { year });
}

function pointListContent(kind: LegalPointKind, input: Pick<PointListInput, 'campaign' | 'records'>): ListContent {
  const { year } = input.campaign;
  const deferral = kind === 'deferral';
  return {
    title: deferral ? deferredTitle(year) : exemptedTitle(year),
    sheetName: fill(deferral ? documentText.deferredSheet : documentText.exemptedSheet, { year }),
    notes: [
      deferral ? documentText.deferredBasis : documentText.exemptedBasis,
      fill(documentText.totalLine, { count: input.records.length }),
    ],
    table: deferral ? deferredTable(input.records) : exemptedTable(input.records),
  };
}

/** What the deferred list's .docx and .xlsx share: title, notes and the table. */
export function deferredListContent(input: Pick<PointListInput, 'campaign' | 'records'>): ListContent {
  return pointListContent('deferral', input);
}

/** What the exempted list's .docx and .xlsx share: title, notes and the table. */
export function exemptedListContent(input: Pick<PointListInput, 'campaign' | 'records'>): ListContent {
  return pointListContent('exemption', input);
}

function buildPointList(input: PointListInput, content: ListContent): Document {
  return buildListDocument({
    ...content,
    orientation: 'portrait',
    office: input.office,
    number: input.number,
    date: input.date,
    blankYear: input.campaign.year,
    signature: signatureFromSigner(input.signer, input.authority),
    recipients: { recipients: documentText.pointListRecipients, archive: [] },
  });
}

/** "DANH SÁCH CÔNG DÂN ĐƯỢC TẠM HOÃN GỌI NHẬP NGŨ NĂM 2026", grouped by point of Art. 41(1). */
export function buildDeferredList(input: PointListInput): Document {
  return buildPointList(input, deferredListContent(input));
}

/** "DANH SÁCH CÔNG DÂN ĐƯỢC MIỄN GỌI NHẬP NGŨ NĂM 2026", grouped by point of Art. 41(2). */
export function buildExemptedList(input: PointListInput): Document {
  return buildPointList(input, exemptedListContent(input));
}

export function deferredListXlsx(input: Pick<PointListInput, 'campaign' | 'records'>): Promise<Buffer> {
  return contentToXlsx(deferredListContent(input));
}

export function exemptedListXlsx(input: Pick<PointListInput, 'campaign' | 'records'>): Promise<Buffer> {
  return contentToXlsx(exemptedListContent(input));
}
