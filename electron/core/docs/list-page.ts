import { Document, PageOrientation, Paragraph, type ISectionOptions, type Table } from 'docx';
import { borderlessTable, centeredLine, titleBlock } from './official-blocks';
import { recipientLines, recipientsColumn, signatureLines, type SignatureInput } from './official-closing';
import { HEADER_COLUMNS, officialHeader, type HeaderInput, type IssuingOffice } from './official-header';
import { TEXT_WIDTH, mm, officialSection, officialStyles, page, ptToTwips } from './official-page';
import { balancedLines } from './text-width';
import { type IsoDate } from '../shared/dates';
import { listCellStyles, listTableDocx, type ListTable } from './list-table';
import { listText } from './list-text';

export type Orientation = 'portrait' | 'landscape';

/**
 * A4 landscape with the margins of Decree 30 kept on the same edges (top/bottom 20 mm, left 30 mm,
 * right 15 mm): 252 mm of text width, room for the ten columns of form 17A at 12 pt.
 */
export const LANDSCAPE_TEXT_WIDTH = page.height - page.marginLeft - page.marginRight;

export function textWidth(orientation: Orientation): number {
  return orientation === 'landscape' ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
}

/** The engine's official section (page numbers from page 2), turned to landscape when asked. */
export function listSection(orientation: Orientation, children: ISectionOptions['children']): ISectionOptions {
  const section = officialSection(children);
  if (orientation === 'portrait') return section;
  const margin = section.properties?.page?.margin;
  return {
    ...section,
    properties: {
      ...section.properties,
      page: {
        margin,
        // docx swaps width and height itself for a landscape page.
        size: { width: page.width, height: page.height, orientation: PageOrientation.LANDSCAPE },
      },
    },
  };
}

/** Left column of the landscape header; the national title and date are centred in the rest. */
const WIDE_LEFT = mm(100);

/**
 * The Decree 30 header across the page's text width: the issuing bodies in the engine's 70 mm on
 * a portrait page, in 100 mm on a landscape one.
 */
export function pageHeader(orientation: Orientation, input: Omit<HeaderInput, 'width' | 'left'>): Table {
  const left = orientation === 'portrait' ? HEADER_COLUMNS[0] : WIDE_LEFT;
  return officialHeader({ ...input, width: textWidth(orientation), left });
}

/** Room for the handwritten signature and the seal on the pages across any width (the engine's portrait closing: 76 pt). */
export const WIDE_SIGNATURE_SPACE = ptToTwips(70);

/**
 * A signature on the right half, with no recipients beside it (a call-up order is handed to the
 * citizen). The same lines as the engine's closing block (authority, title, rank and name).
 */
export function signatureBlock(
  signature: SignatureInput,
  width: number,
  spacing: { spaceBefore?: number; signatureSpace?: number } = {},
): Table {
  const right = Math.min(mm(95), Math.round(width / 2));
  const lines = signatureLines(signature, {
    spaceBefore: spacing.spaceBefore ?? ptToTwips(12),
    signatureSpace: spacing.signatureSpace ?? WIDE_SIGNATURE_SPACE,
  });
  return borderlessTable([width - right, right], [[[new Paragraph({})], lines]], true);
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

/**
 * The top of a list or table page under the header: the title in bold capitals (split evenly when
 * it needs two lines, never one word left alone on the second), the subject line, the notes in italics.
 */
export function pageOpening(
  width: number,
  text: { title: string; subject?: string; notes: readonly string[] },
): Paragraph[] {
  const title = balancedLines(text.title.toLocaleUpperCase('vi'), 14, true, width).join('\n');
  const subject = text.subject && balancedLines(text.subject, 14, true, width).join('\n');
  const notes = text.notes.map((note, i) =>
    centeredLine(note, {
      sizePt: 13,
      italics: true,
      keepNext: true,
      spaceAfter: i === text.notes.length - 1 ? ptToTwips(8) : 0,
    }),
  );
  return [...titleBlock(title, subject), ...notes];
}

/** A Word document of one list or table page section: the official styles with the list cells' own. */
export function listPagesDocument(
  office: IssuingOffice,
  title: string,
  orientation: Orientation,
  children: (Paragraph | Table)[],
): Document {
  return new Document({
    creator: office.name,
    title,
    styles: { ...officialStyles, paragraphStyles: [...(officialStyles.paragraphStyles ?? []), ...listCellStyles] },
    sections: [listSection(orientation, children)],
  });
}

/** A list's content, shared by its .docx and its .xlsx so that both always agree. */
export interface ListContent {
  /** "Danh sách công dân nhập ngũ năm 2026": printed bold upper case. */
  title: string;
  /** Short centred lines under the title: the legal basis, totals. */
  notes: readonly string[];
  table: ListTable;
  /** The .xlsx sheet's tab name (31 characters at most). */
  sheetName: string;
}

export interface ListDocumentInput extends ListContent {
  orientation: Orientation;
  office: IssuingOffice;
  number: number | null;
  /** null leaves the day and month blank (see `blankYear`). */
  date: IsoDate | null;
  blankYear: number;
  signature: SignatureInput | null;
  /** "Nơi nhận" beside the signature (Decree 30, Annex I): who the list goes to, "Lưu: VT" last. */
  recipients?: Recipients;
}

/** A list in the official format: header, title, notes, the table and the signature. */
export function buildListDocument(input: ListDocumentInput): Document {
  const width = textWidth(input.orientation);
  const { office, number, date, blankYear } = input;
  const header = pageHeader(input.orientation, { office, number, typeCode: listText.listTypeCode, date, blankYear });
  const children: (Paragraph | Table)[] = [header, ...pageOpening(width, input), listTableDocx(input.table, width)];
  // Two tables in a row merge into one in Word and LibreOffice: a paragraph keeps them apart.
  if (input.signature) {
    const closing = input.recipients
      ? closingAcross(input.signature, input.recipients, width)
      : signatureBlock(input.signature, width, { spaceBefore: 0 });
    children.push(new Paragraph({ keepNext: true }), closing);
  }
  return listPagesDocument(input.office, input.title, input.orientation, children);
}
