import { type Document } from 'docx';
import { signatureFromSigner, type SignatureInput } from '../../docs/official-closing';
import { type IssuingOffice } from '../../docs/official-header';
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

/** " (điểm a: 1; điểm g: 1)": the counts by point in the law's order, or nothing when no one is listed. */
function pointCounts(points: readonly string[], recorded: readonly (string | null)[]): string {
  const counts = points
    .map((point) => ({ point, count: recorded.filter((p) => p === point).length }))
    .filter(({ count }) => count > 0)
    .map(({ point, count }) => fill(noticeText.point, { letter: pointLetter(point), count }));
  return counts.length === 0 ? '' : fill(noticeText.points, { points: counts.join('; ') });
}

/**
 * "THÔNG BÁO Niêm yết công khai danh sách công dân được tạm hoãn, miễn gọi nhập ngũ": the counts
 * by point of Art. 41, the 20-day posting period with its first and last day, and where the lists
 * are posted. The lists themselves are the deferred and exempted lists (DS), posted with it.
 */
export function buildListNotice(input: ListNoticeInput): Document {
  const { from, to } = postingPeriod(input.decisionDate);
  const office = input.office.name;
  return buildCitizenPages(input.office, noticeText.title, [
    {
      office: input.office,
      typeCode: paperCodes.notice,
      number: input.number,
      date: input.date,
      blankYear: input.year,
      title: noticeText.title,
      summary: fill(noticeText.summary, { year: input.year }),
      bases: [noticeText.bases[0], fill(noticeText.bases[1], { decisionDate: documentDateText(input.decisionDate) })],
      body: [
        paperParagraph(fill(noticeText.opening, { office, year: input.year })),
        paperParagraph(
          fill(noticeText.deferred, {
            count: input.deferredPoints.length,
            points: pointCounts(DEFERRAL_POINTS, input.deferredPoints),
          }),
        ),
        paperParagraph(
          fill(noticeText.exempted, {
            count: input.exemptedPoints.length,
            points: pointCounts(EXEMPTION_POINTS, input.exemptedPoints),
          }),
        ),
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
