import { AlignmentType, Document, LineRuleType, Paragraph, TextRun, type ISectionOptions, type Table } from 'docx';
import { borderlessTable, centeredLine, legalBasisParagraph, titleBlock } from '../../docs/official-blocks';
import { closingBlock, type SignatureInput } from '../../docs/official-closing';
import { officialHeader, type IssuingOffice } from '../../docs/official-header';
import { TEXT_WIDTH, fontSize, mm, officialSection, officialStyles, ptToTwips } from '../../docs/official-page';
import { localityWords } from '../../docs/official-text';
import { residenceText } from '../../docs/person-order';
import { balancedLines } from '../../docs/text-width';
import { formatDisplayDate, type IsoDate } from '../../shared/dates';
import type { ConscriptionRecordView } from '../records/view';
import { citizenFieldText } from './paper-text';

/** What a per-citizen paper prints about the citizen. */
export type PaperCitizen = Pick<
  ConscriptionRecordView,
  'fullName' | 'birthDate' | 'citizenId' | 'address' | 'localityName' | 'localityParentName'
>;

/** One page of a per-citizen paper: the Decree 30 header, title, legal bases, body and closing. */
export interface CitizenPage {
  office: IssuingOffice;
  typeCode: string;
  number: number | null;
  /** null leaves the day and month blank, with `blankYear` printed. */
  date: IsoDate | null;
  blankYear: number;
  /** "LỆNH GỌI KHÁM SỨC KHỎE …", "QUYẾT ĐỊNH". */
  title: string;
  /** The summary line (trích yếu) under the title, for a decision or a notice. */
  summary?: string;
  /** "CHỈ HUY TRƯỞNG BAN CHQS …" before the bases of a decision, or after them for a summons. */
  issuerLine?: string;
  issuerFirst?: boolean;
  bases: readonly string[];
  body: readonly (Paragraph | Table)[];
  recipients: readonly string[];
  signature: SignatureInput;
}

const LABEL_WIDTH = mm(48);
const LINE = { line: 264, lineRule: LineRuleType.AUTO } as const;

function cellText(value: string, bold = false): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: ptToTwips(3), ...LINE },
    children: [new TextRun({ text: value, bold, size: fontSize(13) })],
  });
}

export type PaperField = readonly [label: string, value: string, bold?: boolean];

/** Label and value side by side: a long address wraps under its value, not under the label. */
export function paperFields(rows: readonly PaperField[]): Table {
  return borderlessTable(
    [LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH],
    rows.map(([label, value, bold]) => [[cellText(label)], [cellText(value, bold ?? false)]]),
  );
}

/** The citizen's identity lines, the name first in bold. */
export function citizenFields(citizen: PaperCitizen, nameLabel: string = citizenFieldText.name): PaperField[] {
  return [
    [nameLabel, citizen.fullName, true],
    [citizenFieldText.birthDate, formatDisplayDate(citizen.birthDate)],
    [citizenFieldText.citizenId, citizen.citizenId ?? ''],
    [citizenFieldText.residence, residenceText(citizen)],
  ];
}

/** A body paragraph at 13 pt, justified with the first-line indent; `indent` sets a list item in. */
export function paperParagraph(value: string, options: { bold?: boolean; italics?: boolean; indent?: number } = {}) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: options.indent ? { left: options.indent } : { firstLine: mm(12.7) },
    spacing: { before: ptToTwips(3), after: ptToTwips(3), ...LINE },
    children: [
      new TextRun({ text: value, size: fontSize(13), bold: options.bold ?? false, italics: options.italics ?? false }),
    ],
  });
}

/** A bold centred line ("QUYẾT ĐỊNH:", the issuer), split before the locality when it needs two lines. */
export function centredBold(text: string, spaceBefore = ptToTwips(6)): Paragraph {
  const lines = balancedLines(text.toLocaleUpperCase('vi'), 14, true, TEXT_WIDTH, localityWords);
  return centeredLine(lines.join('\n'), { sizePt: 14, bold: true, spaceBefore, spaceAfter: ptToTwips(6) });
}

/** One page in its own section, so that each citizen's paper starts a page and shows no page number. */
function pageSection(page: CitizenPage): ISectionOptions {
  const issuer = page.issuerLine ? [centredBold(page.issuerLine)] : [];
  const bases = page.bases.map((basis) => legalBasisParagraph(basis));
  return officialSection([
    officialHeader({
      office: page.office,
      number: page.number,
      typeCode: page.typeCode,
      date: page.date,
      blankYear: page.blankYear,
    }),
    ...titleBlock(page.title, page.summary),
    ...(page.issuerFirst ? [...issuer, ...bases] : [...bases, ...issuer]),
    ...page.body,
    closingBlock(page.recipients, [], page.signature),
  ]);
}

/** The papers of a batch in one .docx, one page (section) each. */
export function buildCitizenPages(office: IssuingOffice, title: string, pages: readonly CitizenPage[]): Document {
  if (pages.length === 0) throw new RangeError('No papers to build');
  return new Document({ creator: office.name, title, styles: officialStyles, sections: pages.map(pageSection) });
}

/** The number of the i-th page of a batch that took a block from `first`; a draft's stay blank. */
export function pageNumber(first: number | null, index: number): number | null {
  return first === null ? null : first + index;
}
