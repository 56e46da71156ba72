import type { ApiContext } from '../../kernel/context';
import { ApiError, mustBeCurrent, mustExist } from '../../kernel/errors';
import { writeAudit } from '../../db/audit';
import { timestamp } from '../../db/records';
import { format, vi } from '../../messages/vi';
import { findPerson } from '../../people';
import { addDays, addYears, localIsoDate } from '../../shared/dates';
import type { ListPage } from '../../shared/list-page';
import { inTransaction } from '../../kernel/transaction';
import { getCampaign } from '../campaigns/service';
import { checkCampaignOpen, checkRegistrationMethod, checkTransition, type RuleFailure } from '../rules';
import { healthExamStateFor, type ConscriptionState } from '../states';
import * as repo from './repository';
import type {
  ExamMeasures,
  HealthExamInput,
  RecordCreateInput,
  RecordListInput,
  StepInput,
  TransitionInput,
} from './schema';
import { EXAM_STATES, lastExamOn, recordWarnings } from './record-warnings';
import { FLAGGED_STEPS, ruleChangeFlags } from './rule-change-flags';
import { quotaWarnings } from './quota-check';
import { applyStep } from './step-facts';
import type { ConscriptionRecordRow, ConscriptionRecordView, ConscriptionTransition, RecordFacts } from './view';

/** The facts of a record view (what a step may change, and an undo puts back). */
export function factsOf(record: ConscriptionRecordView): RecordFacts {
  return Object.fromEntries(
    Object.keys(repo.EMPTY_FACTS).map((key) => [key, record[key as keyof RecordFacts]]),
  ) as unknown as RecordFacts;
}

export interface StepResult {
  record: ConscriptionRecordView;
  warnings: RuleFailure[];
}

function mustFind(ctx: ApiContext, id: string): ConscriptionRecordView {
  return mustExist(repo.findRecord(ctx.db, id));
}

function refuse(rule: { ok: false; code: string; message: string }, field = 'to'): never {
  throw new ApiError(rule.code, rule.message, { [field]: rule.message });
}

/** A new record, and the warnings of the law about its first step (they do not block). */
export type CreatedRecord = ConscriptionRecordView & { warnings: RuleFailure[] };

/** Puts a person from the register into a campaign (registration outcome, or the pool for a move-in). */
export function createRecord(ctx: ApiContext, input: RecordCreateInput): CreatedRecord {
  return inTransaction(ctx, () => {
    const campaign = getCampaign(ctx, input.campaignId);
    const open = checkCampaignOpen(campaign.status, false);
    if (!open.ok) refuse(open, 'campaignId');
    const person = findPerson(ctx.db, input.personId, localIsoDate(ctx.now()));
    if (!person) throw ApiError.fields({ personId: vi.errors.NOT_FOUND });
    if (person.archivedAt) throw ApiError.fields({ personId: vi.conscription.record.personArchived });
    if (repo.findRecordFor(ctx.db, input.personId, input.campaignId)) {
      const message = vi.conscription.record.alreadyInCampaign;
      throw new ApiError('CONFLICT_RECORD', message, { personId: message });
    }
    const state = input.state as ConscriptionState;
    const at = timestamp(ctx.now());
    const registered = state === 'first_registered';
    const facts = {
      ...repo.EMPTY_FACTS,
      registeredOn: registered ? input.onDate : null,
      registrationCertificate: input.registrationCertificate,
      // How one registered is a fact of the first registration only (a move-in joins the pool).
      registrationMethod: registered ? (input.registrationMethod ?? null) : null,
    };
    const check = checkRegistrationMethod(facts.registrationMethod, input.onDate);
    const id = repo.insertRecord(
      ctx.db,
      { personId: input.personId, campaignId: input.campaignId, state, stateSince: input.onDate, facts },
      at,
    );
    repo.insertTransition(
      ctx.db,
      {
        recordId: id,
        fromState: null,
        toState: state,
        onDate: input.onDate,
        actor: ctx.actor,
        note: input.note,
        documentNumber: '',
        details: {
          registrationCertificate: input.registrationCertificate,
          registrationMethod: facts.registrationMethod,
        },
        isCorrection: false,
      },
      at,
    );
    const after = mustFind(ctx, id);
    writeAudit(ctx.db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'conscription_record',
      entityId: id,
      action: 'create',
      before: null,
      after,
    });
    return { ...after, warnings: check.ok ? [] : [check] };
  });
}

