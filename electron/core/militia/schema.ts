import { z } from 'zod';
import { vi } from '../messages/vi';
import { isoDate, optionalText, paging, recordId, requiredText, searchText, version } from '../shared/fields';
import {
  militiaAgeBands,
  militiaComponents,
  militiaDecisionKinds,
  militiaDecisionPoints,
  militiaEndReasons,
  militiaForces,
  militiaLevels,
  militiaPositions,
} from './constants';

const level = z.enum(militiaLevels, { error: vi.field.required });
const component = z.enum(militiaComponents, { error: vi.field.required });
const position = z.enum(militiaPositions, { error: vi.field.required });

export const unitListInput = z.strictObject({
  includeRetired: z.boolean().default(false),
  /** Locality names as on this date (default: today). */
  asOf: isoDate.optional(),
});

export const unitCreateInput = z.strictObject({
  parentId: recordId.nullable().default(null),
  force: z.enum(militiaForces, { error: vi.field.required }),
  /** The ward/commune of a militia (dân quân) unit. */
  localityId: recordId.nullable().default(null),
  /** The agency or organisation of a self-defence (tự vệ) unit. */
  agency: optionalText(200),
  name: requiredText(200),
  level,
  component,
  notes: optionalText(2000),
});

export const unitUpdateInput = z.strictObject({
  id: recordId,
  version,
  parentId: recordId.nullable().default(null),
  name: requiredText(200),
  level,
  component,
  notes: optionalText(2000),
});

export const unitVersionInput = z.strictObject({ id: recordId, version });

const memberFields = {
  unitId: recordId,
  position: position.default('member'),
  startedOn: isoDate,
  volunteer: z.boolean().default(false),
  partyMember: z.boolean().default(false),
  youthUnion: z.boolean().default(false),
  notes: optionalText(2000),
};

export const memberCreateInput = z.strictObject({ personId: recordId, ...memberFields });
export const memberUpdateInput = z.strictObject({ id: recordId, version, ...memberFields });
export const memberExtendInput = z.strictObject({ id: recordId, version, extendedUntil: isoDate.nullable() });
export const memberEndInput = z.strictObject({
  id: recordId,
  version,
  endedOn: isoDate,
  endReason: z.enum(militiaEndReasons, { error: vi.field.required }),
});
export const memberIdInput = z.strictObject({ id: recordId });

export const memberListInput = z.strictObject({
  ...paging(500, 20),
  search: searchText,
  localityId: recordId.optional(),
  /** The unit and all its sub-units. */
  unitId: recordId.optional(),
  component: component.optional(),
  position: position.optional(),
  force: z.enum(militiaForces).optional(),
  ageBand: z.enum(militiaAgeBands).optional(),
  /** Term (or extension) over or ending within 90 days. */
  termEndingSoon: z.boolean().default(false),
  status: z.enum(['active', 'ended', 'all']).default('active'),
  /** The page holding this membership is returned instead (one just saved, shown in place). */
  focusId: recordId.optional(),
});

export const populationListInput = z.strictObject({ year: z.number().int().min(1900).max(2200) });
export const populationSetInput = z.strictObject({
  localityId: recordId,
  year: z.number().int().min(1900).max(2200),
  /** Null removes the figure. */
  population: z.number().int().min(0).max(100_000_000).nullable(),
});

export const summaryInput = z.strictObject({ asOf: isoDate.optional() });

export type UnitCreateInput = z.output<typeof unitCreateInput>;
export type UnitUpdateInput = z.output<typeof unitUpdateInput>;
export type MemberCreateInput = z.output<typeof memberCreateInput>;
export type MemberUpdateInput = z.output<typeof memberUpdateInput>;
export type MemberListInput = z.output<typeof memberListInput>;

/*
 * Art. 11 Luật DQTV: a decision deferring (khoản 1) or exempting (khoản 2) a person from militia
 * duty. The case must be of the kind's clause, and only a deferral has (and needs) an end date.
 */
const decisionFields = {
  kind: z.enum(militiaDecisionKinds, { error: vi.field.required }),
  point: z.enum(militiaDecisionPoints, { error: vi.field.required }),
  decidedOn: isoDate,
  decidedBy: requiredText(200),
  validUntil: isoDate.nullable().default(null),
  notes: optionalText(2000),
};

type DecisionShape = { kind: string; point: string; decidedOn: string; validUntil: string | null };

function checkDecisionShape(d: DecisionShape, ctx: z.RefinementCtx) {
  const clause = d.kind === 'deferral' ? '1' : '2';
  if (!d.point.startsWith(`${clause}-`)) {
    ctx.addIssue({ code: 'custom', path: ['point'], message: vi.militia.decision.pointOfKind });
  }
  if (d.kind === 'deferral' && d.validUntil === null) {
    ctx.addIssue({ code: 'custom', path: ['validUntil'], message: vi.militia.decision.validUntilRequired });
  }
  if (d.kind === 'exemption' && d.validUntil !== null) {
    ctx.addIssue({ code: 'custom', path: ['validUntil'], message: vi.militia.decision.exemptionHasNoEnd });
  }
  if (d.validUntil !== null && d.validUntil < d.decidedOn) {
    ctx.addIssue({ code: 'custom', path: ['validUntil'], message: vi.militia.decision.validUntilBeforeDecided });
  }
}

export const decisionCreateInput = z
  .strictObject({ personId: recordId, ...decisionFields })
  .superRefine(checkDecisionShape);
export const decisionUpdateInput = z
  .strictObject({ id: recordId, version, ...decisionFields })
  .superRefine(checkDecisionShape);
export const decisionIdInput = z.strictObject({ id: recordId });
export const decisionListInput = z.strictObject({
  ...paging(500, 20),
  search: searchText,
  kind: z.enum(militiaDecisionKinds).optional(),
  personId: recordId.optional(),
  /** Only the decisions in force on this day (an exemption from its date on; a deferral to its last day). */
  inForceOn: isoDate.optional(),
});

export type DecisionCreateInput = z.output<typeof decisionCreateInput>;
export type DecisionUpdateInput = z.output<typeof decisionUpdateInput>;
export type DecisionListInput = z.output<typeof decisionListInput>;

export const admissionCheckInput = z.strictObject({ personId: recordId, startedOn: isoDate });

/** The people offered to a unit taking a member: those of its locality and of age first. */
export const candidateListInput = z.strictObject({
  ...paging(50, 6),
  unitId: recordId,
  search: searchText,
  /** The day the membership would start (the age is counted on it); today when absent. */
  startedOn: isoDate.optional(),
});
export type CandidateListInput = z.output<typeof candidateListInput>;
