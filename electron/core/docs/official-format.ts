import { Document, Packer, type Paragraph, type Table } from 'docx';
import { type IsoDate } from '../shared/dates';
import { titleBlock } from './official-blocks';
import { closingBlock, type SignatureInput } from './official-closing';
import { officialHeader, type IssuingOffice } from './official-header';
import { officialSection, officialStyles } from './official-page';

/**
 * The official-format (Decree 30/2020/NĐ-CP) building blocks, gathered in one import for the
 * document builders: each document is a small file that fills in a body and calls
 * `buildOfficialDocument`.
 */
export { bodyParagraph, headingParagraph, legalBasisParagraph, ruleParagraph, titleBlock } from './official-blocks';
export { closingBlock, recipientLines, signatureFromSigner, type SignatureInput } from './official-closing';
export { dataTable, scaleColumnWidths, type DataColumn } from './data-table';
export { officialHeader, type HeaderInput, type IssuingOffice } from './official-header';
export { TEXT_WIDTH, mm, officialSection, officialStyles, page } from './official-page';

export interface OfficialDocumentInput {
  /** The issuing office as its profile stores it (name, parent body, place name for the date, symbol). */
  office: IssuingOffice;
  /** Registration number; null leaves the blank a draft needs. */
  number: number | null;
  /** Type code in the symbol: BC, KH, QĐ, TB, HD, TTr, BB, CT, PA, GM. */
  typeCode: string;
  date: IsoDate;
  /** Document type, e.g. "BÁO CÁO" (printed upper case). */
  title: string;
  /** Summary (trích yếu), e.g. "Kết quả công tác tuyển quân năm 2024". */
  summary?: string;
  /** Body paragraphs and tables, built with the blocks above. */
  body: readonly (Paragraph | Table)[];
  /** Recipients, without the dash and semicolon: "Như trên", "Bộ CHQS tỉnh (để b/c)". */
  recipients: readonly string[];
  /** Who keeps copies besides the clerical office (VT), e.g. ["TM"]: "- Lưu: VT, TM.". */
  archive?: readonly string[];
  signature: SignatureInput;
  /** Document properties shown in Word's File > Info. */
  author?: string;
}

export function buildOfficialDocument(input: OfficialDocumentInput): Document {
  const header = officialHeader(input);
  return new Document({
    creator: input.author ?? input.office.name,
    // A summary split over lines ("\n") is one line in the file's properties.
    title: [input.title, input.summary]
      .filter(Boolean)
      .join(' ')
      .replace(/\s*\n\s*/g, ' '),
    styles: officialStyles,
    sections: [
      officialSection([
        header,
        ...titleBlock(input.title, input.summary),
        ...input.body,
        closingBlock(input.recipients, input.archive ?? [], input.signature),
      ]),
    ],
  });
}

export function packDocx(document: Document): Promise<Buffer> {
  return Packer.toBuffer(document);
}
