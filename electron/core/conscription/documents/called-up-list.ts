import { type Document } from 'docx';
import { signatureFromSigner, type SignatureInput } from '../../docs/official-closing';
import { type Signer } from '../../office';
import { type IsoDate } from '../../shared/dates';
import { type Campaign } from '../campaigns/schema';
import { type ConscriptionRecordView } from '../records/view';
import { buildListDocument, type ListContent } from '../../docs/list-page';
import { type IssuingOffice } from '../../docs/official-header';
import { personCells, personColumns, rowsByArea, type ListTable } from '../../docs/list-table';
import { sortByLocalityThenName, type ListedPerson } from '../../docs/person-order';
import { documentText } from './text';
import { columnText } from '../../docs/list-text';
import { fill } from '../../../../vocabulary/text';
import { contentToXlsx } from '../../docs/xlsx-tables';

export { sortByLocalityThenName } from '../../docs/person-order';

/** Who signs a list: the signer from the office profile, and TM./KT. when it applies. */
export interface ListSigning {
  signer: Signer;
  authority?: SignatureInput['authority'];
}

export interface CalledUpListInput extends ListSigning {
  office: IssuingOffice;
  campaign: Pick<Campaign, 'year' | 'totals'>;
  /** The citizens on the list, in any order: the builder sorts them. */
  records: readonly ConscriptionRecordView[];
  /** Registration number; null leaves the blank a draft needs. */
  number: number | null;
  date: IsoDate;
}

type CalledUpRecord = ListedPerson &
  Pick<
    ConscriptionRecordView,
    'occupation' | 'ethnicity' | 'religion' | 'healthClass' | 'education' | 'receivingUnit' | 'branch'
  >;

/**
 * Form 17A's columns as far as the records hold them (domain.md §2): identity, job, residence,
 * ethnicity and religion, health class, education, receiving unit with army or police. Widths in
 * millimetres on the 252 mm of an A4 landscape page.
 */
const CALLED_UP_COLUMNS = [
  personColumns.index,
  personColumns.name,
  personColumns.birthDate,
  personColumns.citizenId,
  { header: columnText.occupation, weight: 28 },
  personColumns.residence,
  { header: columnText.ethnicityReligion, weight: 20, align: 'center' },
  { header: columnText.health, weight: 15, align: 'center' },
  { header: columnText.education, weight: 14, align: 'center' },
  { header: columnText.receivingUnit, weight: 30 },
] as const;

function branchName(branch: CalledUpRecord['branch']): string {
  if (branch === 'army') return documentText.army;
  if (branch === 'police') return documentText.police;
  return '';
}

/** "Sư đoàn 346" over "(QĐ)"; the branch alone while the unit is not yet known; said so when neither is. */
function unitCell(record: CalledUpRecord): string {
  const unit = record.receivingUnit.trim();
  if (unit === '') return branchName(record.branch) || documentText.calledUpNoUnit;
  const short =
    record.branch === 'army' ? documentText.armyShort : record.branch === 'police' ? documentText.policeShort : '';
  return short ? `${unit}\n(${short})` : unit;
}

function calledUpCells(index: number, record: CalledUpRecord): string[] {
  const [tt = '', name = '', birth = '', id = '', residence = ''] = personCells(index, record);
  return [
    tt,
    name,
    birth,
    id,
    record.occupation.trim(),
    residence,
    [record.ethnicity.trim(), record.religion.trim()].filter(Boolean).join(', '),
    record.healthClass === null ? '' : fill(documentText.healthClass, { class: record.healthClass }),
    record.education.trim(),
    unitCell(record),
  ];
}

/** The 17A table: sorted by area then Vietnamese name order, one heading row per ward/commune. */
export function calledUpTable(records: readonly CalledUpRecord[]): ListTable {
  return { columns: CALLED_UP_COLUMNS, rows: rowsByArea(sortByLocalityThenName(records), calledUpCells) };
}

/** The army's title, or the one naming the police service obligation when the list or the quota has police. */
export function calledUpTitle(year: number, withPolice: boolean): string {
  return fill(withPolice ? documentText.calledUpTitleWithPolice : documentText.calledUpTitle, { year });
}

/** "Đơn vị nhận quân: Sư đoàn 346 (4 công dân); Công an tỉnh Bắc Kạn (1 công dân)." in order of size. */
function unitsLine(records: readonly CalledUpRecord[]): string | null {
  const counts = new Map<string, number>();
  for (const r of records) {
    const unit = r.receivingUnit.trim();
    if (unit) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  if (counts.size === 0) return null;
  const units = [...counts]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'vi'))
    .map(([unit, count]) => fill(documentText.calledUpUnit, { unit, count }));
  return fill(documentText.calledUpUnits, { units: units.join('; ') });
}

function countLines(campaign: CalledUpListInput['campaign'], records: readonly CalledUpRecord[]): string[] {
  const army = records.filter((r) => r.branch === 'army').length;
  const police = records.filter((r) => r.branch === 'police').length;
  const unassigned = records.length - army - police;
  const units = unitsLine(records);
  return [
    fill(documentText.calledUpQuota, campaign.totals),
    fill(documentText.calledUpCounts, {
      count: records.length,
      army,
      police,
      unassigned: unassigned > 0 ? fill(documentText.calledUpUnassigned, { count: unassigned }) : '',
    }),
    ...(units ? [units] : []),
  ];
}

/** What the .docx and the .xlsx share: the title, the lines under it and the table. */
export function calledUpListContent(input: Pick<CalledUpListInput, 'campaign' | 'records'>): ListContent {
  return {
    title: calledUpTitle(
      input.campaign.year,
      input.campaign.totals.police > 0 || input.records.some((r) => r.branch === 'police'),
    ),
    sheetName: fill(documentText.calledUpSheet, { year: input.campaign.year }),
    notes: countLines(input.campaign, input.records),
    table: calledUpTable(input.records),
  };
}

/** "DANH SÁCH CÔNG DÂN NHẬP NGŨ NĂM 2026" (form 17A) on A4 landscape. */
export function buildCalledUpList(input: CalledUpListInput): Document {
  return buildListDocument({
    ...calledUpListContent(input),
    orientation: 'landscape',
    office: input.office,
    number: input.number,
    date: input.date,
    blankYear: input.campaign.year,
    signature: signatureFromSigner(input.signer, input.authority),
    recipients: { recipients: documentText.calledUpRecipients, archive: [] },
  });
}

/** The same list as an .xlsx workbook. */
export function calledUpListXlsx(input: Pick<CalledUpListInput, 'campaign' | 'records'>): Promise<Buffer> {
  return contentToXlsx(calledUpListContent(input));
}
