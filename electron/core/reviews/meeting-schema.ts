import { z } from 'zod';
import { fill } from '../../../vocabulary/text';
import { vi } from '../messages/vi';
import { isoDate, optionalText, recordId, requiredText, version } from '../shared/fields';

/** The most characters a concluded task's line may hold: one task, not a whole resolution. */
export const MEETING_CONCLUSION_MAX = 500;
export const MEETING_GUEST_MAX = 300;
/** Lines of guests or conclusions a meeting may hold. */
export const MEETING_LINES_MAX = 30;

const m = () => vi.reviews.meeting;

/** Lines typed one per row: trimmed, blank ones dropped, each at most `max` characters. */
const lines = (max: number, message: string) =>
  z
    .array(
      z
        .string()
        .trim()
        .max(max, { error: fill(message, { max }) }),
    )
    .max(MEETING_LINES_MAX, { error: fill(m().tooManyLines, { max: MEETING_LINES_MAX }) })
    .transform((list) => list.filter((line) => line.length > 0));

/** The meeting's fields, for the report `reportId` (its period is the meeting's key). */
export const meetingFields = {
  heldOn: isoDate,
  place: requiredText(300),
  chairName: requiredText(120),
  chairPosition: requiredText(300),
  guests: lines(MEETING_GUEST_MAX, vi.reviews.meeting.guestTooLong).default([]),
  conclusions: lines(MEETING_CONCLUSION_MAX, vi.reviews.meeting.conclusionTooLong).default([]),
  note: optionalText(2000),
};

export const meetingGetInput = z.strictObject({ reportId: recordId });

/** Absent `version`: a new meeting for the period; present: an update at that version. */
export const meetingSaveInput = z.strictObject({ reportId: recordId, version: version.optional(), ...meetingFields });

export type MeetingValues = Omit<z.output<typeof meetingSaveInput>, 'reportId' | 'version'>;
