import type { ApiContext } from '../kernel/context';
import type { Campaign } from '../conscription/campaigns/schema';
import { setOrderDelivered } from '../conscription/records/delivery-service';
import {
  healthExamInput,
  orderDeliveredInput,
  transitionInput,
  transitionManyInput,
} from '../conscription/records/schema';
import { recordHealthExam, transition, transitionMany } from '../conscription/records/service';
import type { ConscriptionRecordView } from '../conscription/records/view';
import { checkCallUpAge, MAX_CALL_UP_AGE, MAX_CALL_UP_AGE_STUDY } from '../conscription/rules';
import { checkCircular68Exclusions, circular68Applies } from '../conscription/health-standards';
import { measuresOf } from '../conscription/records/step-facts';
import type { ConscriptionState } from '../conscription/states';
import { addDays, ageOn, type IsoDate, toIsoDate } from '../shared/dates';
import * as data from './conscription-data';
import { examFigures, OUTSIDE_CIRCULAR_68 } from './health-figures';
import { createRandom, type Random } from './random';

/** A young man of the register, with the ward or commune he counts for. */
export interface Conscript {
  personId: string;
  birthDate: IsoDate;
  areaId: string;
  areaName: string;
  occupation: string;
  education: string;
}

/** A conscript's record in one campaign; `rec` follows every step. */
export interface Entry {
  who: Conscript;
  rec: ConscriptionRecordView;
}

export interface YearPlan {
  campaign: Campaign;
  entries: Entry[];
  /** Today: steps dated later have not happened yet. */
  asOf: IsoDate;
  removals: number;
  exemptions: number;
  /** Someone still serving a sentence is taken out of the pool (Art. 13). */
  barred: boolean;
  /** After the orders: one deferred and replaced by the reserve, one sent back at the handover re-check. */
  lateChanges: boolean;
}

type Step = Record<string, unknown>;
const collator = new Intl.Collator('vi');

/**
 * Walks one campaign through the office's year (domain.md §1) with the same
 * services a clerk uses: removals in summer, deferrals and exemptions in the
 * autumn, the health exam per ward/commune in Nov–Dec, political review,
 * official and reserve lists, call-up orders 24 days before the handover, and
 * the handover itself. Whatever is dated after `asOf` is left for later.
 */
