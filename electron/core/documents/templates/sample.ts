import { AlignmentType, Document, Paragraph, type Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { gridTable } from '../../docs/data-table';
import { listSection, textWidth } from '../../docs/list-page';
import { bodyParagraph, borderlessTable, centeredLine, headingParagraph } from '../../docs/official-blocks';
import { HEADER_COLUMNS } from '../../docs/official-header';
import { CLOSING_COLUMNS } from '../../docs/official-closing';
import { packDocx, scaleColumnWidths } from '../../docs/official-format';
import { fontSize, officialStyles, ptToTwips } from '../../docs/official-page';
import { officialText } from '../../docs/official-text';
import { format, vi } from '../../messages/vi';
import type { DocumentKind } from '../generate-schema';
import type { TemplateFile, TemplateVocabulary } from './public-types';
import { DOCX_MIME } from '../../docs/mime';
import { vocabularyOf } from './service';

const tag = (name: string) => `{${name}}`;
const WIDE_TABLE = 8;

function cell(text: string, width: number, bold: boolean, sizePt: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text, bold, size: fontSize(sizePt) })],
      }),
    ],
  });
}

/**
 * One table of the kind: a heading row with what each column holds, then the row that repeats —
 * "{#danh_sach}" opens it in the first cell and "{/danh_sach}" closes it in the last, so Word
 * keeps the row whole and docxtemplater copies it once per row of data.
 */
function loopTable(table: TemplateVocabulary['tables'][number], width: number): Table {
  const columns = table.columns;
  const widths = scaleColumnWidths(
    columns.map((c) => (c.name === 'stt' ? 1.5 : 3)),
    width,
  );
  const sizePt = columns.length > WIDE_TABLE ? 9 : 12;
  const last = columns.length - 1;
  const loopCells = columns.map((c, i) => {
    const text = `${i === 0 ? `{#${table.name}}` : ''}${tag(c.name)}${i === last ? `{/${table.name}}` : ''}`;
    return cell(text, widths[i]!, false, sizePt);
  });
  const heading = new TableRow({
    tableHeader: true,
    children: columns.map((c, i) => cell(c.description || c.name, widths[i]!, true, sizePt)),
  });
  return gridTable(widths, [heading, new TableRow({ children: loopCells })], { margins: false });
}

/** The header of Decree 30 with tags where the office's name, number and date go. */
function header(): Table {
  return borderlessTable(HEADER_COLUMNS, [
    [
      [centeredLine(tag('co_quan_cap_tren'), { sizePt: 13 }), centeredLine(tag('co_quan'), { sizePt: 13, bold: true })],
      [
        centeredLine(officialText.nationalTitle, { sizePt: 12, bold: true }),
        centeredLine(officialText.motto, { sizePt: 13, bold: true }),
      ],
    ],
    [
      [
        centeredLine(tag('du_thao'), { sizePt: 13, bold: true, spaceBefore: ptToTwips(8) }),
        centeredLine(`${officialText.numberLabel} ${tag('so_ky_hieu')}`, { sizePt: 13, spaceBefore: ptToTwips(2) }),
      ],
      [centeredLine(`${tag('dia_danh')}, ${tag('ngay')}`, { sizePt: 14, italics: true, spaceBefore: ptToTwips(8) })],
    ],
  ]);
}

function signature(): Table {
  return borderlessTable(CLOSING_COLUMNS, [
    [
      [new Paragraph({ children: [new TextRun({ text: officialText.recipientsLabel, bold: true, italics: true })] })],
      [
        centeredLine(tag('chuc_vu_ky'), { sizePt: 14, bold: true, spaceBefore: ptToTwips(12) }),
        centeredLine(`${tag('cap_bac_ky')} ${tag('nguoi_ky')}`, { sizePt: 14, bold: true, spaceBefore: ptToTwips(60) }),
      ],
    ],
  ]);
}

/**
 * A sample template for the kind, in the Decree 30 look, holding every tag the kind offers:
 * the header and signature with the common fields, one line per field of the kind with what it
 * holds, and one table per table with its repeating row. The office edits it in Word and uploads it.
 */
export async function sampleTemplate(kind: DocumentKind): Promise<TemplateFile> {
  const vocabulary = vocabularyOf(kind);
  const t = vi.templates;
  const wide = vocabulary.tables.some((table) => table.columns.length > WIDE_TABLE);
  const orientation = wide ? 'landscape' : 'portrait';
  const width = textWidth(orientation);
  // Every field the header, title and signature do not already show gets a line of its own.
  const placed = [
    'co_quan_cap_tren',
    'co_quan',
    'so_ky_hieu',
    'dia_danh',
    'ngay',
    'ten_van_ban',
    'du_thao',
    'chuc_vu_ky',
    'cap_bac_ky',
    'nguoi_ky',
  ];
  const ownFields = vocabulary.fields.filter((f) => !placed.includes(f.name));
  const body: Array<Paragraph | Table> = [
    header(),
    centeredLine(tag('ten_van_ban'), { sizePt: 14, bold: true, spaceBefore: ptToTwips(12), spaceAfter: ptToTwips(12) }),
    new Paragraph({ children: [new TextRun({ text: t.sampleHint, italics: true, size: fontSize(11) })] }),
    headingParagraph(t.sampleFields),
    ...ownFields.map((f) => bodyParagraph(`${f.description}: ${tag(f.name)}`)),
  ];
  for (const table of vocabulary.tables) {
    body.push(
      headingParagraph(format(t.sampleTable, { name: table.description || table.name })),
      loopTable(table, width),
    );
  }
  body.push(signature());
  const document = new Document({
    creator: vocabulary.label,
    title: format(t.sampleTitle, { kind: vocabulary.label }),
    styles: officialStyles,
    sections: [listSection(orientation, body)],
  });
  const buffer = await packDocx(document);
  return {
    fileName: format(t.sampleFileName, { kind: vocabulary.label }),
    mimeType: DOCX_MIME,
    base64: buffer.toString('base64'),
  };
}
