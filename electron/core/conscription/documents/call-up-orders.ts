import { AlignmentType, Document, LineRuleType, Paragraph, TextRun, type ISectionOptions, type Table } from 'docx';
import { borderlessTable, centeredLine, legalBasisParagraph, titleBlock } from '../../docs/official-blocks';
import { signatureFromSigner, type SignatureInput } from '../../docs/official-closing';
import { TEXT_WIDTH, fontSize, mm, officialStyles, ptToTwips } from '../../docs/official-page';
import { localityWords, officialText } from '../../docs/official-text';
import { balancedLines, estimateTextWidthTwips } from '../../docs/text-width';
import { documentDateText } from '../../docs/vn-date';
import { type Signer } from '../../office';
import { formatDisplayDate } from '../../shared/dates';
import { type Campaign } from '../campaigns/schema';
import { type ConscriptionRecordView } from '../records/view';
import { listSection, signatureBlock } from '../../docs/list-page';
import { officialHeader, type IssuingOffice } from '../../docs/official-header';
import { residenceText } from '../../docs/person-order';
import { documentText, orderText } from './text';
import { fill } from '../../../../vocabulary/text';

export interface CallUpOrdersInput {
  office: IssuingOffice;
  campaign: Pick<Campaign, 'year'>;
  /** One order per record, in the order given (usually the order numbers'). */
  records: readonly ConscriptionRecordView[];
  signer: Signer;
  /** KT. when a deputy signs for the commander; the order is then given in the commander's name. */
  authority?: SignatureInput['authority'];
  /** Items the office adds to the standard list of what to bring. */
  extraItems?: readonly string[];
}

type OrderRecord = Pick<
  ConscriptionRecordView,
  | 'fullName'
  | 'birthDate'
  | 'citizenId'
  | 'address'
  | 'localityName'
  | 'localityParentName'
  | 'orderNumber'
  | 'orderDate'
  | 'reportDate'
  | 'reportTime'
  | 'reportPlace'
  | 'branch'
>;

/**
 * How an order is set. Decree 30 asks for 13–14 pt; 13 pt fits an order with a one-line name,
 * address and place with room to spare. Longer entries (the forms accept a 160-character name and
 * 300-character address and place) would push the signature onto a second page, so such an order
 * is set tighter: 12 pt, the items to bring in one paragraph, less room for the signature. The
 * render test prints the longest entries the forms accept on one page.
 */
interface OrderStyle {
  pt: number;
  itemsInline: boolean;
  signatureSpace: number;
  /** Extra lines (beyond one per field) this style still fits on the page, measured on renders. */
  spareLines: number;
}

/**
 * Measured on renders (documents-render.test.ts): at 13 pt an order with one line per field leaves
 * about 8 lines free, so 6 keeps a margin for the estimate; at 12 pt the longest entries the forms
 * accept (13 lines beyond one per field, estimated) still leave about 3 lines free. 11 pt is the
 * last resort for what the forms should not let through.
 */
const STYLES: readonly OrderStyle[] = [
  { pt: 13, itemsInline: false, signatureSpace: ptToTwips(70), spareLines: 6 },
  { pt: 12, itemsInline: true, signatureSpace: ptToTwips(56), spareLines: 14 },
  { pt: 11, itemsInline: true, signatureSpace: ptToTwips(50), spareLines: Infinity },
];
const LABEL_WIDTH = mm(48);
const VALUE_WIDTH = TEXT_WIDTH - LABEL_WIDTH;

/** Estimated lines `text` takes in the value column; 10% added for the space lost at line ends. */
function linesIn(text: string, pt: number, bold: boolean): number {
  return Math.max(1, Math.ceil((estimateTextWidthTwips(text, pt, bold) * 1.1) / VALUE_WIDTH));
}

