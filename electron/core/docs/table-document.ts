import { type Document, Paragraph, type Table } from 'docx';
import {
  listPagesDocument,
  pageHeader,
  pageOpening,
  textWidth,
  WIDE_SIGNATURE_SPACE,
  type Orientation,
} from './list-page';
import { listTableDocx } from './list-table';
import { figureTableDocx } from './figure-table';
import { borderlessTable } from './official-blocks';
import { recipientLines, recipientsColumn, signatureLines, type SignatureInput } from './official-closing';
import { type IssuingOffice } from './official-header';
import { mm } from './official-page';
import { type IsoDate } from '../shared/dates';
import { toFigureTable, toListTable, type TableContent, type ContentTable } from './table-content';

export interface TableDocumentInput extends TableContent {
  /** The summary line (trích yếu) under a report's title ("BÁO CÁO"). */
  subject?: string;
  orientation: Orientation;
  office: IssuingOffice;
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

/** The lines of "Nơi nhận": the recipients, then the office's own copy lines ("Lưu: VT"). */
export interface Recipients {
  recipients: readonly string[];
  archive: readonly string[];
}

/**
 * "Nơi nhận" on the left and the signature on the right, as the engine's closing block, across
 * any width (the engine's is fixed to a portrait page). The row never splits from its signature.
 */
export function closingAcross(signature: SignatureInput, recipients: Recipients, width: number): Table {
  const right = Math.min(mm(95), Math.round(width / 2));
  const left = recipientsColumn(recipientLines(recipients.recipients, recipients.archive));
  return borderlessTable(
    [width - right, right],
    [[left, signatureLines(signature, { signatureSpace: WIDE_SIGNATURE_SPACE })]],
    true,
  );
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
  const header = pageHeader(input.orientation, input);
  const children: (Paragraph | Table)[] = [
    header,
    ...pageOpening(width, input),
    ...(input.before ?? []),
    tableDocx(input.table, width),
    // Two tables in a row merge into one in Word and LibreOffice: a paragraph keeps them apart.
    ...(input.after ?? [new Paragraph({ keepNext: true })]),
    closingAcross(input.signature, input.recipients, width),
  ];
  return listPagesDocument(input.office, input.title, input.orientation, children);
}
