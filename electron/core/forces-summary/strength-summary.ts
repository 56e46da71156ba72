import { fill } from '../../../vocabulary/text';
import { formatDisplayDate, type IsoDate } from '../shared/dates';
import { type StrengthCounts, type StrengthRow } from './summary-data';
import { percentOf, type Cell, type ContentColumn, type TableContent, type ContentRow } from '../docs/table-content';
import { columnText, peopleListText } from '../docs/list-text';
import { summaryColumns, summaryText } from './text';

const col = { ...columnText, ...summaryColumns };

/**
 * The one-page strength summary: per ward/commune the population, the militia with their share of
 * the population and their Party members, standing and mobile militia, reservists by grade and
 * those assigned to a reserve unit; a totals row. Widths in millimetres on A4 portrait (165 mm).
 */
const SUMMARY_COLUMNS: readonly ContentColumn[] = [
  { header: col.index, weight: 8.5, align: 'center' },
  { header: col.locality, weight: 31 },
  // At 11 pt each figure column is as wide as its longest header word needs ("Thường", bold).
  { header: col.population, weight: 14, align: 'right' },
  { header: col.militia, weight: 12, align: 'right' },
  { header: col.militiaShare, weight: 12, align: 'right' },
  { header: col.party, weight: 12, align: 'right' },
  { header: col.partyShare, weight: 12, align: 'right' },
  { header: col.standing, weight: 16.5, align: 'right' },
  { header: col.mobile, weight: 12, align: 'right' },
  { header: `${col.reservists} ${col.grade1.toLocaleLowerCase('vi')}`, weight: 12.5, align: 'right' },
  { header: `${col.reservists} ${col.grade2.toLocaleLowerCase('vi')}`, weight: 12.5, align: 'right' },
  { header: `${col.reservists} ${col.assigned.toLocaleLowerCase('vi')}`, weight: 10, align: 'right' },
];

const SUMMARY_HEADER = [
  [
    { text: col.index, rowSpan: 2 },
    { text: col.locality, rowSpan: 2 },
    { text: col.population, rowSpan: 2 },
    { text: col.militia, columnSpan: 6 },
    { text: col.reservists, columnSpan: 3 },
  ],
  [
    { text: col.militiaCount },
    { text: col.share },
    { text: col.party },
    { text: col.share },
    { text: col.standing },
    { text: col.mobile },
    { text: col.grade1 },
    { text: col.grade2 },
    { text: col.assigned },
  ],
];

export interface StrengthTotals extends StrengthCounts {
  population: number;
  /** Militia of places with a population entered: the share is taken over these only. */
  militiaWithPopulation: number;
}

export function strengthTotals(rows: readonly StrengthRow[]): StrengthTotals {
  const total: StrengthTotals = {
    population: 0,
    militia: 0,
    militiaWithPopulation: 0,
    party: 0,
    standing: 0,
    mobile: 0,
    grade1: 0,
    grade2: 0,
    assigned: 0,
  };
  for (const r of rows) {
    total.population += r.population ?? 0;
    if (r.population) total.militiaWithPopulation += r.militia;
    for (const key of ['militia', 'party', 'standing', 'mobile', 'grade1', 'grade2', 'assigned'] as const) {
      total[key] += r[key];
    }
  }
  return total;
}

function rowName(row: StrengthRow): string {
  if (row.special === 'agencies') return summaryText.agencies;
  if (row.special === 'unplaced') return summaryText.unplaced;
  return row.name ?? '';
}

function figureCells(
  r: Pick<StrengthRow, 'population' | 'militia' | 'party' | 'standing' | 'mobile' | 'grade1' | 'grade2' | 'assigned'>,
  militiaWithPopulation: number,
): Cell[] {
  return [
    r.population,
    r.militia,
    { percent: r.population ? percentOf(militiaWithPopulation, r.population, 2) : null, decimals: 2 },
    r.party,
    { percent: percentOf(r.party, r.militia) },
    r.standing,
    r.mobile,
    r.grade1,
    r.grade2,
    r.assigned,
  ];
}

export function strengthSummaryContent(input: { rows: readonly StrengthRow[]; asOf: IsoDate }): TableContent {
  const body: ContentRow[] = input.rows.map((r, i) => ({
    kind: 'cells',
    cells: [i + 1, rowName(r), ...figureCells(r, r.militia)],
  }));
  const t = strengthTotals(input.rows);
  body.push({
    kind: 'total',
    cells: ['', summaryText.total, ...figureCells({ ...t, population: t.population || null }, t.militiaWithPopulation)],
  });
  return {
    title: summaryText.summarySheetTitle,
    sheetName: fill(summaryText.summarySheet, { year: input.asOf.slice(0, 4) }),
    notes: [fill(peopleListText.asOfLine, { date: formatDisplayDate(input.asOf) })],
    table: { columns: SUMMARY_COLUMNS, header: SUMMARY_HEADER, rows: body, sizePt: 11 },
  };
}