/** The largest style the order fits in; `fixedExtra` counts lines added besides the fields (KT. line, extra items). */
function chooseStyle(values: readonly (readonly [string, boolean])[], fixedExtra: number): OrderStyle {
  for (const style of STYLES) {
    const extra = values.reduce((n, [text, bold]) => n + linesIn(text, style.pt, bold) - 1, fixedExtra);
    if (extra <= style.spareLines) return style;
  }
  return STYLES[STYLES.length - 1] as OrderStyle;
}

/** "07:30", "7h30", "7 giờ 30" → "07 giờ 30"; anything else as typed. */
export function reportTimeText(time: string): string {
  const m = /^\s*(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})?\s*(?:phút)?\s*$/iu.exec(time);
  if (!m) return time.trim();
  return fill(orderText.hour, { hours: (m[1] ?? '').padStart(2, '0'), minutes: m[2] ?? '00' });
}

/** The report date in the Decree 30 wording, or blanks for the clerk when not yet set. */
function reportDateText(date: string | null, year: number): string {
  if (date) return documentDateText(date);
  const blank = ' '.repeat(6);
  return `${officialText.dateDay}${blank}${officialText.dateMonth}${blank}${officialText.dateYear} ${year}`;
}

const LINE = { line: 252, lineRule: LineRuleType.AUTO } as const;

function text(value: string, pt: number, bold = false): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: ptToTwips(3), ...LINE },
    children: [new TextRun({ text: value, bold, size: fontSize(pt) })],
  });
}

type Field = readonly [label: string, value: string, bold: boolean];

/** Label and value side by side: a long address wraps under its value, not under the label. */
function fields(rows: readonly Field[], pt: number): Table {
  return borderlessTable(
    [LABEL_WIDTH, VALUE_WIDTH],
    rows.map(([label, value, bold]) => [[text(label, pt)], [text(value, pt, bold)]]),
  );
}

interface ParagraphOptions {
  indent?: number;
  italics?: boolean;
  before?: number;
}

function paragraph(value: string, pt: number, options: ParagraphOptions = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: options.indent ? { left: options.indent } : { firstLine: mm(12.7) },
    spacing: { before: options.before ?? 0, after: ptToTwips(3), ...LINE },
    children: [new TextRun({ text: value, size: fontSize(pt), italics: options.italics ?? false })],
  });
}

function purpose(branch: OrderRecord['branch']): string {
  if (branch === 'army') return orderText.purposeArmy;
  if (branch === 'police') return orderText.purposePolice;
  return orderText.purposeAny;
}

/**
 * The words that differ for a police call-up (Art. 3(3) Luật NVQS: "nhập ngũ" is the army's and the
 * Coast Guard's): the title, the selection it rests on and the order named among what to bring.
 * An order without a branch (recorded before the branch was kept on the order) reads as the army's.
 */
function wording(branch: OrderRecord['branch']) {
  if (branch !== 'police') return { title: orderText.title, bases: orderText.bases, bring: orderText.bring };
  const [law = '', , ...rest] = orderText.bases;
  const [, ...items] = orderText.bring;
  return {
    title: orderText.police.title,
    bases: [law, orderText.police.selection, ...rest],
    bring: [orderText.police.thisOrder, ...items],
  };
}

/**
 * The 14 pt bold upper-case title in its lines: the police title does not fit one line and is split
 * as a clerk would, before "THAM GIA" ("… THỰC HIỆN NGHĨA VỤ" / "THAM GIA CÔNG AN NHÂN DÂN").
 */
function titleLines(title: string): string[] {
  return balancedLines(title.toLocaleUpperCase('vi'), 14, true, TEXT_WIDTH, ['THAM']);
}

/** A draft order without its date yet gets the same header with the day and month left blank. */
function orderHeader(office: IssuingOffice, record: OrderRecord, year: number): Table {
  return officialHeader({
    office,
    number: record.orderNumber,
    typeCode: documentText.orderTypeCode,
    date: record.orderDate ?? null,
    blankYear: year,
  });
}

