import { z } from 'zod';
import { vi } from '../messages/vi';
import { isoDate, optionalText, paging, recordId, requiredText, version } from '../shared/fields';
import { exerciseLevels, exerciseRatings, exerciseStatuses } from './constants';

const level = z.enum(exerciseLevels, { error: vi.field.required });
const rating = z.enum(exerciseRatings, { error: vi.field.required });
const count = z.number().int().min(0).max(100_000).default(0);
const year = z.number().int().min(1900).max(2200);

export const typeListInput = z.strictObject({ includeRetired: z.boolean().default(false) });
export const typeCreateInput = z.strictObject({ name: requiredText(200) });
export const typeUpdateInput = z.strictObject({ id: recordId, version, name: requiredText(200) });
export const typeVersionInput = z.strictObject({ id: recordId, version });

const exerciseFields = {
  typeId: recordId,
  level,
  title: requiredText(300),
  localityId: recordId.nullable().default(null),
  plannedOn: isoDate,
  plannedUntil: isoDate.nullable().default(null),
  leadBody: optionalText(300),
  directingOfficer: optionalText(200),
  militiaCount: count,
  reservistCount: count,
  policeCount: count,
  otherCount: count,
  scenario: optionalText(5000),
  /** The units of the forces register taking part (replaces the list on update). */
  militiaUnitIds: z.array(recordId).max(200).default([]),
  reserveUnitIds: z.array(recordId).max(200).default([]),
};

export const exerciseCreateInput = z.strictObject(exerciseFields);
export const exerciseUpdateInput = z.strictObject({ id: recordId, version, ...exerciseFields });
export const exerciseIdInput = z.strictObject({ id: recordId });

export const exerciseListInput = z.strictObject({
  ...paging(500, 20),
  year: year.optional(),
  half: z.union([z.literal(1), z.literal(2)]).optional(),
  typeId: recordId.optional(),
  level: level.optional(),
  status: z.enum(exerciseStatuses).optional(),
  localityId: recordId.optional(),
  /** The page holding this exercise is returned instead (one just saved, shown in place). */
  focusId: recordId.optional(),
});

export const exerciseTransitionInput = z.strictObject({
  id: recordId,
  version,
  to: z.enum(exerciseStatuses, { error: vi.field.required }),
  startedOn: isoDate.optional(),
  endedOn: isoDate.optional(),
  rating: rating.optional(),
  lessons: optionalText(5000),
  cancelReason: optionalText(1000),
});

/** A recorded correction of a done exercise's result or a cancelled one's reason; the reason is required. */
export const exerciseCorrectInput = z.strictObject({
  id: recordId,
  version,
  reason: requiredText(1000),
  startedOn: isoDate.optional(),
  endedOn: isoDate.optional(),
  rating: rating.optional(),
  lessons: optionalText(5000),
  cancelReason: optionalText(1000),
});

/** Undoes the exercise's last status step; the reason is required. */
export const exerciseUndoInput = z.strictObject({ id: recordId, version, reason: requiredText(1000) });

export const attachmentAddInput = z.strictObject({
  exerciseId: recordId,
  documentNumber: requiredText(100),
  documentDate: isoDate.nullable().default(null),
  summary: optionalText(1000),
});
export const attachmentRemoveInput = z.strictObject({ id: recordId, version });

export const figuresInput = z.strictObject({ from: isoDate, to: isoDate });

export type TypeCreateInput = z.output<typeof typeCreateInput>;
export type TypeUpdateInput = z.output<typeof typeUpdateInput>;
export type ExerciseCreateInput = z.output<typeof exerciseCreateInput>;
export type ExerciseUpdateInput = z.output<typeof exerciseUpdateInput>;
export type ExerciseListInput = z.output<typeof exerciseListInput>;
export type ExerciseTransitionInput = z.output<typeof exerciseTransitionInput>;
export type ExerciseCorrectInput = z.output<typeof exerciseCorrectInput>;
export type ExerciseUndoInput = z.output<typeof exerciseUndoInput>;
export type AttachmentAddInput = z.output<typeof attachmentAddInput>;
