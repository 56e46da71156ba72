import { Document, Paragraph, TextRun, type Table } from 'docx';
import { listSection, textWidth, wideHeader, type ListOffice, type Orientation } from './list-page';
import { listCellStyles, listTableDocx } from './list-table';
import { figureTableDocx } from './figure-table';
import { borderlessTable, centeredLine, titleBlock } from './official-blocks';
import { recipientLines, type SignatureInput } from './official-closing';
import { officialHeader } from './official-header';
import { fontSize, mm, officialStyles, ptToTwips } from './official-page';
import { officialText, signingAuthority } from './official-text';
import { balancedLines } from './text-width';
import { type IsoDate } from '../shared/dates';
import { toFigureTable, toListTable, type TableContent, type ContentTable } from './table-content';

export interface TableDocumentInput extends TableContent {
  /** The summary line (trích yếu) under a report's title ("BÁO CÁO"). */
  subject?: string;
  orientation: Orientation;
  office: ListOffice;
  number: number | null;
  typeCode: string;
  date: IsoDate;
  signature: SignatureInput;
  /** "Nơi nhận": who the document goes to, and the archive lines after them. */
  recipients: Recipients;
  /** Paragraphs before the table (a report's opening) and after it (its closing sentence). */
  before?: readonly Paragraph[];
  after?: readonly Paragraph[];
}

const SIGNATURE_SPACE = ptToTwips(70);
const CLOSING_GAP = ptToTwips(12);

/** The lines of "Nơi nhận": the recipients, then the office's own copy lines ("Lưu: VT"). */
export interface Recipients {
  recipients: readonly string[];
  archive: readonly string[];
}

function recipientsColumn(recipients: Recipients): Paragraph[] {
  return [
    new Paragraph({
      spacing: { before: CLOSING_GAP },
      children: [new TextRun({ text: officialText.recipientsLabel, size: fontSize(12), bold: true, italics: true })],
    }),
    ...recipientLines(recipients.recipients, recipients.archive).map(
      (line) => new Paragraph({ children: [new TextRun({ text: line, size: fontSize(11) })] }),
    ),
  ];
}

function signatureColumn(signature: SignatureInput): Paragraph[] {
  const heading = [signature.title];
  if (signature.authority) heading.unshift(`${signingAuthority[signature.authority.kind]} ${signature.authority.of}`);
  const signer = [signature.rank?.trim(), signature.name.trim()].filter(Boolean).join(' ');
  return [
    ...heading.map((line, i) =>
      centeredLine(line, { sizePt: 14, bold: true, upperCase: true, spaceBefore: i === 0 ? CLOSING_GAP : 0 }),
    ),
    centeredLine(signer, { sizePt: 14, bold: true, spaceBefore: SIGNATURE_SPACE }),
  ];
}

/**
 * "Nơi nhận" on the left and the signature on the right, as the engine's closing block, across
 * any width (the engine's is fixed to a portrait page). The row never splits from its signature.
 */
export function closingAcross(signature: SignatureInput, recipients: Recipients, width: number): Table {
  const right = Math.min(mm(95), Math.round(width / 2));
  return borderlessTable([width - right, right], [[recipientsColumn(recipients), signatureColumn(signature)]], true);
}

/** Lists of people print with the lists' cell styles; a figures table (spanned header, totals) as a report's. */
function tableDocx(table: ContentTable, width: number): Table {
  const list = toListTable(table);
  return list ? listTableDocx(list, width) : figureTableDocx(toFigureTable(table), width, table.sizePt);
}

/**
 * A table document (a roster, a list, a one-table report) in the Decree 30 format: the header (parent body, office, number, national
 * title, place and date), the title, the lines under it, the table, then "Nơi nhận" and the
 * signature. Landscape for the wide lists; the engine's own header on a portrait page.
 */
export function buildTableDocument(input: TableDocumentInput): Document {
  const width = textWidth(input.orientation);
  const header =
    input.orientation === 'portrait'
      ? officialHeader({
          parentBody: input.office.parentBody,
          issuingBody: input.office.name,
          placeName: input.office.placeName,
          officeSymbol: input.office.symbol,
          number: input.number,
          typeCode: input.typeCode,
          date: input.date,
        })
      : wideHeader({
          office: input.office,
          number: input.number,
          typeCode: input.typeCode,
          date: input.date,
          blankYear: Number(input.date.slice(0, 4)),
          width,
        });
  // A title too long for one line is split evenly, not left with one word on the second line.
  const title = balancedLines(input.title.toLocaleUpperCase('vi'), 14, true, width).join('\n');
  const subject = input.subject && balancedLines(input.subject, 14, true, width).join('\n');
  const notes = input.notes.map((note, i) =>
    centeredLine(note, {
      sizePt: 13,
      italics: true,
      keepNext: true,
      spaceAfter: i === input.notes.length - 1 ? ptToTwips(8) : 0,
    }),
  );
  const children: (Paragraph | Table)[] = [
    header,
    ...titleBlock(title, subject),
    ...notes,
    ...(input.before ?? []),
    tableDocx(input.table, width),
    // Two tables in a row merge into one in Word and LibreOffice: a paragraph keeps them apart.
    ...(input.after ?? [new Paragraph({ keepNext: true })]),
    closingAcross(input.signature, input.recipients, width),
  ];
  return new Document({
    creator: input.office.name,
    title: input.title,
    styles: { ...officialStyles, paragraphStyles: [...(officialStyles.paragraphStyles ?? []), ...listCellStyles] },
    sections: [listSection(input.orientation, children)],
  });
}
