import { type Document } from 'docx';
import { signatureFromSigner, type SignatureInput } from '../../docs/official-closing';
import { type IssuingOffice } from '../../docs/official-header';
import { mm } from '../../docs/official-page';
import { documentDateText } from '../../docs/vn-date';
import type { Signer } from '../../office';
import type { IsoDate } from '../../shared/dates';
import { fill } from '../../../../vocabulary/text';
import { reportTimeText } from './call-up-orders';
import {
  buildCitizenPages,
  citizenFields,
  pageNumber,
  paperFields,
  paperParagraph,
  type CitizenPage,
  type PaperCitizen,
} from './citizen-page';
import { paperCodes, summonsText } from './paper-text';
import { militaryServiceLawBasis } from './law-basis';

/** Where and when the citizens are examined: one exam for the whole batch. */
export interface ExamAppointment {
  date: IsoDate;
  /** As typed ("07:30", "7h30"); printed "07 giờ 30". */
  time: string;
  place: string;
}

export interface ExamSummonsInput {
  office: IssuingOffice;
  year: number;
  citizens: readonly PaperCitizen[];
  exam: ExamAppointment;
  signer: Signer;
  authority?: SignatureInput['authority'];
  /** The first page's number; the next pages take the following ones. */
  number: number | null;
  date: IsoDate;
}

function summonsPage(input: ExamSummonsInput, citizen: PaperCitizen, index: number): CitizenPage {
  const commander = input.authority?.kind === 'deputy' ? input.authority.of : input.signer.title;
  const when = `${reportTimeText(input.exam.time)}, ${documentDateText(input.exam.date)}`;
  return {
    office: input.office,
    typeCode: paperCodes.examSummons,
    number: pageNumber(input.number, index),
    date: input.date,
    blankYear: input.year,
    title: summonsText.title,
    bases: [
      militaryServiceLawBasis(input.date),
      ...summonsText.bases,
      fill(summonsText.basisYear, { year: input.year }),
    ],
    issuerLine: fill(summonsText.commands, { title: commander, office: input.office.name }),
    body: [
      paperFields([
        ...citizenFields(citizen, summonsText.call),
        [summonsText.reportAt, when, true],
        [summonsText.place, input.exam.place.trim(), true],
      ]),
      paperParagraph(fill(summonsText.purpose, { year: input.year })),
      paperParagraph(summonsText.bringLabel),
      ...summonsText.bring.map((item) => paperParagraph(`- ${item}`, { indent: mm(20) })),
      paperParagraph(summonsText.duty, { italics: true }),
    ],
    recipients: summonsText.recipients,
    signature: signatureFromSigner(input.signer, input.authority),
  };
}

/**
 * "LỆNH GỌI KHÁM SỨC KHỎE NGHĨA VỤ QUÂN SỰ": one page per citizen, each with its own number
 * ("Số: 04/LGK-BCH", the batch takes consecutive numbers), the exam's time, date and place, and
 * what to bring.
 */
export function buildExamSummons(input: ExamSummonsInput): Document {
  return buildCitizenPages(
    input.office,
    summonsText.title,
    input.citizens.map((c, i) => summonsPage(input, c, i)),
  );
}
