import { z } from 'zod';
import { vi } from '../messages/vi';
import { isoDate, recordId, version } from '../shared/fields';
import { reviewPeriodKinds, reviewSectionMaxLength } from './constants';
import type { ReviewSectionKey } from './public-types';

const year = z.number({ error: vi.field.invalid }).int().min(1900).max(2200);
const sectionText = z.string().max(reviewSectionMaxLength);

/** Known section keys only (strict); a missing key keeps the text of the previous version. */
export const reviewSectionsInput = z.strictObject({
  situation: sectionText.optional(),
  leadership: sectionText.optional(),
  defenceZone: sectionText.optional(),
  readiness: sectionText.optional(),
  forceBuilding: sectionText.optional(),
  conscription: sectionText.optional(),
  training: sectionText.optional(),
  defenceEducation: sectionText.optional(),
  politicalEducation: sectionText.optional(),
  policy: sectionText.optional(),
  logistics: sectionText.optional(),
  discipline: sectionText.optional(),
  assessment: sectionText.optional(),
  tasks: sectionText.optional(),
  proposals: sectionText.optional(),
} satisfies Record<ReviewSectionKey, z.ZodOptional<z.ZodString>>);

export const reviewListInput = z.strictObject({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(500).default(20),
  year: year.optional(),
});

/** 'custom' needs from/to; the other kinds compute them from the year (from/to are then ignored). */
export const reviewCreateInput = z
  .strictObject({
    periodKind: z.enum(reviewPeriodKinds, { error: vi.field.required }),
    year,
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .superRefine((input, check) => {
    if (input.periodKind !== 'custom') return;
    if (!input.from) check.addIssue({ code: 'custom', path: ['from'], message: vi.field.required });
    if (!input.to) check.addIssue({ code: 'custom', path: ['to'], message: vi.field.required });
    if (input.from && input.to && input.to < input.from)
      check.addIssue({ code: 'custom', path: ['to'], message: vi.reviews.rangeOrder });
  });

export const reviewGetInput = z.strictObject({ id: recordId, versionNo: z.number().int().positive().optional() });
export const reviewIdInput = z.strictObject({ id: recordId });

export const reviewSaveInput = z.strictObject({ id: recordId, version, sections: reviewSectionsInput });

export const reviewFiguresInput = z
  .strictObject({ from: isoDate, to: isoDate })
  .refine((input) => input.to >= input.from, { path: ['to'], message: vi.reviews.rangeOrder });
