import { type Document, Paragraph, type Table } from 'docx';
import {
  closingAcross,
  listPagesDocument,
  pageHeader,
  pageOpening,
  textWidth,
  type Orientation,
  type Recipients,
} from './list-page';
import { listTableDocx } from './list-table';
import { figureTableDocx } from './figure-table';
import { type SignatureInput } from './official-closing';
import { type IssuingOffice } from './official-header';
import { type IsoDate } from '../shared/dates';
export { closingAcross, type Recipients } from './list-page';
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
