import { roleLabels } from '../../../vocabulary/accounts';
import { conscriptionStateLabels, registrationMethodLabels } from '../../../vocabulary/conscription';
import { dqeduCategoryLabels, dqeduResultLabels, dqeduStatusLabels } from '../../../vocabulary/defence-education';
import { exerciseLevelLabels, exerciseRatingLabels, exerciseStatusLabels } from '../../../vocabulary/exercises';
import {
  militiaComponentLabels,
  militiaDecisionKindLabels,
  militiaDecisionPointLabels,
  militiaEndReasonLabels,
  militiaForceLabels,
  militiaLevelLabels,
  militiaPositionLabels,
} from '../../../vocabulary/militia';
import { officeKindLabels } from '../../../vocabulary/office';
import { sexLabels } from '../../../vocabulary/people';
import { familySupportKindLabels, policyCaseKindLabels, policyOutcomeLabels } from '../../../vocabulary/policy';
import {
  readinessHolderKindLabels,
  readinessPracticeStatusLabels,
  readinessStateLabels,
} from '../../../vocabulary/readiness-documents';
import { rankLabels, reserveUnitKindLabels, reservistCategoryLabels } from '../../../vocabulary/reserves';
import { trainingResultLabels, trainingStatusLabels, trainingTargetLabels } from '../../../vocabulary/training';
import { format, vi } from '../messages/vi';
import { formatDisplayDate } from '../shared/dates';
import { REDACTED } from '../db/audit-redact';

type Words = Readonly<Record<string, string>>;

/**
 * One record type's words for the audit trail: what each field is called and, for coded fields,
 * what each stored code is called. Built from the catalogues the screens already use (vocabulary/),
 * so the trail says "Nữ", "Giỏi", "Danh sách chính thức" exactly as the record's own screen does.
 */
export interface EntityLabels {
  field(key: string): string | undefined;
  value(key: string, value: unknown): string;
}

const t = vi.auditFields;
const v = t.values;

/** Codes read the same way on every record type that carries them. */
const commonValues: Record<string, Words> = { sex: sexLabels, role: roleLabels, rank: rankLabels };

/** Codes whose words depend on the record type (a "status" of an exercise is not a course's). */
const entityValues: Record<string, Record<string, Words>> = {
  office_profile: { kind: officeKindLabels },
  locality: { kind: v.localityKinds },
  conscription_campaign: { status: v.campaignStatuses },
  conscription_record: { state: conscriptionStateLabels, registrationMethod: registrationMethodLabels },
  militia_unit: { level: militiaLevelLabels, force: militiaForceLabels, component: militiaComponentLabels },
  militia_membership: {
    unitLevel: militiaLevelLabels,
    force: militiaForceLabels,
    component: militiaComponentLabels,
    position: militiaPositionLabels,
    endReason: militiaEndReasonLabels,
  },
  militia_decision: { kind: militiaDecisionKindLabels, point: militiaDecisionPointLabels },
  reserve_unit: { kind: reserveUnitKindLabels },
  reservist: { category: reservistCategoryLabels },
  exercise: { level: exerciseLevelLabels, status: exerciseStatusLabels, rating: exerciseRatingLabels },
  training_course: { target: trainingTargetLabels, status: trainingStatusLabels, component: militiaComponentLabels },
  training_participant: { result: trainingResultLabels },
  policy_family_support: { kind: familySupportKindLabels },
  policy_case: { kind: policyCaseKindLabels, outcome: policyOutcomeLabels },
  defence_education_course: { category: dqeduCategoryLabels, status: dqeduStatusLabels },
  defence_education_participant: { category: dqeduCategoryLabels, result: dqeduResultLabels },
  defence_education_headcount: { category: dqeduCategoryLabels },
  readiness_holder: { kind: readinessHolderKindLabels },
  readiness_document_review: { state: readinessStateLabels },
  readiness_practice: { status: readinessPracticeStatusLabels, rating: exerciseRatingLabels },
  political_session: { unitKind: militiaForceLabels },
  exchange_identity: { kind: officeKindLabels },
  exchange_partner: { kind: officeKindLabels, role: v.exchangePartnerRoles },
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?Z?)?$/;
const pad = (n: number) => String(n).padStart(2, '0');

function instantText(iso: string): string {
  // Stored instants carry "Z" (UTC) and read in the office's clock; local "YYYY-MM-DDTHH:mm" are shown as written.
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  if (!iso.endsWith('Z')) return `${formatDisplayDate(iso.slice(0, 10))} ${iso.slice(11, 16)}`;
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Any value as a clerk reads it: dates dd/mm/yyyy, yes/no, a list by its count, nothing as "(trống)". */
export function plainValueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return v.empty;
  if (value === REDACTED) return v.redacted;
  if (typeof value === 'boolean') return value ? v.yes : v.no;
  if (typeof value === 'number') return new Intl.NumberFormat('vi-VN').format(value);
  if (typeof value === 'string') {
    if (ISO_DAY.test(value)) return formatDisplayDate(value);
    return ISO_INSTANT.test(value) ? instantText(value) : value;
  }
  if (Array.isArray(value)) return value.length === 0 ? v.empty : format(v.items, { count: value.length });
  const keys = Object.keys(value as object);
  return keys.length === 0 ? v.empty : format(v.items, { count: keys.length });
}

/** The words of one record type (an unknown type still gets the common words). */
export function labelsOf(entity: string): EntityLabels {
  const own = t.byEntity[entity] ?? {};
  const codes = { ...commonValues, ...entityValues[entity] };
  return {
    field: (key) => own[key] ?? (t.common as Words)[key],
    value(key, value) {
      const words = codes[key];
      if (words && typeof value === 'string' && value in words) return words[value]!;
      return plainValueText(value);
    },
  };
}

/**
 * Fields kept in the trail for the record but not worth a line in "Chi tiết": identifiers (the
 * name beside them says it), the version counter and the save times (the row's own time says it).
 */
export function isTechnicalField(key: string): boolean {
  return (
    key === 'id' ||
    key === 'version' ||
    key === 'createdAt' ||
    key === 'updatedAt' ||
    (/.Id$/.test(key) && key !== 'citizenId')
  );
}
