import { type Document } from 'docx';
import { signatureFromSigner, type SignatureInput } from '../../docs/official-closing';
import { type IssuingOffice } from '../../docs/official-header';
import type { Signer } from '../../office';
import { formatDisplayDate, type IsoDate } from '../../shared/dates';
import { fill } from '../../../../vocabulary/text';
import type { ConscriptionRecordView } from '../records/view';
import {
  buildCitizenPages,
  citizenFields,
  pageNumber,
  paperFields,
  paperParagraph,
  type CitizenPage,
  type PaperCitizen,
  type PaperField,
} from './citizen-page';
import { certificateText, paperCodes } from './paper-text';
import { militaryServiceLawBasis } from './law-basis';

export type RegisteredCitizen = PaperCitizen & Pick<ConscriptionRecordView, 'registeredOn' | 'registrationCertificate'>;

export interface CertificateInput {
  office: IssuingOffice;
  year: number;
  citizens: readonly RegisteredCitizen[];
  signer: Signer;
  /**
   * The title printed above the signature, when it is not the signer's own. Since Decree
   * 220/2025/NĐ-CP the commune chairman signs the certificate: the office's configuration decides
   * who that is (see `certificateSigning` in family.ts).
   */
  signerTitle?: string;
  authority?: SignatureInput['authority'];
  number: number | null;
  date: IsoDate;
}

function certificatePage(input: CertificateInput, citizen: RegisteredCitizen, index: number): CitizenPage {
  const rows: PaperField[] = citizenFields(citizen);
  if (citizen.registrationCertificate.trim())
    rows.push([certificateText.registrationNumber, citizen.registrationCertificate.trim()]);
  const signer = { ...input.signer, title: input.signerTitle ?? input.signer.title };
  return {
    office: input.office,
    typeCode: paperCodes.certificate,
    number: pageNumber(input.number, index),
    date: input.date,
    blankYear: input.year,
    title: certificateText.title,
    bases: [militaryServiceLawBasis(input.date), ...certificateText.bases],
    body: [
      paperParagraph(certificateText.certifies, { bold: true }),
      paperFields(rows),
      paperParagraph(fill(certificateText.registeredOn, { date: formatDisplayDate(citizen.registeredOn ?? '') })),
      paperParagraph(certificateText.keep, { italics: true }),
    ],
    recipients: certificateText.recipients,
    signature: signatureFromSigner(signer, input.authority),
  };
}

/** "GIẤY CHỨNG NHẬN ĐĂNG KÝ NGHĨA VỤ QUÂN SỰ" (Art. 16 Luật NVQS), one page per registered citizen. */
export function buildRegistrationCertificates(input: CertificateInput): Document {
  return buildCitizenPages(
    input.office,
    certificateText.title,
    input.citizens.map((c, i) => certificatePage(input, c, i)),
  );
}
