import { ApiError, type FieldErrors } from '../../kernel/errors';
import { format, vi } from '../../messages/vi';
import { formatDisplayDate } from '../../shared/dates';
import {
  checkCallUpNotice,
  checkDeferralOrExemptionPoint,
  checkCallUpEligibility,
  checkOfficialListEligibility,
  checkRegistrationMethod,
  type RuleFailure,
} from '../rules';
import { HEALTH_SPECIALTIES } from '../../../../vocabulary/health-exam';
import { checkCircular68Exclusions, checkMeasuresRecorded, type HealthMeasures } from '../health-standards';
import {
  healthExamStateFor,
  stateLabel,
  type CampaignStatus,
  type ConscriptionState,
  type ServiceBranch,
} from '../states';
import type { ExamMeasures, StepInput } from './schema';
import type { ConscriptionRecordView, RecordFacts, SpecialtyNotes } from './view';

/** A handover the law's re-check refused, recorded anyway with its reason (who and when are the step's). */
export interface HandoverException {
  reason: string;
  /** What the re-check found, in the words the clerk saw. */
  reasons: string[];
}

export interface StepContext {
  record: ConscriptionRecordView;
  campaign: { status: CampaignStatus; handoverStart: string; year: number };
  /** The next free call-up order number of the year, asked for only when a step needs one. */
  nextOrderNumber(): number;
  /** The day of the record's last exam (the health rule's reference date), asked for when a step re-checks health. */
  healthExamOn(): string | null;
}

/**
 * What a step needs and what it writes: each target state has its own facts
 * (health class, legal point, order, handover) and its own law. Throws field
 * errors for what is missing or refused; returns the record's new facts and
 * the warnings to show (they do not block).
 */
