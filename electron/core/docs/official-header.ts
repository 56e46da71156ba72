import { type Table } from 'docx';
import { type IsoDate } from '../shared/dates';
import { borderlessTable, centeredLine, ruleParagraph, ruleUnder } from './official-blocks';
import { TEXT_WIDTH, mm, ptToTwips } from './official-page';
import { localityWords, officialText } from './official-text';
import { balancedLines, estimateTextWidthTwips } from './text-width';
import { isDraft } from './draft-mark';
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

/**
 * What the engine needs of the issuing office. The office feature's profile has these fields; the
 * engine names its own type so that it knows no feature.
 */
export interface IssuingOffice {
  /** Issuing body, e.g. "Ban CHQS thành phố Bắc Kạn"; printed upper case, bold. "\n" forces a line break. */
  name: string;
  /** Parent body, e.g. "Bộ CHQS tỉnh Bắc Kạn"; printed upper case. Empty for a body with none (a People's Committee). */
  parentBody: string;
  /** The place name of the date line. */
  placeName: string;
  /** The office's symbol in the number line ("Số: 05/BC-BCH"). */
  symbol: string;
}

export interface HeaderInput {
  office: IssuingOffice;
  /** null for a draft that gets its number at registration. */
  number: number | null;
  /** Type code in the number/symbol: BC, KH, QĐ, TB … */
  typeCode: string;
  /** null leaves "ngày … tháng …" blank for the clerk, with `blankYear` printed (or left blank too). */
  date: IsoDate | null;
  blankYear?: number;
  /** The width the header spans: the 165 mm of a portrait page unless told (a landscape list's 252 mm). */
  width?: number;
  /** Width of the issuing bodies' column: HEADER_COLUMNS' 70 mm unless told. */
  left?: number;
}

/** Upper case, split over two lines if it would wrap, unless the user placed the break ("\n"). */
function bodyName(name: string, bold: boolean, width: number): string {
  const upper = name.trim().toLocaleUpperCase('vi');
  if (upper.includes('\n')) return upper;
  return balancedLines(upper, BODY_NAME_PT, bold, width, localityWords).join('\n');
}

function blankDateLine(placeName: string, year: number | undefined): string {
  const blank = ' '.repeat(6);
  const { dateDay, dateMonth, dateYear } = officialText;
  return `${placeName.trim()}, ${dateDay}${blank}${dateMonth}${blank}${dateYear} ${year ?? blank}`;
}

/**
 * The two-column header (Decree 30, Annex I, items 1–5), across the portrait page or any wider
 * width. Two rows, so that "Số: …" and the place-date line start at the same height whatever the
 * length of the body names above them.
 */
export function officialHeader(input: HeaderInput): Table {
  const { office } = input;
  const width = input.width ?? TEXT_WIDTH;
  const left = input.left ?? HEADER_COLUMNS[0];
  const right = width - left;
  const parentBody = office.parentBody.trim() ? bodyName(office.parentBody, false, left) : null;
  const issuingBody = bodyName(office.name, true, left);
  const bodyNames = [
    // Decree 30/2020, Annex I: the parent body is printed only if the issuing body has one.
    ...(parentBody === null ? [] : [centeredLine(parentBody, { sizePt: BODY_NAME_PT })]),
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
  const numberLine = documentNumberLine(input.number, input.typeCode, office.symbol);
  const dateLine =
    input.date === null
      ? blankDateLine(office.placeName, input.blankYear)
      : documentDateLine(office.placeName, input.date);
  return borderlessTable(
    [left, right],
    [
      [bodyNames, nationalTitle],
      [
        [
          // A draft says so above its (blank) number, where a reader looks for what the paper is.
          ...(isDraft()
            ? [centeredLine(officialText.draftMark, { sizePt: 13, bold: true, spaceBefore: ptToTwips(8) })]
            : []),
          centeredLine(numberLine, { sizePt: 13, spaceBefore: ptToTwips(isDraft() ? 2 : 8) }),
        ],
        [centeredLine(dateLine, { sizePt: 14, italics: true, spaceBefore: ptToTwips(8) })],
      ],
    ],
  );
}
