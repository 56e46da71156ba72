import {
  AlignmentType,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { sum } from './official-blocks';
import { SOLID_LINE, TEXT_WIDTH, fontSize, mm, ptToTwips } from './official-page';

export interface DataColumn {
  header: string;
  /** Relative width; the columns are scaled together to the text width. */
  weight: number;
  align?: 'left' | 'center' | 'right';
}

export interface DataTableOptions {
  /** Cell text size: Decree 30 leaves tables to the office; 12–13 pt keeps them readable. */
  sizePt?: 12 | 13;
  /** Total width in twips; defaults to the full 165 mm text width. */
  width?: number;
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/**
 * Whole-twip column widths in proportion to `weights`, summing to exactly `total`: the rounding
 * remainder goes to the widest column, where a twip or two is invisible. LibreOffice lays a fixed
 * table out from the grid, so a grid that misses the text width by a twip shifts the right border.
 */
export function scaleColumnWidths(weights: readonly number[], total: number = TEXT_WIDTH): number[] {
  const weightSum = sum(weights);
  if (weights.length === 0 || weightSum <= 0 || weights.some((w) => w < 0)) {
    throw new RangeError('Column weights must be non-negative and not all zero');
  }
  const widths = weights.map((w) => Math.floor((w / weightSum) * total));
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] = (widths[widest] ?? 0) + total - sum(widths);
  return widths;
}

function cell(text: string, width: number, sizePt: number, align: keyof typeof ALIGN, bold: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        alignment: ALIGN[align],
        spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        children: [new TextRun({ text, size: fontSize(sizePt), bold })],
      }),
    ],
  });
}

/**
 * A data table: explicit widths (grid and cells), single borders, a header row that repeats on
 * every page, and rows that never split across a page break, so a name is never cut in two.
 */
export function dataTable(
  columns: readonly DataColumn[],
  rows: readonly (readonly string[])[],
  options: DataTableOptions = {},
): Table {
  const sizePt = options.sizePt ?? 12;
  const widths = scaleColumnWidths(
    columns.map((c) => c.weight),
    options.width ?? TEXT_WIDTH,
  );
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => cell(c.header, widths[i] ?? 0, sizePt, 'center', true)),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((c, i) => cell(row[i] ?? '', widths[i] ?? 0, sizePt, c.align ?? 'left', false)),
      }),
  );
  return gridTable(widths, [header, ...body]);
}

/**
 * The frame every data table shares: fixed layout with explicit column widths (so LibreOffice
 * and Word agree), single borders all round and small cell margins (Word's own without `margins`,
 * as a sample template leaves them for the office to set).
 */
export function gridTable(widths: number[], rows: TableRow[], look: { margins?: boolean } = {}): Table {
  return new Table({
    width: { size: sum(widths), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: SOLID_LINE,
      bottom: SOLID_LINE,
      left: SOLID_LINE,
      right: SOLID_LINE,
      insideHorizontal: SOLID_LINE,
      insideVertical: SOLID_LINE,
    },
    margins:
      look.margins === false ? undefined : { top: ptToTwips(2), bottom: ptToTwips(2), left: mm(1.5), right: mm(1.5) },
    rows,
  });
}