export function runYear(ctx: ApiContext, rng: Random, plan: YearPlan): void {
  const { campaign, entries, asOf } = plan;
  const workYear = campaign.year - 1;
  const handover = campaign.handoverStart;
  const day = (month: number, dayOfMonth: number) => toIsoDate(workYear, month, dayOfMonth);
  const within = (from: IsoDate, days: number) => addDays(from, rng.int(0, days));
  const due = (date: IsoDate) => date <= asOf;
  const inState = (state: ConscriptionState) => entries.filter((e) => e.rec.state === state);
  const quota = (areaId: string) => campaign.quotas.find((q) => q.localityId === areaId) ?? { army: 0, police: 0 };
  const areas = campaign.quotas.map((q) => q.localityId);
  const areaOrder = (e: Entry) => areas.indexOf(e.who.areaId);

  function move(e: Entry, to: ConscriptionState, onDate: IsoDate, step: Step = {}): void {
    const input = transitionInput.parse({ recordId: e.rec.id, version: e.rec.version, to, onDate, ...step });
    e.rec = transition(ctx, input).record;
  }
  function moveAll(group: Entry[], to: ConscriptionState, onDate: IsoDate, step: Step = {}): void {
    if (group.length === 0) return;
    const records = group.map((e) => ({ id: e.rec.id, version: e.rec.version }));
    const result = transitionMany(ctx, transitionManyInput.parse({ records, to, onDate, ...step }));
    group.forEach((e, i) => (e.rec = result.records[i]!));
  }
  /** Takes up to `count` random entries out of `from` (so a later pick cannot take them again). */
  function draw<T>(from: T[], count: number): T[] {
    const taken: T[] = [];
    while (taken.length < count && from.length > 0) taken.push(from.splice(rng.int(0, from.length - 1), 1)[0]!);
    return taken;
  }
  /** A step on a random date in the window, if that date has come. */
  function decide(e: Entry, to: ConscriptionState, from: IsoDate, days: number, step: Step): void {
    const date = within(from, days);
    if (due(date)) move(e, to, date, step);
  }

  // Summer: removed from the list (Art. 19), and the Art. 13 case.
  const pool = inState('pool');
  for (const [i, e] of draw(pool, plan.removals).entries()) {
    decide(e, 'removed', day(7, 20), 30, { reason: data.REMOVAL_REASONS[i % data.REMOVAL_REASONS.length] });
  }
  if (plan.barred)
    for (const e of draw(pool, 1)) decide(e, 'registration_barred', day(8, 1), 20, { note: data.BARRED_NOTE });

  // Autumn: the council's deferrals (Art. 41(1)) and exemptions (Art. 41(2)) before the exam.
  const autumn = day(9, 10);
  for (const e of pool.filter((p) => p.who.occupation === 'Sinh viên')) {
    decide(e, 'deferred', autumn, 40, { legalPoint: 'g', studyDeferral: true, reason: rng.pick(data.UNIVERSITIES) });
  }
  // Pupils, without the study box (general school does not extend the age to 27); if there are none,
  // the youngest goes back to a continuing-education class.
  const waiting = pool.filter((p) => p.rec.state === 'pool');
  let pupils = waiting.filter((p) => p.who.occupation === 'Học sinh');
  if (pupils.length === 0) pupils = waiting.sort((a, b) => (a.who.birthDate < b.who.birthDate ? 1 : -1)).slice(0, 1);
  for (const e of pupils.slice(0, 2)) {
    decide(e, 'deferred', autumn, 40, { legalPoint: 'g', studyDeferral: false, reason: data.GENERAL_SCHOOL });
  }
  const others = pool.filter((p) => p.rec.state === 'pool' && !pupils.includes(p) && p.who.occupation !== 'Sinh viên');
  for (const e of draw(others, 2)) {
    decide(e, 'deferred', autumn, 50, { legalPoint: 'h', reason: `${data.MILITIA_REASON}, ${e.who.areaName}` });
  }
  for (const e of draw(others, 2)) {
    decide(e, 'deferred', autumn, 50, { legalPoint: 'b', reason: rng.pick(data.FAMILY_REASONS) });
  }
  for (const e of draw(others, 1)) decide(e, 'deferred', autumn, 50, { legalPoint: 'd', reason: data.SIBLING_REASON });
  for (const [i, e] of draw(others, plan.exemptions).entries()) {
    decide(e, 'exempted', autumn, 50, { legalPoint: data.EXEMPTIONS[i]!.point, reason: data.EXEMPTIONS[i]!.reason });
  }

  // 1 Nov – 31 Dec: the council visits one ward/commune every five days or so, wards first;
  // class 4 becomes a point-a deferral.
  const sessions = new Map<string, IsoDate>();
  areas.forEach((areaId, i) => sessions.set(areaId, within(addDays(day(11, 3), i * 5), 2)));
  const sessionOf = (areaId: string) => sessions.get(areaId) ?? day(12, 20);
  const reviewOn = new Map<Entry, IsoDate>();
  // The sheets' figures come from their own stream; the first two fit young men examined get figures
  // that Circular 68/2025/TT-BQP excludes (BMI 17.8, 2.0 D of myopia): called up in a campaign
  // handed over before 01/07/2025, left out of the lists after it.
  const figures = createRandom(campaign.year * 7_919);
  const outside = [...OUTSIDE_CIRCULAR_68];
  const planted = new Set<Entry>();
  for (const e of inState('pool')) {
    if (!rng.chance(data.EXAMINED_SHARE)) continue;
    const onDate = addDays(sessionOf(e.who.areaId), rng.int(0, 1));
    // Men already past the age limit (Art. 30) on the exam day are not called to it. One who passes it
    // between the exam and the handover is examined: the list warns about him, the review leaves him out.
    if (ageOn(e.who.birthDate, onDate) > (e.rec.studyDeferral ? MAX_CALL_UP_AGE_STUDY : MAX_CALL_UP_AGE)) continue;
    const healthClass = rng.weighted(data.HEALTH_CLASS_WEIGHTS);
    const healthNotes = rng.pick(data.HEALTH_NOTES[healthClass]!);
    if (!due(onDate)) continue;
    const plant = healthClass <= 2 && outside.length > 0;
    const measures = plant ? outside.shift()! : examFigures(figures, healthNotes);
    if (plant) planted.add(e);
    const input = healthExamInput.parse({
      recordId: e.rec.id,
      version: e.rec.version,
      onDate,
      healthClass,
      healthNotes,
      ...measures,
    });
    e.rec = recordHealthExam(ctx, input).record;
    if (healthClass === 4) decide(e, 'deferred', addDays(onDate, 4), 5, { legalPoint: 'a' });
    else if (healthClass <= 3) reviewOn.set(e, addDays(onDate, rng.int(3, 7)));
  }

  // Preliminary screening (sơ tuyển) by the commune command and health station ends in October: the
  // men whose ward's exam session is still ahead wait, screened, for their health-exam summons
  // (Art. 40 Luật NVQS). After the exam above, so the random draws (and the demo) stay as they were.
  const screenedOn = day(10, 25);
  if (due(screenedOn))
    for (const e of inState('pool')) {
      const session = sessionOf(e.who.areaId);
      const limit = e.rec.studyDeferral ? MAX_CALL_UP_AGE_STUDY : MAX_CALL_UP_AGE;
      if (due(session) || ageOn(e.who.birthDate, session) > limit) continue;
      move(e, 'screening_passed', screenedOn);
    }

  // Political review (Joint Circular 50/2016) of those of call-up age on the handover day.
  let failures = 1;
  for (const [e, onDate] of reviewOn) {
    if (!due(onDate) || !checkCallUpAge(e.who.birthDate, handover, e.rec.studyDeferral).ok) continue;
    // The planted figures' owners pass the review, so the demo shows what the Circular changes.
    if (failures > 0 && rng.chance(0.1) && !planted.has(e)) {
      failures -= 1;
      move(e, 'political_review_failed', onDate, { reason: data.POLITICAL_REVIEW_FAILED });
    } else move(e, 'political_review_passed', onDate);
  }

  // Official list up to the quota, best health first, and one reserve per ward/commune. The council
  // names the police places at the list (the first of the list), so the orders and lists say so. Under
  // the old texts the planted figures are no bar (they go first, so the demo shows them handed over);
  // under Circular 68/2025 the office leaves them out, and the list shows why.
  const newTexts = circular68Applies(handover);
  const callable = (e: Entry) => !newTexts || checkCircular68Exclusions(measuresOf(e.rec), handover).length === 0;
  const first = (e: Entry) => (!newTexts && planted.has(e) ? 0 : 1);
  for (const areaId of areas) {
    const listOn = addDays(sessionOf(areaId), 9 + rng.int(0, 2));
    const { army, police } = quota(areaId);
    const candidates = inState('political_review_passed')
      .filter((e) => e.who.areaId === areaId)
      .map((e) => ({ e, tie: rng.next() }))
      .filter(({ e }) => callable(e))
      .sort((a, b) => first(a.e) - first(b.e) || a.e.rec.healthClass! - b.e.rec.healthClass! || a.tie - b.tie)
      .map(({ e }) => e);
    if (!due(listOn)) continue;
    moveAll(candidates.slice(0, police), 'official_list', listOn, { branch: 'police' });
    moveAll(candidates.slice(police, army + police), 'official_list', listOn);
    moveAll(candidates.slice(army + police, army + police + 1), 'reserve_list', listOn);
  }

  // Call-up orders, numbered by ward/commune then name, delivered 24 days before the handover.
  const order = { reportTime: data.REPORT_TIME, reportPlace: data.REPORT_PLACE };
  const ordersOn = addDays(handover, -24);
  if (!due(ordersOn)) return;
  const byListOrder = (a: Entry, b: Entry) =>
    areaOrder(a) - areaOrder(b) ||
    collator.compare(a.rec.givenName, b.rec.givenName) ||
    collator.compare(a.rec.middleName, b.rec.middleName) ||
    collator.compare(a.rec.familyName, b.rec.familyName);
  moveAll(inState('official_list').sort(byListOrder), 'call_up_ordered', ordersOn, order);

  if (plan.lateChanges && due(addDays(handover, -18))) {
    // A fire at home after the order: deferred (point b), the ward's reserve moved up with his own order.
    const reserves = inState('reserve_list');
    const replaced = draw(
      inState('call_up_ordered').filter((e) => reserves.some((r) => r.who.areaId === e.who.areaId)),
      1,
    )[0];
    if (replaced) {
      // The reserve takes the place he leaves, army or police.
      const branch = replaced.rec.branch ?? undefined;
      move(replaced, 'deferred', addDays(handover, -21), { legalPoint: 'b', reason: data.LATE_FAMILY_REASON });
      const reserve = reserves.find((r) => r.who.areaId === replaced.who.areaId)!;
      move(reserve, 'call_up_ordered', addDays(handover, -18), { ...order, branch });
    }
  }

  // Each order reaches its citizen one to three days after signing (Art. 33: 15 days before the handover at least).
  // By position, not by the random stream, so adding deliveries changed nothing else in the demo.
  inState('call_up_ordered').forEach((e, i) => {
    const deliveredOn = addDays(e.rec.orderDate!, 1 + (i % 3));
    if (!due(deliveredOn)) return;
    const input = orderDeliveredInput.parse({ id: e.rec.id, version: e.rec.version, deliveredOn });
    e.rec = setOrderDelivered(ctx, input).record;
  });

  // The handover: a re-check sends one back; each goes where his order said, a step per group.
  if (!due(handover)) return;
  if (plan.lateChanges) {
    for (const e of draw(inState('call_up_ordered'), 1)) move(e, 'pool', handover, { note: data.RECHECK_NOTE });
  }
  for (const areaId of areas) {
    const reporting = inState('call_up_ordered')
      .filter((e) => e.who.areaId === areaId)
      .sort((a, b) => a.rec.orderNumber! - b.rec.orderNumber!);
    const toPolice = reporting.filter((e) => e.rec.branch === 'police');
    moveAll(toPolice, 'handed_over', handover, { branch: 'police', receivingUnit: data.POLICE_UNIT });
    const receivingUnit = rng.weighted(data.ARMY_UNITS);
    const toArmy = reporting.filter((e) => e.rec.branch !== 'police');
    moveAll(toArmy, 'handed_over', handover, { branch: 'army', receivingUnit });
  }
}
