import {
  trainingResults,
  trainingStatuses,
  trainingTargets,
  type TrainingResult,
  type TrainingStatus,
  type TrainingTarget,
} from '../../../vocabulary/training';
import { z } from 'zod';
import { militiaComponents } from '../militia';
import { vi } from '../messages/vi';
import { isoDate, optionalText, recordId, requiredText, searchText, version } from '../shared/fields';
import type { ListPage } from '../shared/list-page';

/** Who a course is for, its status and a participant's result: the shared vocabulary's (vocabulary/training.ts). */
export type { TrainingResult, TrainingStatus, TrainingTarget };

const page = z.number().int().min(1).default(1);
const pageSize = z.number().int().min(1).max(500).default(20);

export const figuresInput = z.strictObject({ from: isoDate, to: isoDate });

export const courseListInput = z.strictObject({
  /** Courses starting in this year. */
  year: z.number().int().min(1900).max(2200).optional(),
  page,
  pageSize,
  target: z.enum(trainingTargets).optional(),
  status: z.enum(trainingStatuses).optional(),
  search: searchText,
  /** The page holding this course is returned instead (one just saved, shown in place). */
  focusId: recordId.optional(),
});

const courseFields = {
  title: requiredText(300),
  target: z.enum(trainingTargets, { error: vi.field.required }),
  component: z.enum(militiaComponents).nullable().default(null),
  militiaUnitId: recordId.nullable().default(null),
  reserveUnitId: recordId.nullable().default(null),
  startsOn: isoDate,
  endsOn: isoDate,
  place: optionalText(300),
  /** Left out: the law's default for the target and component. */
  plannedDays: z.number().int({ error: vi.field.notAnInteger }).min(1).max(366).optional(),
  notes: optionalText(2000),
};

export const courseCreateInput = z.strictObject(courseFields);
export const courseUpdateInput = z.strictObject({ id: recordId, version, ...courseFields });
export const courseIdInput = z.strictObject({ id: recordId });
export const courseTransitionInput = z.strictObject({
  id: recordId,
  version,
  to: z.enum(trainingStatuses, { error: vi.field.required }),
});
/** Undoes the course's last status step; the reason is required and kept in the history. */
export const courseUndoInput = z.strictObject({ id: recordId, version, reason: requiredText(1000) });
export const defaultDaysInput = z.strictObject({
  target: z.enum(trainingTargets),
  component: z.enum(militiaComponents).nullable().default(null),
  /** For a first-year course: the unit trained, whose component (standing or not) sets the default. */
  militiaUnitId: recordId.nullable().default(null),
});

export const participantListInput = z.strictObject({ courseId: recordId });
export const participantAddInput = z.strictObject({
  courseId: recordId,
  personIds: z.array(recordId).min(1).max(2000),
});
export const participantAddUnitInput = z.strictObject({ courseId: recordId });
export const participantRemoveInput = z.strictObject({ id: recordId });

const daysValue = z.number().int({ error: vi.field.notAnInteger }).min(0).max(366);

/** Total days per participant; null clears the figure. */
export const attendanceSetInput = z.strictObject({
  courseId: recordId,
  rows: z
    .array(z.strictObject({ participantId: recordId, attendedDays: daysValue.nullable() }))
    .min(1)
    .max(2000),
});

/** Per-day marks for many participants at once; null removes the day's mark. */
export const dayAttendanceSetInput = z.strictObject({
  courseId: recordId,
  records: z
    .array(z.strictObject({ participantId: recordId, onDate: isoDate, present: z.boolean().nullable() }))
    .min(1)
    .max(20_000),
});
export const dayAttendanceListInput = z.strictObject({ courseId: recordId });

export const resultSetInput = z.strictObject({
  courseId: recordId,
  rows: z
    .array(z.strictObject({ participantId: recordId, result: z.enum(trainingResults).nullable() }))
    .min(1)
    .max(2000),
});

export type CourseListInput = z.output<typeof courseListInput>;
export type CourseCreateInput = z.output<typeof courseCreateInput>;
export type CourseUpdateInput = z.output<typeof courseUpdateInput>;
export type AttendanceSetInput = z.output<typeof attendanceSetInput>;
export type DayAttendanceSetInput = z.output<typeof dayAttendanceSetInput>;
export type ResultSetInput = z.output<typeof resultSetInput>;
export type CourseTransitionInput = z.output<typeof courseTransitionInput>;
export type CourseUndoInput = z.output<typeof courseUndoInput>;

/** A course in the list: the form's fields (the planned days settled), its unit's name, status and figures. */
export interface TrainingCourseRow extends Omit<CourseCreateInput, 'plannedDays' | 'notes'> {
  id: string;
  /** The militia or reserve unit's name, when the course is for one. */
  unitName: string | null;
  plannedDays: number;
  status: TrainingStatus;
  participants: number;
  /** Attended / planned person-days of the participants with attendance recorded, in %, 2 decimals. */
  attendanceRate: number | null;
  /** Excellent or good among the rated participants, in %, 2 decimals. */
  goodOrBetterRate: number | null;
}

export type TrainingCoursePage = ListPage<TrainingCourseRow>;

export interface TrainingCourse extends TrainingCourseRow {
  notes: string;
  version: number;
  /** The rule's default planned days for the target and component. */
  defaultDays: number | null;
  figures: TrainingCourseFigures;
}

/** A course's (or a period's) totals. */
export interface TrainingCourseFigures {
  participants: number;
  /** Planned days × participants whose attendance is recorded. */
  plannedPersonDays: number;
  attendedPersonDays: number;
  attendanceRate: number | null;
  rated: number;
  goodOrBetter: number;
  goodOrBetterRate: number | null;
  results: Record<TrainingResult, number>;
}

export interface TrainingParticipant {
  id: string;
  courseId: string;
  personId: string;
  fullName: string;
  birthDate: string;
  citizenId: string | null;
  /** The total entered by hand (used when there are no per-day marks). */
  enteredDays: number | null;
  /** Per-day marks recorded, and how many of them are present. */
  dayMarks: number;
  presentDays: number;
  /** Present days when marks exist, else the total entered; null when nothing is recorded. */
  attendedDays: number | null;
  result: TrainingResult | null;
  notes: string;
  version: number;
}

export interface TrainingDayAttendance {
  dates: string[];
  records: Array<{ participantId: string; onDate: string; present: boolean }>;
}

/** A period's totals: the courses' figures summed (without the per-result counts), and each course's own. */
export interface TrainingFigures extends Omit<TrainingCourseFigures, 'results'> {
  from: string;
  to: string;
  /** Courses starting within the range (a course counts in the half-year it starts), not cancelled. */
  courses: number;
  perCourse: Array<
    { courseId: string } & Pick<TrainingCourseRow, 'title' | 'startsOn' | 'endsOn'> &
      Pick<TrainingCourseFigures, 'participants' | 'attendanceRate' | 'goodOrBetterRate'>
  >;
}

export interface ParticipantAddResult {
  added: number;
  /** People already in the course (only when adding a whole unit; adding one by hand refuses them). */
  skipped: number;
}
