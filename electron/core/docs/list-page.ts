import { Document, PageOrientation, Paragraph, type ISectionOptions, type Table } from 'docx';
import { borderlessTable, centeredLine, ruleParagraph, ruleUnder, titleBlock } from './official-blocks';
import { type SignatureInput } from './official-closing';
import { HEADER_COLUMNS, officialHeader } from './official-header';
import { TEXT_WIDTH, mm, officialSection, officialStyles, page, ptToTwips } from './official-page';
import { localityWords, officialText, signingAuthority } from './official-text';
import { balancedLines, estimateTextWidthTwips } from './text-width';
import { documentDateLine, documentNumberLine } from './vn-date';
import { type OfficeProfile } from '../office/schema';
import { type IsoDate } from '../shared/dates';
import { listCellStyles, listTableDocx, type ListTable } from './list-table';
import { listText } from './list-text';

export type Orientation = 'portrait' | 'landscape';

export type ListOffice = Pick<OfficeProfile, 'name' | 'parentBody' | 'placeName' | 'symbol'>;

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

export interface WideHeaderInput {
  office: ListOffice;
  number: number | null;
  typeCode: string;
  /** null leaves "ngày … tháng …" blank for the clerk, with the year printed. */
  date: IsoDate | null;
  blankYear: number;
  width: number;
  /** Width of the issuing bodies' column; 100 mm unless told (the engine's portrait header: 70 mm). */
  left?: number;
}

/** Left column of the landscape header; the national title and date are centred in the rest. */
const WIDE_LEFT = mm(100);
const BODY_NAME_PT = 13;

function bodyName(name: string, bold: boolean, width: number): string {
  const upper = name.trim().toLocaleUpperCase('vi');
  if (upper.includes('\n')) return upper;
  return balancedLines(upper, BODY_NAME_PT, bold, width, localityWords).join('\n');
}

function blankDateLine(placeName: string, year: number): string {
  const blank = ' '.repeat(6);
  const { dateDay, dateMonth, dateYear } = officialText;
  return `${placeName.trim()}, ${dateDay}${blank}${dateMonth}${blank}${dateYear} ${year}`;
}

/**
 * The Decree 30 header drawn like the engine's `officialHeader` (same sizes, rules and wording),
 * across any width: the engine's header is fixed to the 165 mm of a portrait page.
 */
export function wideHeader(input: WideHeaderInput): Table {
  const columns = [input.left ?? WIDE_LEFT, input.width - (input.left ?? WIDE_LEFT)];
  const [left = 0, right = 0] = columns;
  const parentBody = bodyName(input.office.parentBody, false, left);
  const issuingBody = bodyName(input.office.name, true, left);
  const numberLine = documentNumberLine(input.number, input.typeCode, input.office.symbol);
  const dateLine =
    input.date === null
      ? blankDateLine(input.office.placeName, input.blankYear)
      : documentDateLine(input.office.placeName, input.date);
  return borderlessTable(columns, [
    [
      [
        centeredLine(parentBody, { sizePt: BODY_NAME_PT }),
        centeredLine(issuingBody, { sizePt: BODY_NAME_PT, bold: true }),
        ruleUnder(issuingBody, BODY_NAME_PT, left, 2 / 5),
      ],
      [
        centeredLine(officialText.nationalTitle, { sizePt: 12, bold: true }),
        centeredLine(officialText.motto, { sizePt: 13, bold: true }),
        ruleParagraph(estimateTextWidthTwips(officialText.motto, 13, true), right),
      ],
    ],
    [
      [centeredLine(numberLine, { sizePt: 13, spaceBefore: ptToTwips(8) })],
      [centeredLine(dateLine, { sizePt: 14, italics: true, spaceBefore: ptToTwips(8) })],
    ],
  ]);
}

/** Room for the handwritten signature and the seal between the title and the name. */
const SIGNATURE_SPACE = ptToTwips(70);

/**
 * A signature on the right half, with no recipients beside it: lists and orders are handed or
 * posted, not sent. The same lines as the engine's closing block (authority, title, rank and name).
 */
export function signatureBlock(
  signature: SignatureInput,
  width: number,
  spacing: { spaceBefore?: number; signatureSpace?: number } = {},
): Table {
  const spaceBefore = spacing.spaceBefore ?? ptToTwips(12);
  const right = Math.min(mm(95), Math.round(width / 2));
  const heading = [signature.title];
  if (signature.authority) heading.unshift(`${signingAuthority[signature.authority.kind]} ${signature.authority.of}`);
  const signer = [signature.rank?.trim(), signature.name.trim()].filter(Boolean).join(' ');
  return borderlessTable(
    [width - right, right],
    [
      [
        [new Paragraph({})],
        [
          ...heading.map((line, i) =>
            centeredLine(line, { sizePt: 14, bold: true, upperCase: true, spaceBefore: i === 0 ? spaceBefore : 0 }),
          ),
          centeredLine(signer, { sizePt: 14, bold: true, spaceBefore: spacing.signatureSpace ?? SIGNATURE_SPACE }),
        ],
      ],
    ],
    true,
  );
}

function portraitLeft(orientation: Orientation): number | undefined {
  return orientation === 'portrait' ? HEADER_COLUMNS[0] : undefined;
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
  office: ListOffice;
  number: number | null;
  /** null leaves the day and month blank (see `blankYear`). */
  date: IsoDate | null;
  blankYear: number;
  signature: SignatureInput | null;
}

/** A list in the official format: header, title, notes, the table and the signature. */
export function buildListDocument(input: ListDocumentInput): Document {
  const width = textWidth(input.orientation);
  const headerInput = {
    parentBody: input.office.parentBody,
    issuingBody: input.office.name,
    placeName: input.office.placeName,
    officeSymbol: input.office.symbol,
    number: input.number,
    typeCode: listText.listTypeCode,
  };
  const header =
    input.orientation === 'portrait' && input.date !== null
      ? officialHeader({ ...headerInput, date: input.date })
      : wideHeader({ ...input, typeCode: headerInput.typeCode, width, left: portraitLeft(input.orientation) });
  // A title too long for one line is split evenly, not left with one word on the second line.
  const title = balancedLines(input.title.toLocaleUpperCase('vi'), 14, true, width).join('\n');
  const notes = input.notes.map((note, i) =>
    centeredLine(note, {
      sizePt: 13,
      italics: true,
      keepNext: true,
      spaceAfter: i === input.notes.length - 1 ? ptToTwips(8) : 0,
    }),
  );
  const children: (Paragraph | Table)[] = [header, ...titleBlock(title, undefined), ...notes];
  children.push(listTableDocx(input.table, width));
  // Two tables in a row merge into one in Word and LibreOffice: a paragraph keeps them apart.
  if (input.signature)
    children.push(new Paragraph({ keepNext: true }), signatureBlock(input.signature, width, { spaceBefore: 0 }));
  return new Document({
    creator: input.office.name,
    title: input.title,
    styles: { ...officialStyles, paragraphStyles: [...(officialStyles.paragraphStyles ?? []), ...listCellStyles] },
    sections: [listSection(input.orientation, children)],
  });
}