export function applyStep(
  ctx: StepContext,
  to: ConscriptionState,
  step: StepInput,
): { facts: RecordFacts; warnings: RuleFailure[]; exception: HandoverException | null } {
  const { record, campaign } = ctx;
  const facts: RecordFacts = { ...record };
  const errors: FieldErrors = {};
  const warnings: RuleFailure[] = [];
  if (step.isCorrection && !step.note) errors.note = vi.conscription.record.correctionNoteRequired;
  // History reads in date order: a normal step cannot be dated before the one it follows.
  if (!step.isCorrection && step.onDate < record.stateSince) {
    errors.onDate = format(vi.conscription.record.dateBeforePrevious, { date: formatDisplayDate(record.stateSince) });
  }

  // A withdrawn order (back to the pool, deferred, exempted, removed…) no longer stands: its number,
  // dates and place are cleared so lists and documents never show it. The history keeps it.
  if (to !== 'call_up_ordered' && to !== 'handed_over') {
    Object.assign(facts, {
      orderNumber: null,
      orderDate: null,
      orderDeliveredOn: null,
      reportDate: null,
      reportTime: '',
      reportPlace: '',
    });
  }
  // Back in the pool, last decision's legal point is spent; a study deferral still extends the age (Art. 30).
  if (to === 'pool') Object.assign(facts, { legalPoint: null, deferralYear: null });
  facts.branch = branchAfter(to, step, record);

  if (step.exceptionReason && to !== 'handed_over')
    errors.exceptionReason = vi.conscription.record.exception.onlyHandover;
  // The official list checks the same law below, with its own wording and the transition's.
  const exception =
    to === 'reserve_list' || to === 'call_up_ordered' || to === 'handed_over'
      ? refuseIfNotEligible(ctx, to, step)
      : null;

  switch (to) {
    case 'first_registered':
      facts.registeredOn = step.onDate;
      facts.registrationCertificate = step.registrationCertificate || facts.registrationCertificate;
      // Unsaid keeps what was recorded, as the certificate does.
      facts.registrationMethod = step.registrationMethod ?? facts.registrationMethod;
      warnings.push(...failuresOf(checkRegistrationMethod(facts.registrationMethod, step.onDate)));
      break;
    case 'screening_failed':
    case 'political_review_failed':
    case 'removed':
      if (!step.reason) errors.reason = vi.conscription.record.reasonRequired;
      facts.reason = step.reason;
      break;
    case 'health_exam_passed':
    case 'health_exam_failed': {
      if (step.healthClass === undefined) {
        errors.healthClass = vi.conscription.record.healthClassRequired;
        break;
      }
      const expected = healthExamStateFor(step.healthClass);
      if (expected !== to) {
        errors.healthClass = format(vi.conscription.record.healthClassMismatch, {
          healthClass: step.healthClass,
          expected: stateLabel(expected),
        });
      }
      facts.healthClass = step.healthClass;
      facts.healthNotes = step.healthNotes;
      // A new exam replaces the last one's figures entirely: none given = none recorded.
      Object.assign(facts, examFacts(step.measures));
      if (to === 'health_exam_passed') warnings.push(...examWarnings(facts, campaign.handoverStart));
      break;
    }
    case 'deferred':
    case 'exempted': {
      const kind = to === 'deferred' ? 'deferral' : 'exemption';
      const rule = checkDeferralOrExemptionPoint(kind, step.legalPoint, campaign.handoverStart);
      if (!rule.ok) errors.legalPoint = rule.message;
      facts.legalPoint = step.legalPoint ?? null;
      facts.deferralYear = to === 'deferred' ? (step.deferralYear ?? campaign.year) : null;
      // Only a deferral for college/university study (point g) extends the call-up age to 27.
      facts.studyDeferral = to === 'deferred' && step.legalPoint === 'g' && step.studyDeferral === true;
      facts.reason = step.reason;
      break;
    }
    case 'official_list': {
      const failures = checkOfficialListEligibility({
        birthDate: record.birthDate,
        handoverDate: campaign.handoverStart,
        hasStudyDeferral: record.studyDeferral,
        healthClass: record.healthClass,
        healthExamOn: ctx.healthExamOn(),
        isExempted: record.state === 'exempted',
        measures: measuresOf(record),
        branch: branchAfter(to, step, record),
        campaignStatus: campaign.status,
        isCorrection: step.isCorrection,
        currentState: record.state,
      });
      // The law's reasons (age, health, exemption) come before "not the next step in the year".
      const refusals = failures
        .filter((f) => f.severity === 'error')
        .sort((a, b) => Number(a.code === 'RULE_TRANSITION') - Number(b.code === 'RULE_TRANSITION'));
      if (refusals.length > 0) {
        const message = format(vi.conscription.record.notEligible, {
          reasons: refusals.map((f) => f.message).join(' '),
        });
        throw new ApiError(refusals[0]!.code, message, { to: message });
      }
      warnings.push(...failures);
      break;
    }
    case 'call_up_ordered': {
      facts.orderNumber = step.orderNumber ?? ctx.nextOrderNumber();
      facts.orderDate = step.onDate;
      // A new (or re-issued) order has not reached the citizen yet.
      facts.orderDeliveredOn = null;
      facts.reportDate = step.reportDate ?? campaign.handoverStart;
      facts.reportTime = step.reportTime;
      facts.reportPlace = step.reportPlace;
      // The order must say army or police (Art. 3(3) Luật NVQS: "nhập ngũ" is the army's); unsaid, the army.
      facts.branch ??= 'army';
      const notice = checkCallUpNotice(facts.orderDate, facts.reportDate);
      if (!notice.ok) warnings.push(notice);
      break;
    }
    case 'handed_over':
      if (!step.receivingUnit) errors.receivingUnit = vi.conscription.record.receivingUnitRequired;
      // The branch chosen at the ceremony, or the one the order was issued for.
      if (!facts.branch) errors.branch = vi.conscription.record.branchRequired;
      facts.handedOverOn = step.onDate;
      facts.receivingUnit = step.receivingUnit;
      break;
    default:
      break;
  }
  if (Object.keys(errors).length > 0) throw ApiError.fields(errors);
  return { facts, warnings, exception };
}

/** A rule's failure as a list (none when it passed). */
function failuresOf(result: ReturnType<typeof checkRegistrationMethod>): RuleFailure[] {
  return result.ok ? [] : [result];
}

