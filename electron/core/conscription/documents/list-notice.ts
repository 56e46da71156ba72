import { type Document } from 'docx';
import { signatureFromSigner, type SignatureInput } from '../../docs/official-closing';
import { type IssuingOffice } from '../../docs/official-header';
import { mm } from '../../docs/official-page';
import { documentDateText } from '../../docs/vn-date';
import type { Signer } from '../../office';
import { addDays, formatDisplayDate, type IsoDate } from '../../shared/dates';
import { fill } from '../../../../vocabulary/text';
import { DEFERRAL_POINTS, EXEMPTION_POINTS, pointLetter } from '../points';
import { buildCitizenPages, paperParagraph } from './citizen-page';
import { noticeText, paperCodes } from './paper-text';

/** Circular 68/2025/TT-BQP (clause 4 Art. 5 of Circular 148/2018 as amended): the lists stay posted 20 days. */
export const POSTING_DAYS = 20;

/**
 * The posting period after the provincial chairman's decision of `decisionDate`. A period counted
 * in days starts the day after the event (Civil Code 2015, Art. 147(1)), so it runs from the next
 * day to the 20th day after the decision, both included.
 */
export function postingPeriod(decisionDate: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from: addDays(decisionDate, 1), to: addDays(decisionDate, POSTING_DAYS) };
}

export interface ListNoticeInput {
  office: IssuingOffice;
  year: number;
  /** The legal point of each deferred (exempted) citizen, null where none was recorded. */
  deferredPoints: readonly (string | null)[];
  exemptedPoints: readonly (string | null)[];
  /** The provincial chairman's decision the posting follows. */
  decisionDate: IsoDate;
  signer: Signer;
  authority?: SignatureInput['authority'];
  number: number | null;
  date: IsoDate;
}

/** "- Điểm a: 2 công dân;" for each point with citizens, in the law's order. */
function pointLines(points: readonly string[], recorded: readonly (string | null)[]): string[] {
  return (
    points
      .map((point) => ({ point, count: recorded.filter((p) => p === point).length }))
      .filter(({ count }) => count > 0)
      .map(({ point, count }) => fill(noticeText.point, { letter: pointLetter(point), count }))
      // The last line of an enumeration ends the sentence.
      .map((line, i, all) => (i === all.length - 1 ? line.replace(/;$/, '.') : line))
  );
}

/**
 * "THÔNG BÁO Niêm yết công khai danh sách công dân được tạm hoãn, miễn gọi nhập ngũ": the counts
 * by point of Art. 41, the 20-day posting period with its first and last day, and where the lists
 * are posted. The lists themselves are the deferred and exempted lists (DS), posted with it.
 */
export function buildListNotice(input: ListNoticeInput): Document {
  const { from, to } = postingPeriod(input.decisionDate);
  const office = input.office.name;
  const item = (line: string) => paperParagraph(line, { indent: mm(20) });
  return buildCitizenPages(input.office, noticeText.title, [
    {
      office: input.office,
      typeCode: paperCodes.notice,
      number: input.number,
      date: input.date,
      blankYear: input.year,
      title: noticeText.title,
      summary: fill(noticeText.summary, { year: input.year }),
      bases: [
        noticeText.bases[0],
        noticeText.bases[1],
        fill(noticeText.bases[2], { decisionDate: documentDateText(input.decisionDate) }),
      ],
      body: [
        paperParagraph(fill(noticeText.opening, { office, year: input.year })),
        paperParagraph(fill(noticeText.deferred, { count: input.deferredPoints.length })),
        ...pointLines(DEFERRAL_POINTS, input.deferredPoints).map(item),
        paperParagraph(fill(noticeText.exempted, { count: input.exemptedPoints.length })),
        ...pointLines(EXEMPTION_POINTS, input.exemptedPoints).map(item),
        paperParagraph(noticeText.attached, { italics: true }),
        paperParagraph(fill(noticeText.period, { from: formatDisplayDate(from), to: formatDisplayDate(to) })),
        paperParagraph(noticeText.places),
        paperParagraph(fill(noticeText.feedback, { office })),
      ],
      recipients: noticeText.recipients,
      signature: signatureFromSigner(input.signer, input.authority),
    },
  ]);
}
