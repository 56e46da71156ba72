import { type Table } from 'docx';
import { type IsoDate } from '../shared/dates';
import { borderlessTable, centeredLine, ruleParagraph, ruleUnder } from './official-blocks';
import { TEXT_WIDTH, mm, ptToTwips } from './official-page';
import { localityWords, officialText } from './official-text';
import { balancedLines, estimateTextWidthTwips } from './text-width';
import { documentDateLine, documentNumberLine } from './vn-date';

/**
 * Column widths of the header. The national title must stay on one line (Decree 30 prints it as
 * one), and at 12 pt bold it is about 88 mm wide, so the right column gets 95 mm and the issuing
 * bodies the remaining 70 mm, where a long name wraps onto a second line as it does on paper.
 */
export const HEADER_COLUMNS = [mm(70), TEXT_WIDTH - mm(70)] as const;

const NATIONAL_TITLE_PT = 12;
const MOTTO_PT = 13;
const BODY_NAME_PT = 13;

export interface HeaderInput {
  /** Parent body, e.g. "Bộ CHQS tỉnh Bắc Kạn"; printed upper case. "\n" forces a line break. */
  parentBody: string;
  /** Issuing body, e.g. "Ban CHQS thành phố Bắc Kạn"; printed upper case, bold. */
  issuingBody: string;
  placeName: string;
  officeSymbol: string;
  /** null for a draft that gets its number at registration. */
  number: number | null;
  /** Type code in the number/symbol: BC, KH, QĐ, TB … */
  typeCode: string;
  date: IsoDate;
}

/** Upper case, split over two lines if it would wrap, unless the user placed the break ("\n"). */
function bodyName(name: string, bold: boolean, width: number): string {
  const upper = name.trim().toLocaleUpperCase('vi');
  if (upper.includes('\n')) return upper;
  return balancedLines(upper, BODY_NAME_PT, bold, width, localityWords).join('\n');
}

/**
 * The two-column header (Decree 30, Annex I, items 1–5). Two rows, so that "Số: …" and the
 * place-date line start at the same height whatever the length of the body names above them.
 */
export function officialHeader(input: HeaderInput): Table {
  const [left, right] = HEADER_COLUMNS;
  const parentBody = bodyName(input.parentBody, false, left);
  const issuingBody = bodyName(input.issuingBody, true, left);
  const bodyNames = [
    centeredLine(parentBody, { sizePt: BODY_NAME_PT }),
    centeredLine(issuingBody, { sizePt: BODY_NAME_PT, bold: true }),
    // 2/5 of the issuing body's widest line: inside the decree's 1/3–1/2.
    ruleUnder(issuingBody, BODY_NAME_PT, left, 2 / 5),
  ];
  const nationalTitle = [
    centeredLine(officialText.nationalTitle, { sizePt: NATIONAL_TITLE_PT, bold: true }),
    centeredLine(officialText.motto, { sizePt: MOTTO_PT, bold: true }),
    // The motto's rule runs its full length.
    ruleParagraph(estimateTextWidthTwips(officialText.motto, MOTTO_PT, true), right),
  ];
  const numberLine = documentNumberLine(input.number, input.typeCode, input.officeSymbol);
  const dateLine = documentDateLine(input.placeName, input.date);
  return borderlessTable(HEADER_COLUMNS, [
    [bodyNames, nationalTitle],
    [
      [centeredLine(numberLine, { sizePt: 13, spaceBefore: ptToTwips(8) })],
      [centeredLine(dateLine, { sizePt: 14, italics: true, spaceBefore: ptToTwips(8) })],
    ],
  ]);
}
