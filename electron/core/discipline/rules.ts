import { format, vi } from '../messages/vi';
import { formatDisplayDate, type IsoDate } from '../shared/dates';
import { fail, PASS, type RuleResult } from '../shared/rule-result';
import {
  MILITIA_COMMANDER_FORMS,
  MILITIA_MEMBER_FORMS,
  RESERVIST_FORMS,
  type BreachStatus,
  type HandlingForm,
} from './constants';

/** Whom a breach's handling is judged for: a militia member, a militia commander, or a reservist. */
export type Offender = 'militiaMember' | 'militiaCommander' | 'reservist';

const FORMS: Record<Offender, readonly HandlingForm[]> = {
  militiaMember: MILITIA_MEMBER_FORMS,
  militiaCommander: MILITIA_COMMANDER_FORMS,
  reservist: RESERVIST_FORMS,
};

/**
 * Art. 48(1)–(2) Luật Dân quân tự vệ 2019 and Art. 8 Circular 75/2020/TT-BQP: the forms for a
 * militia member and for a commander; a reservist's forms are the program's assumption (not
 * verified, see constants.ts). The message cites the texts and lists the forms that do apply.
 */
export function checkFormFor(offender: Offender, form: HandlingForm | null): RuleResult {
  if (form === null || FORMS[offender].includes(form)) return PASS;
  const t = vi.discipline;
  return fail(
    'RULE_DISCIPLINE_FORM_FOR_FORCE',
    format(vi.errors.RULE_DISCIPLINE_FORM_FOR_FORCE, {
      form: t.forms[form],
      who: t.who[offender],
      citation: offender === 'reservist' ? t.citations.reserves : t.citations.militia,
      allowed: FORMS[offender].map((f) => t.forms[f]).join(', '),
    }),
  );
}

/** Common sense, no article: a breach is handled once it has happened, so its handling is dated on or after it. */
export function checkHandledOn(occurredOn: IsoDate, handledOn: IsoDate | null): RuleResult {
  if (handledOn === null || handledOn >= occurredOn) return PASS;
  return fail(
    'RULE_DISCIPLINE_DECISION_BEFORE_BREACH',
    format(vi.errors.RULE_DISCIPLINE_DECISION_BEFORE_BREACH, {
      handledOn: formatDisplayDate(handledOn),
      occurredOn: formatDisplayDate(occurredOn),
    }),
  );
}

/** Common sense, no article: the office records what has happened, not what will. */
export function checkNotFuture(date: IsoDate | null, today: IsoDate): RuleResult {
  if (date === null || date <= today) return PASS;
  return fail(
    'RULE_DISCIPLINE_DATE_IN_FUTURE',
    format(vi.errors.RULE_DISCIPLINE_DATE_IN_FUTURE, { date: formatDisplayDate(date) }),
  );
}

/** A breach marked handled says how and when. */
export function checkHandled(status: BreachStatus, form: HandlingForm | null, handledOn: IsoDate | null): RuleResult {
  if (status === 'reviewing' || (form !== null && handledOn !== null)) return PASS;
  return fail('RULE_DISCIPLINE_HANDLED_NEEDS_FORM', vi.errors.RULE_DISCIPLINE_HANDLED_NEEDS_FORM);
}

/**
 * Circular 75/2020/TT-BQP (militia) and the Army's discipline circular: a disciplinary form is
 * imposed by a decision of the competent commander (the article setting out the decision was not
 * read; the program asks for its number). A reminder (nhắc nhở, kiểm điểm) needs no decision.
 */
export function checkDecisionNumber(
  status: BreachStatus,
  form: HandlingForm | null,
  decisionNumber: string,
  offender: Offender,
): RuleResult {
  if (status !== 'handled' || form === null || form === 'reminder' || decisionNumber !== '') return PASS;
  const t = vi.discipline;
  return fail(
    'RULE_DISCIPLINE_DECISION_NUMBER',
    format(vi.errors.RULE_DISCIPLINE_DECISION_NUMBER, {
      form: t.forms[form],
      citation: offender === 'reservist' ? t.citations.reserves : t.citations.militia,
    }),
  );
}