/** One dated step of one record: checked against the campaign, the transition table and the step's law. */
function step(ctx: ApiContext, recordId: string, version: number, to: ConscriptionState, input: StepInput): StepResult {
  const before = mustFind(ctx, recordId);
  const campaign = getCampaign(ctx, before.campaignId);
  const open = checkCampaignOpen(campaign.status, input.isCorrection);
  if (!open.ok) refuse(open);
  // The official list runs its own eligibility check, which names every reason (age, health, exemption, order).
  if (!input.isCorrection && to !== 'official_list') {
    const allowed = checkTransition(before.state, to);
    if (!allowed.ok) refuse(allowed);
  }
  const { facts, warnings, exception } = applyStep(
    {
      record: before,
      campaign,
      nextOrderNumber: () => repo.nextOrderNumber(ctx.db, campaign.id),
      healthExamOn: () => lastExamOn(repo.stepDatesOf(ctx.db, [recordId], EXAM_STATES).get(recordId)),
    },
    to,
    input,
  );
  warnings.push(...quotaWarnings(ctx, campaign, before, to, facts.branch));
  const at = timestamp(ctx.now());
  try {
    mustBeCurrent(repo.updateRecord(ctx.db, recordId, version, to, input.onDate, facts, at));
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && facts.orderNumber !== null) {
      const message = format(vi.conscription.record.orderNumberTaken, { number: facts.orderNumber });
      throw new ApiError('CONFLICT_ORDER_NUMBER', message, { orderNumber: message });
    }
    throw error;
  }
  // Compared as JSON: the specialty notes are an object, rebuilt by every exam.
  const changed = Object.fromEntries(
    Object.entries(facts).filter(
      ([key, value]) => JSON.stringify(before[key as keyof ConscriptionRecordView]) !== JSON.stringify(value),
    ),
  );
  repo.insertTransition(
    ctx.db,
    {
      recordId,
      fromState: before.state,
      toState: to,
      onDate: input.onDate,
      actor: ctx.actor,
      note: input.note,
      documentNumber: input.documentNumber,
      // A handover the law refused, recorded as an exception: its reason and what was found stay in the history.
      details: exception ? { ...changed, exception } : changed,
      isCorrection: input.isCorrection,
      before: { state: before.state, stateSince: before.stateSince, facts: factsOf(before) },
      recordVersion: version + 1,
    },
    at,
  );
  const after = mustFind(ctx, recordId);
  writeAudit(ctx.db, {
    actor: ctx.actor,
    at: ctx.now(),
    entity: 'conscription_record',
    entityId: recordId,
    action: 'update',
    before,
    after: exception ? { ...after, handoverException: exception } : after,
  });
  return { record: after, warnings };
}

export function transition(ctx: ApiContext, input: TransitionInput): StepResult {
  const { recordId, version, to, ...rest } = input;
  return inTransaction(ctx, () => step(ctx, recordId, version, to, rest));
}

/** The same step for a selection, all or nothing: one refusal rolls back every record. */
export function transitionMany(
  ctx: ApiContext,
  input: { records: { id: string; version: number }[]; to: ConscriptionState } & StepInput,
): { records: ConscriptionRecordView[]; warnings: Array<RuleFailure & { recordId: string }> } {
  const { records, to, ...rest } = input;
  return inTransaction(ctx, () => {
    const results = records.map((r) => {
      try {
        return { id: r.id, ...step(ctx, r.id, r.version, to, { ...rest, orderNumber: undefined }) };
      } catch (error) {
        if (error instanceof ApiError) {
          const who = repo.findRecord(ctx.db, r.id)?.fullName ?? r.id;
          throw new ApiError(error.code, `${who}: ${error.message}`, error.fieldErrors);
        }
        throw error;
      }
    });
    return {
      records: results.map((r) => r.record),
      warnings: results.flatMap((r) => r.warnings.map((w) => ({ ...w, recordId: r.id }))),
    };
  });
}

/** The exam council's class decides the state: 1–3 passed, 4–6 failed (Circular 105/2023). */
export function recordHealthExam(
  ctx: ApiContext,
  // The figures are optional here: an import from Excel brings the class only.
  input: Omit<HealthExamInput, keyof ExamMeasures> & Partial<ExamMeasures>,
): StepResult {
  const { heightCm = null, weightKg = null, refractionRight = null, refractionLeft = null } = input;
  const specialtyNotes = input.specialtyNotes ?? {};
  const to = healthExamStateFor(input.healthClass);
  return inTransaction(ctx, () =>
    step(ctx, input.recordId, input.version, to, {
      onDate: input.onDate,
      note: input.note,
      documentNumber: input.documentNumber,
      isCorrection: input.isCorrection,
      registrationCertificate: '',
      healthClass: input.healthClass,
      healthNotes: input.healthNotes,
      measures: { heightCm, weightKg, refractionRight, refractionLeft, specialtyNotes },
      reportTime: '',
      reportPlace: '',
      receivingUnit: '',
      reason: '',
    }),
  );
}

export function getRecord(
  ctx: ApiContext,
  id: string,
): { record: ConscriptionRecordView; history: ConscriptionTransition[] } {
  return { record: mustFind(ctx, id), history: repo.transitionsOf(ctx.db, id) };
}

export function listRecords(ctx: ApiContext, input: RecordListInput): ListPage<ConscriptionRecordRow> {
  const campaign = getCampaign(ctx, input.campaignId);
  const handover = campaign.handoverStart;
  // Age on the handover date between ageFrom and ageTo ⇔ born in this window.
  const bornTo = input.ageFrom !== undefined ? addYears(handover, -input.ageFrom) : undefined;
  const bornFrom = input.ageTo !== undefined ? addDays(addYears(handover, -(input.ageTo + 1)), 1) : undefined;
  const { rows, total, page, focusOutside } = repo.queryRecords(ctx.db, {
    campaignId: input.campaignId,
    handoverDate: handover,
    states: input.states,
    localityId: input.localityId,
    search: input.search,
    healthClass: input.healthClass,
    bornFrom,
    bornTo,
    sort: input.sort,
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
    focusId: input.focusId,
  });
  const stepDates = repo.stepDatesOf(
    ctx.db,
    rows.map((r) => r.id),
    [...FLAGGED_STEPS, ...EXAM_STATES],
  );
  return {
    rows: rows.map((row) => ({
      ...row,
      warnings: [
        ...recordWarnings(row, handover, lastExamOn(stepDates.get(row.id))),
        ...ruleChangeFlags(row, campaign, stepDates.get(row.id)),
      ],
    })),
    total,
    page,
    pageSize: input.pageSize,
    ...(focusOutside && { focusOutside }),
  };
}
