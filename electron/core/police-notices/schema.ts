import { z } from 'zod';
import { vi } from '../messages/vi';
import { isoDate, optionalText, paging, recordId, requiredText, version } from '../shared/fields';

/** What the police report of a citizen (Decree 220/2025/NĐ-CP): detained, moved away, moved in, or another event. */
export const policeEventKinds = ['detention', 'moved_away', 'moved_in', 'other'] as const;
export type PoliceEventKind = (typeof policeEventKinds)[number];

const year = z.number({ error: vi.field.required }).int().min(2000).max(2200);
const quarter = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: vi.field.required });

/**
 * One citizen of a notice: a person of the register (personId), or — when the office does not have
 * him yet — the name, birth date and ID number as the police wrote them.
 */
const noticeLine = z
  .strictObject({
    personId: recordId.nullable().default(null),
    fullName: optionalText(120),
    birthDate: isoDate.nullable().default(null),
    /** A 12-digit citizen ID or a 9-digit legacy CMND, as printed on the notice. */
    idNumber: z
      .string()
      .trim()
      .regex(/^(\d{9}|\d{12})?$/, { error: vi.police.idNumberFormat })
      .default(''),
    kind: z.enum(policeEventKinds, { error: vi.field.required }),
    eventOn: isoDate,
    note: optionalText(500),
  })
  .superRefine((line, ctx) => {
    if (line.personId === null && line.fullName === '') {
      ctx.addIssue({ code: 'custom', path: ['fullName'], message: vi.police.personOrName });
    }
  });

const noticeFields = {
  year,
  quarter,
  receivedOn: isoDate,
  /** The sending body as written on the notice ("Công an phường Đức Xuân"). */
  sender: requiredText(200),
  reference: optionalText(60),
  lines: z.array(noticeLine).max(500).default([]),
};

export const noticeCreateInput = z.strictObject(noticeFields);
export const noticeUpdateInput = z.strictObject({ id: recordId, version, ...noticeFields });
export const noticeIdInput = z.strictObject({ id: recordId });
export const noticeListInput = z.strictObject({
  ...paging(200, 20),
  year: year.optional(),
  quarter: quarter.optional(),
  /** The page holding this record is returned instead (one just saved, shown in place). */
  focusId: recordId.optional(),
});
export const quartersInput = z.strictObject({ year });

export type NoticeCreateInput = z.output<typeof noticeCreateInput>;
export type NoticeUpdateInput = z.output<typeof noticeUpdateInput>;
export type NoticeListInput = z.output<typeof noticeListInput>;
export type NoticeLineInput = z.output<typeof noticeLine>;
export type NoticeFields = Omit<NoticeCreateInput, 'lines'>;
