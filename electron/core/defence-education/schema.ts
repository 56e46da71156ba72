import { z } from 'zod';
import {
  dqeduCategories,
  dqeduResults,
  dqeduStatuses,
  type DqeduCategory,
  type DqeduResult,
  type DqeduStatus,
} from '../../../vocabulary/defence-education';
import { vi } from '../messages/vi';
import { isoDate, optionalText, recordId, requiredText, searchText, version } from '../shared/fields';

export type { DqeduCategory, DqeduResult, DqeduStatus };

const page = z.number().int().min(1).default(1);
const pageSize = z.number().int().min(1).max(500).default(20);
const year = z.number().int().min(2000).max(2200);
const category = z.enum(dqeduCategories, { error: vi.field.required });

export const figuresInput = z.strictObject({ from: isoDate, to: isoDate });

export const courseListInput = z.strictObject({
  /** Courses starting in this year. */
  year: year.optional(),
  category: z.enum(dqeduCategories).optional(),
  status: z.enum(dqeduStatuses).optional(),
  search: searchText,
  page,
  pageSize,
  /** The page holding this course is returned instead (one just saved, shown in place). */
  focusId: recordId.optional(),
});

const courseFields = {
  title: requiredText(300),
  category,
  /** Who holds it: "Ban CHQS thành phố", "Trường Quân sự tỉnh"… */
  organiser: requiredText(200),
  place: optionalText(300),
  startsOn: isoDate,
  endsOn: isoDate,
  /** The day of the plan or convening decision; null: the day it was recorded stands for it. */
  plannedOn: isoDate.nullable().default(null),
  plannedParticipants: z
    .number({ error: vi.field.invalid })
    .int({ error: vi.field.notAnInteger })
    .min(0)
    .max(100_000)
    .nullable()
    .default(null),
  notes: optionalText(2000),
};

export const courseCreateInput = z.strictObject(courseFields);
export const courseUpdateInput = z.strictObject({ id: recordId, version, ...courseFields });
export const courseIdInput = z.strictObject({ id: recordId });
export const courseStatusInput = z.strictObject({
  id: recordId,
  version,
  status: z.enum(dqeduStatuses, { error: vi.field.required }),
});

/** Undoes the course's last status step; the reason is required and kept in the history. */
export const courseUndoInput = z.strictObject({ id: recordId, version, reason: requiredText(1000) });

export const participantAddInput = z.strictObject({
  courseId: recordId,
  rows: z
    .array(
      z.strictObject({
        personId: recordId,
        /** The category the person is recorded in; it must be the course's. */
        category,
        roleTitle: optionalText(120),
      }),
    )
    .min(1)
    .max(2000),
});
export const participantRemoveInput = z.strictObject({ id: recordId, version });

export const resultSetInput = z.strictObject({
  courseId: recordId,
  rows: z
    .array(
      z.strictObject({
        participantId: recordId,
        /** The participant's version as read: a row changed since refuses the batch (CONFLICT_VERSION). */
        version,
        result: z.enum(dqeduResults).nullable(),
        certificateNo: optionalText(60),
        certificateOn: isoDate.nullable().default(null),
      }),
    )
    .min(1)
    .max(2000),
});

export const headcountListInput = z.strictObject({ year });
export const headcountSetInput = z.strictObject({
  year,
  rows: z
    .array(
      z.strictObject({
        category,
        /** The headcount's version as read; absent: the category has none yet, and this creates it. */
        version: version.optional(),
        /** null removes the year's figure for the category. */
        headcount: z
          .number({ error: vi.field.invalid })
          .int({ error: vi.field.notAnInteger })
          .min(0, { error: vi.defenceEducation.headcountNegative })
          .max(1_000_000)
          .nullable(),
      }),
    )
    .min(1)
    .max(dqeduCategories.length),
});

export type CourseListInput = z.output<typeof courseListInput>;
export type CourseCreateInput = z.output<typeof courseCreateInput>;
export type CourseUpdateInput = z.output<typeof courseUpdateInput>;
export type CourseStatusInput = z.output<typeof courseStatusInput>;
export type CourseUndoInput = z.output<typeof courseUndoInput>;
export type ParticipantAddInput = z.output<typeof participantAddInput>;
export type ResultSetInput = z.output<typeof resultSetInput>;
export type HeadcountSetInput = z.output<typeof headcountSetInput>;
