import { fill } from '../../../vocabulary/text';
import { vi } from '../messages/vi';
import { formatDisplayDate } from '../shared/dates';
import type { ReviewMeeting } from './meeting-public-types';
import { periodRange, periodTitle } from './period';

const m = () => vi.reviews.meeting;

/** A concluded task as a clause of the sentence: no bullet, no closing stop, first letter lower case. */
function clause(line: string): string {
  const text = line
    .trim()
    .replace(/^[-+•]\s*/u, '')
    .replace(/[.;,\s]+$/u, '');
  // "Tổ chức …" becomes "tổ chức …"; an abbreviation at the start ("UBND", "DQTV") stays.
  const second = text.charAt(1);
  if (second && second === second.toLocaleUpperCase('vi') && second !== second.toLocaleLowerCase('vi')) return text;
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/**
 * The opening line the previous period's meeting gives the "leadership" section: "Thực hiện Kết
 * luận Hội nghị sơ kết 6 tháng đầu năm 2023 (ngày 27/06/2023), … các nhiệm vụ: …". '' without one.
 */
export function meetingOpening(meeting: ReviewMeeting | null): string {
  if (!meeting) return '';
  const period = periodRange(meeting.periodKind, Number(meeting.from.slice(0, 4)), meeting.from, meeting.to);
  const tasks = meeting.conclusions.map(clause).filter((c) => c.length > 0);
  return fill(tasks.length > 0 ? m().opening : m().openingNoTasks, {
    kind: meeting.periodKind === 'year' ? m().kinds.summary : m().kinds.review,
    period: periodTitle(period),
    date: formatDisplayDate(meeting.heldOn),
    tasks: tasks.join('; '),
  });
}

/** The leadership draft with the meeting's line first (each line is a paragraph of the document). */
export function withMeetingOpening(meeting: ReviewMeeting | null, leadership: string): string {
  return [meetingOpening(meeting), leadership].filter((line) => line.length > 0).join('\n');
}
