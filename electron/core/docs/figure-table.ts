import {
  AlignmentType,
  LineRuleType,
  Paragraph,
  type Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { gridTable, scaleColumnWidths } from './data-table';
import { TEXT_WIDTH, fontSize } from './official-page';

export type CellAlign = 'left' | 'center' | 'right';

/** A header cell: spans columns to its right and/or the header rows below it. */
export interface HeaderCell {
  text: string;
  columnSpan?: number;
  rowSpan?: number;
}

/**
 * A figures table of a report: each body row is its cells, a bold total row, or a group heading
 * across the whole width. The same rows feed the .xlsx export where there is one.
 */
export type FigureRow =
  | { kind: 'cells'; cells: readonly string[] }
  | { kind: 'total'; cells: readonly string[] }
  | { kind: 'group'; text: string };

export interface FigureTable {
  /** Relative widths (millimetres on the 165 mm of a portrait page). */
  weights: readonly number[];
  aligns: readonly CellAlign[];
  /** One or more header rows, repeated on every page. */
  header: readonly (readonly HeaderCell[])[];
  rows: readonly FigureRow[];
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const CELL_PT = 12;

function cell(
  text: string,
  width: number,
  options: {
    align: CellAlign;
    bold?: boolean;
    columnSpan?: number;
    rowSpan?: number;
    keepNext?: boolean;
    sizePt?: number;
  },
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: options.columnSpan && options.columnSpan > 1 ? options.columnSpan : undefined,
    rowSpan: options.rowSpan && options.rowSpan > 1 ? options.rowSpan : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        alignment: ALIGN[options.align],
        keepNext: options.keepNext || undefined,
        spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        children: [new TextRun({ text, size: fontSize(options.sizePt ?? CELL_PT), bold: options.bold ?? false })],
      }),
    ],
  });
}

/** Width of `span` columns starting at `from`. */
function spanWidth(widths: readonly number[], from: number, span: number): number {
  return widths.slice(from, from + span).reduce((sum, w) => sum + w, 0);
}

/**
 * The table in Word: explicit widths, single borders, header rows repeated on every page and
 * rows never split. A small table (under a dozen rows) is kept on one page with its heading.
 * `sizePt` lets a one-page summary with many figure columns print at 11 pt.
 */
export function figureTableDocx(table: FigureTable, width: number = TEXT_WIDTH, sizePt: number = CELL_PT): Table {
  const widths = scaleColumnWidths(table.weights, width);
  // Columns already covered by a header cell spanning down from an earlier row.
  const coveredBelow = new Map<number, number>();
  const header = table.header.map((cells, r) => {
    let column = 0;
    const children: TableCell[] = [];
    for (const h of cells) {
      while ((coveredBelow.get(column) ?? -1) >= r) column++;
      const span = h.columnSpan ?? 1;
      if ((h.rowSpan ?? 1) > 1) {
        for (let c = column; c < column + span; c++) coveredBelow.set(c, r + (h.rowSpan ?? 1) - 1);
      }
      children.push(
        cell(h.text, spanWidth(widths, column, span), {
          align: 'center',
          bold: true,
          columnSpan: span,
          rowSpan: h.rowSpan,
          keepNext: true,
          sizePt,
        }),
      );
      column += span;
    }
    return new TableRow({ tableHeader: true, cantSplit: true, children });
  });
  const keepTogether = table.rows.length <= 12;
  const last = table.rows.length - 1;
  const body = table.rows.map((row, r) => {
    const keepNext = keepTogether && r < last;
    if (row.kind === 'group') {
      return new TableRow({
        cantSplit: true,
        children: [
          cell(row.text, width, { align: 'left', bold: true, columnSpan: widths.length, keepNext: true, sizePt }),
        ],
      });
    }
    return new TableRow({
      cantSplit: true,
      children: widths.map((w, i) =>
        cell(row.cells[i] ?? '', w, { align: table.aligns[i] ?? 'left', bold: row.kind === 'total', keepNext, sizePt }),
      ),
    });
  });
  return gridTable(widths, [...header, ...body]);
}