function orderFields(record: OrderRecord, year: number): Field[] {
  const when = fill(orderText.reportWhen, {
    time: reportTimeText(record.reportTime),
    date: reportDateText(record.reportDate, year),
  });
  return [
    [orderText.call, record.fullName, true],
    [orderText.birthDate, formatDisplayDate(record.birthDate), false],
    [orderText.citizenId, record.citizenId ?? '', false],
    [orderText.residence, residenceText(record), false],
    [orderText.reportAt, when, true],
    [orderText.reportPlace, record.reportPlace.trim(), true],
  ];
}

/** What to bring: one line per item, or run together in one paragraph when space is short. */
function bringList(items: readonly string[], style: OrderStyle): Paragraph[] {
  if (!style.itemsInline) {
    return [
      paragraph(orderText.bringLabel, style.pt),
      ...items.map((item) => paragraph(`- ${item}`, style.pt, { indent: mm(20) })),
    ];
  }
  const inline = items.map((item) => item.replace(/[;.]$/, '')).join('; ');
  return [paragraph(`${orderText.bringLabel} ${inline}.`, style.pt)];
}

/** One order, from the header to the signature, in its own section so that it starts a page. */
function orderSection(input: CallUpOrdersInput, record: OrderRecord): ISectionOptions {
  const { year } = input.campaign;
  const commander = input.authority?.kind === 'deputy' ? input.authority.of : input.signer.title;
  // "CHỈ HUY TRƯỞNG BAN CHỈ HUY PHÒNG THỦ" / "KHU VỰC 1 - ĐỨC XUÂN": split before the locality, not at random.
  const commands = balancedLines(
    fill(orderText.commands, { title: commander, office: input.office.name }).toLocaleUpperCase('vi'),
    14,
    true,
    TEXT_WIDTH,
    localityWords,
  );
  const words = wording(record.branch);
  const title = titleLines(words.title);
  const items = [...words.bring, ...(input.extraItems ?? [])];
  const rows = orderFields(record, year);
  const fixedExtra =
    (input.authority ? 1 : 0) + (input.extraItems?.length ?? 0) + commands.length - 1 + title.length - 1;
  const style = chooseStyle(
    rows.map(([, value, bold]) => [value, bold] as const),
    fixedExtra,
  );
  // The section's first page has an empty header (officialSection), so no order shows a page number.
  return listSection('portrait', [
    orderHeader(input.office, record, year),
    ...titleBlock(title.join('\n'), undefined),
    ...words.bases.map((basis) => legalBasisParagraph(fill(basis, { year }))),
    centeredLine(commands.join('\n'), {
      sizePt: 14,
      bold: true,
      upperCase: true,
      spaceBefore: ptToTwips(6),
      spaceAfter: ptToTwips(8),
    }),
    fields(rows, style.pt),
    paragraph(purpose(record.branch), style.pt, { before: ptToTwips(3) }),
    ...bringList(items, style),
    paragraph(orderText.duty, style.pt, { italics: true }),
    signatureBlock(signatureFromSigner(input.signer, input.authority), TEXT_WIDTH, {
      spaceBefore: ptToTwips(6),
      signatureSpace: style.signatureSpace,
    }),
  ]);
}

/**
 * "LỆNH GỌI CÔNG DÂN NHẬP NGŨ" ("… THỰC HIỆN NGHĨA VỤ THAM GIA CÔNG AN NHÂN DÂN" for the police): one page per citizen in one .docx, each with its own number
 * ("Số: 03/LGNN-BCH") and date (the record's order date), the report time, date and place, what to
 * bring, and the commander's signature.
 */
export function buildCallUpOrders(input: CallUpOrdersInput): Document {
  if (input.records.length === 0) throw new RangeError('No call-up orders to build');
  return new Document({
    creator: input.office.name,
    title: orderText.title,
    styles: officialStyles,
    sections: input.records.map((record) => orderSection(input, record)),
  });
}