/** The figures Circular 68/2025/TT-BQP judges, as a record holds them. */
export function measuresOf(record: HealthMeasures): HealthMeasures {
  const { heightCm, weightKg, refractionRight, refractionLeft } = record;
  return { heightCm, weightKg, refractionRight, refractionLeft };
}

/** The exam's figures as the record stores them: specialty notes in the sheet's order, blank ones left out. */
function examFacts(measures: ExamMeasures | undefined): Pick<RecordFacts, keyof ExamMeasures> {
  const notes: SpecialtyNotes = {};
  for (const specialty of HEALTH_SPECIALTIES) {
    const note = measures?.specialtyNotes[specialty];
    if (note) notes[specialty] = note;
  }
  return {
    heightCm: measures?.heightCm ?? null,
    weightKg: measures?.weightKg ?? null,
    refractionRight: measures?.refractionRight ?? null,
    refractionLeft: measures?.refractionLeft ?? null,
    specialtyNotes: notes,
  };
}

/**
 * A class 1–3 exam whose figures exclude the citizen under point c clause 3 Art. 4 Circular
 * 68/2025/TT-BQP (judged by the campaign's handover date), or lack figures to judge: the exam is
 * recorded as the council decided, with warnings. The refusal comes at the steps towards the army.
 */
function examWarnings(facts: RecordFacts, handoverDate: string): RuleFailure[] {
  const measures = measuresOf(facts);
  const found = [...checkCircular68Exclusions(measures, handoverDate), checkMeasuresRecorded(measures, handoverDate)];
  return found.flatMap((r) => (r.ok ? [] : [{ ...r, severity: 'warning' as const }]));
}

/**
 * The reserve list, the call-up order and the handover re-check what the official list checked (age on
 * the handover date, health class and figures, exemption): a birth date corrected, an exemption decided
 * or a new exam since then must stop the citizen here, not at the barracks. The handover is judged on
 * its own date and branch. A handover the re-check refuses goes through only as a recorded exception
 * with its reason (the citizen may already stand at the unit; the office records what happened and
 * why, and the history and audit keep it); an exception on an eligible record is refused, so none is
 * recorded without cause.
 */
function refuseIfNotEligible(
  ctx: StepContext,
  to: 'reserve_list' | 'call_up_ordered' | 'handed_over',
  step: StepInput,
): HandoverException | null {
  const { record, campaign } = ctx;
  const refusals = checkCallUpEligibility({
    birthDate: record.birthDate,
    handoverDate: to === 'handed_over' ? step.onDate : campaign.handoverStart,
    hasStudyDeferral: record.studyDeferral,
    healthClass: record.healthClass,
    healthExamOn: ctx.healthExamOn(),
    isExempted: record.state === 'exempted',
    measures: measuresOf(record),
    // The 68/2025 exclusions are the Army's: a citizen going to the police is judged without them.
    branch: branchAfter(to, step, record),
  });
  const reasons = refusals.map((f) => f.message);
  const exceptionReason = to === 'handed_over' ? (step.exceptionReason ?? '') : '';
  if (refusals.length === 0) {
    if (!exceptionReason) return null;
    throw ApiError.fields({ exceptionReason: vi.conscription.record.exception.notNeeded });
  }
  if (exceptionReason) return { reason: exceptionReason, reasons };
  const template =
    to === 'handed_over' ? vi.conscription.record.exception.refused : vi.conscription.record.notEligibleForStep[to];
  const message = format(template, { reasons: reasons.join(' ') });
  throw new ApiError(refusals[0]!.code, message, { to: message });
}

/** The steps that may carry the citizen's branch: from the official list on, it is where he is going. */
const BRANCH_STATES: readonly ConscriptionState[] = ['official_list', 'reserve_list', 'call_up_ordered', 'handed_over'];

/**
 * Army or police (nghĩa vụ tham gia Công an nhân dân): chosen at the official list, the order or the
 * handover (each may set it, a later one may change it), kept along those steps and cleared when the
 * citizen leaves them (back to the pool, deferred…), since next year's selection decides afresh.
 */
function branchAfter(to: ConscriptionState, step: StepInput, record: ConscriptionRecordView): ServiceBranch | null {
  if (!BRANCH_STATES.includes(to)) return null;
  return step.branch ?? record.branch;
}
