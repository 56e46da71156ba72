import {
  AlignmentType,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import { NO_LINE, TEXT_WIDTH, SOLID_LINE, mm, fontSize, ptToTwips } from './official-page';
import { estimateTextWidthTwips } from './text-width';

/**
 * Body text: Decree 30 asks for a 1–1.27 cm first-line indent, at least 6 pt between paragraphs
 * and single to 1.5 line spacing; 1.2 lines (288/240) reads well and keeps reports short.
 */
const BODY_INDENT = mm(12.7);
const BODY_SPACING = { before: 0, after: ptToTwips(6), line: 288, lineRule: LineRuleType.AUTO } as const;

/**
 * A horizontal rule `width` twips long, centred in `available` twips: an empty paragraph, indented
 * from both sides, with a bottom border. LibreOffice and Word both draw a paragraph border across
 * exactly the indented width, which is more dependable than a drawn line shape anchored in a cell.
 * The 1 pt exact line height keeps the rule close under the text above it, clear of descenders.
 */
export function ruleParagraph(width: number, available: number, spaceAfter = 0): Paragraph {
  const side = Math.max(0, Math.round((available - Math.min(width, available)) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: ptToTwips(2), after: spaceAfter, line: 20, lineRule: LineRuleType.EXACT },
    border: { bottom: { ...SOLID_LINE, space: 1 } },
    run: { size: 2 },
  });
}

/**
 * A rule a given share of the text above it: the estimated width of its longest line, capped at the
 * space it wraps in. Decree 30 wants 1/3–1/2 of the text for the issuing body and summary rules.
 */
export function ruleUnder(
  text: string,
  sizePt: number,
  available: number,
  share: number,
  bold = true,
  spaceAfter = 0,
): Paragraph {
  const widest = Math.max(...textLines(text).map((line) => estimateTextWidthTwips(line, sizePt, bold)));
  const lineWidth = Math.min(widest, available);
  return ruleParagraph(Math.round(lineWidth * share), available, spaceAfter);
}

export interface CenteredLineOptions {
  sizePt: number;
  bold?: boolean;
  italics?: boolean;
  upperCase?: boolean;
  spaceBefore?: number;
  spaceAfter?: number;
  keepNext?: boolean;
}

/** One centred line of header, title or signature text. */
export function centeredLine(text: string, options: CenteredLineOptions): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: options.keepNext ?? false,
    spacing: { before: options.spaceBefore ?? 0, after: options.spaceAfter ?? 0 },
    // "\n" breaks the line where the clerk wants it, as offices often split a long body name.
    children: textLines(options.upperCase ? text.toLocaleUpperCase('vi') : text).map(
      (line, i) =>
        new TextRun({
          text: line,
          break: i > 0 ? 1 : 0,
          size: fontSize(options.sizePt),
          bold: options.bold ?? false,
          italics: options.italics ?? false,
        }),
    ),
  });
}

export function textLines(text: string): string[] {
  return text.split('\n').map((line) => line.trim());
}

/**
 * The title block: document type ("BÁO CÁO") and summary (trích yếu), both bold 14 pt and centred,
 * then a short rule. Kept with the next paragraph so a title never ends a page on its own.
 */
export function titleBlock(documentType: string, summary: string | undefined): Paragraph[] {
  const blocks = [
    centeredLine(documentType, { sizePt: 14, bold: true, upperCase: true, spaceBefore: ptToTwips(12), keepNext: true }),
  ];
  if (summary) {
    blocks.push(centeredLine(summary, { sizePt: 14, bold: true, keepNext: true }));
  }
  // 2/5 of the summary (or of the type word when there is none): inside the decree's 1/3–1/2.
  blocks.push(ruleUnder(summary ?? documentType.toLocaleUpperCase('vi'), 14, TEXT_WIDTH, 2 / 5, true, ptToTwips(12)));
  return blocks;
}

type Content = string | readonly IRunOptions[];

function runs(content: Content, base: IRunOptions): TextRun[] {
  if (typeof content === 'string') return [new TextRun({ ...base, text: content })];
  return content.map((run) => new TextRun({ ...base, ...run }));
}

/**
 * A body paragraph: 14 pt, justified, first-line indent. Give runs to mix bold or italic words in.
 * `keepNext` keeps it on the page of what follows (a table, the signature block).
 */
export function bodyParagraph(content: Content, options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: BODY_INDENT },
    spacing: BODY_SPACING,
    keepNext: options.keepNext || undefined,
    keepLines: options.keepNext || undefined,
    children: runs(content, {}),
  });
}

/** "Căn cứ …": the legal bases before the body, in italics (Decree 30, Annex I). */
export function legalBasisParagraph(content: Content): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: BODY_INDENT },
    spacing: BODY_SPACING,
    children: runs(content, { italics: true }),
  });
}

/**
 * A section heading such as "I. KẾT QUẢ THỰC HIỆN": bold, indented like the body, and kept with
 * the paragraph after it so it never strands at the foot of a page.
 */
export function headingParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: BODY_INDENT },
    spacing: { ...BODY_SPACING, before: ptToTwips(6) },
    keepNext: true,
    keepLines: true,
    children: [new TextRun({ text, bold: true })],
  });
}

/**
 * A borderless table that only places blocks side by side (header, recipients and signature).
 * Fixed layout with explicit grid and cell widths, and no cell padding, so the columns are exactly
 * as wide in LibreOffice as in Word and the rules centred in them stay centred.
 */
export function borderlessTable(
  columnWidths: readonly number[],
  rows: readonly (readonly Paragraph[])[][],
  cantSplit = false,
): Table {
  return new Table({
    width: { size: sum(columnWidths), type: WidthType.DXA },
    columnWidths: [...columnWidths],
    layout: TableLayoutType.FIXED,
    borders: {
      top: NO_LINE,
      bottom: NO_LINE,
      left: NO_LINE,
      right: NO_LINE,
      insideHorizontal: NO_LINE,
      insideVertical: NO_LINE,
    },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit,
          children: cells.map(
            (children, i) =>
              new TableCell({ width: { size: columnWidths[i] ?? 0, type: WidthType.DXA }, children: [...children] }),
          ),
        }),
    ),
  });
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
