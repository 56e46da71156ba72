import { z } from 'zod';
import { upwardEntityNames } from '../entities';
import { officeCodeSchema } from './manifest';

/**
 * The lines of a bundle's NDJSON files (docs/exchange-format.md §4). Every line is one canonical
 * JSON object; these schemas check them on the receiving side before anything is written.
 */

const isoTimestamp = z.string().min(20).max(40);
const officeCode = officeCodeSchema;

/**
 * A record of the sender's (an upward entity file). Exactly one office writes a record: its
 * origin. `version` is the origin's exchange version of the row, moved on each time its content
 * changes between bundles; a receiver keeps the highest it has seen. A deleted row travels as a
 * tombstone: `deleted: true` and `data: null`.
 */
export const rowLine = z.strictObject({
  gid: z.string().min(1).max(64),
  origin: officeCode,
  version: z.number().int().positive(),
  deleted: z.boolean(),
  data: z.record(z.string(), z.unknown()).nullable(),
});
export type RowLine = z.infer<typeof rowLine>;

/** One figure of the sender's half-year review as its own program computed it. */
export const reviewFigureLine = z.strictObject({
  /** "2026-H1" or "2026-H2" (the review periods). */
  period: z.string().regex(/^\d{4}-H[12]$/),
  key: z.string().min(1).max(120),
  value: z.number(),
});
export type ReviewFigureLine = z.infer<typeof reviewFigureLine>;

/** Downward: a receiver asks the origin of a record to change one field (issue 20 §3). */
export const correctionLine = z.strictObject({
  id: z.string().min(1).max(64),
  entity: z.enum(upwardEntityNames as [string, ...string[]]),
  gid: z.string().min(1).max(64),
  field: z.string().min(1).max(64),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  reason: z.string().min(1).max(1000),
  author: z.string().min(1).max(200),
  writtenAt: isoTimestamp,
});
export type CorrectionLine = z.infer<typeof correctionLine>;

/**
 * Downward: what the receiving officer decided about one citizen ID held by two origins. Sent to
 * every origin involved; `keeperOrigin` is where the citizen now belongs (null: they are different
 * people and one ID was entered wrongly — each origin checks its own).
 */
export const decisionLine = z.strictObject({
  id: z.string().min(1).max(64),
  citizenId: z.string().min(1).max(20),
  records: z.array(z.strictObject({ origin: officeCode, gid: z.string().min(1).max(64) })).min(2),
  outcome: z.enum(['belongs_to', 'different_people']),
  keeperOrigin: officeCode.nullable(),
  note: z.string().max(1000),
  decidedBy: z.string().min(1).max(200),
  decidedAt: isoTimestamp,
});
export type DecisionLine = z.infer<typeof decisionLine>;

/** Upward: the origin's answer to a correction (accepted or rejected, with a reason) or its receipt of a decision. */
export const answerLine = z.strictObject({
  kind: z.enum(['correction', 'decision']),
  refId: z.string().min(1).max(64),
  answer: z.enum(['accepted', 'rejected', 'noted']),
  reason: z.string().max(1000),
  answeredBy: z.string().min(1).max(200),
  answeredAt: isoTimestamp,
});
export type AnswerLine = z.infer<typeof answerLine>;
