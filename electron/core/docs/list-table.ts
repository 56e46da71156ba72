import {
  AlignmentType,
  Paragraph,
  type Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphStyleOptions,
} from 'docx';
import { gridTable, scaleColumnWidths, type DataColumn } from './data-table';
import { fontSize } from './official-page';
import { formatDisplayDate } from '../shared/dates';
import { listArea, residenceText, type ListedPerson } from './person-order';
import { columnText, listText } from './list-text';
import { fill } from '../../../vocabulary/text';

/**
 * A list's table as plain data, built once and printed twice: into the .docx and into the .xlsx,
 * so the two always agree. A row is either the cells of one person ("\n" breaks a line inside a
 * cell) or a group heading that spans the whole width ("Phường Đức Xuân (3 công dân)").
 */
export type ListRow = readonly string[] | { readonly group: string };

export interface ListTable {
  /** Weights are millimetres at the width the .docx prints them; the .xlsx derives its widths from them. */
  columns: readonly DataColumn[];
  rows: readonly ListRow[];
}

export function isGroupRow(row: ListRow): row is { readonly group: string } {
  return !Array.isArray(row);
}

/** The cells every conscription list starts with. */
export const personColumns = {
  index: { header: columnText.index, weight: 9, align: 'center' },
  name: { header: columnText.name, weight: 36 },
  // dd/mm/yyyy at 12 pt and the padding need 23 mm.
  birthDate: { header: columnText.birthDate, weight: 23, align: 'center' },
  // 12 digits at 12 pt and the cell padding need 28–29 mm: narrower, the number would wrap.
  citizenId: { header: columnText.citizenId, weight: 29, align: 'center' },
  residence: { header: columnText.residence, weight: 48 },
} as const satisfies Record<string, DataColumn>;

/** TT, name, birth date (dd/mm/yyyy), citizen ID, residence. */
export function personCells(index: number, person: ListedPerson): string[] {
  return [
    String(index),
    person.fullName,
    formatDisplayDate(person.birthDate),
    person.citizenId ?? '',
    residenceText(person),
  ];
}

/**
 * Rows grouped by area, numbered 1…n across the groups. `people` must already be sorted by
 * `sortByLocalityThenName`, which keeps each area's people together.
 */
export function rowsByArea<T extends ListedPerson>(
  people: readonly T[],
  cells: (index: number, person: T) => readonly string[],
  startIndex = 1,
): ListRow[] {
  const rows: ListRow[] = [];
  let index = startIndex;
  let current: string | undefined;
  let heading: { group: string } | undefined;
  let count = 0;
  const close = (label: string) => {
    if (heading) heading.group = fill(listText.groupCount, { label, count });
  };
  for (const person of people) {
    const area = listArea(person) ?? listText.noLocality;
    if (area !== current) {
      if (current !== undefined) close(current);
      heading = { group: area };
      rows.push(heading);
      current = area;
      count = 0;
    }
    rows.push(cells(index++, person));
    count++;
  }
  if (current !== undefined) close(current);
  return rows;
}

/** Cell text, 12 pt: Decree 30 leaves tables to the office and 12 pt keeps wide lists readable. */
const CELL_PT = 12;

/**
 * Paragraph styles for the cells. A list of 2,000 citizens has 20,000 cells: naming a style in each
 * instead of repeating size, spacing and alignment keeps the document small and quick to pack.
 * The document defaults already give Times New Roman and no spacing (officialStyles).
 */
const CELL_STYLE = { left: 'QsdpCell', center: 'QsdpCellCenter', right: 'QsdpCellRight' } as const;
const HEADING_STYLE = { header: 'QsdpCellHeader', group: 'QsdpCellGroup' } as const;

export const listCellStyles: IParagraphStyleOptions[] = [
  { id: CELL_STYLE.left, name: 'QSĐP cell', run: { size: fontSize(CELL_PT) } },
  {
    id: CELL_STYLE.center,
    name: 'QSĐP cell centred',
    basedOn: CELL_STYLE.left,
    paragraph: { alignment: AlignmentType.CENTER },
  },
  {
    id: CELL_STYLE.right,
    name: 'QSĐP cell right',
    basedOn: CELL_STYLE.left,
    paragraph: { alignment: AlignmentType.RIGHT },
  },
  {
    id: HEADING_STYLE.header,
    name: 'QSĐP cell header',
    basedOn: CELL_STYLE.center,
    run: { size: fontSize(CELL_PT), bold: true },
  },
  {
    id: HEADING_STYLE.group,
    name: 'QSĐP cell group',
    basedOn: CELL_STYLE.left,
    // A group heading stays on the page of its first row.
    paragraph: { keepNext: true },
    run: { size: fontSize(CELL_PT), bold: true },
  },
];

function cellParagraph(text: string, style: string, keepNext: boolean): Paragraph {
  const lines = text.split('\n');
  return new Paragraph({
    style,
    keepNext: keepNext || undefined,
    children:
      lines.length === 1
        ? [new TextRun(text)]
        : lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })),
  });
}

function cell(text: string, width: number, style: string, span = 1, keepNext = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: span > 1 ? span : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    children: [cellParagraph(text, style, keepNext)],
  });
}

/**
 * The list as a Word table, composed like the engine's `dataTable` (explicit widths, single
 * borders, header row repeated on every page, rows never split) plus full-width group rows.
 */
export function listTableDocx(table: ListTable, width: number): Table {
  const widths = scaleColumnWidths(
    table.columns.map((c) => c.weight),
    width,
  );
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((c, i) => cell(c.header, widths[i] ?? 0, HEADING_STYLE.header)),
  });
  // The last row keeps with what follows (the signature), so a signature never stands alone on a page.
  const last = table.rows.length - 1;
  const body = table.rows.map((row, r) =>
    isGroupRow(row)
      ? new TableRow({ cantSplit: true, children: [cell(row.group, width, HEADING_STYLE.group, table.columns.length)] })
      : new TableRow({
          cantSplit: true,
          children: table.columns.map((c, i) =>
            cell(row[i] ?? '', widths[i] ?? 0, CELL_STYLE[c.align ?? 'left'], 1, r === last),
          ),
        }),
  );
  return gridTable(widths, [header, ...body]);
}
