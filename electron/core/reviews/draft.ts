import { fill } from '../../../vocabulary/text';
import { vi } from '../messages/vi';
import { formatDisplayDate } from '../shared/dates';
import { reviewSectionKeys } from './constants';
import { draftAssessment } from './draft-assessment';
import { compareClause, draftLeadership, draftSituation } from './draft-context';
import { withMeetingOpening } from './draft-meeting';
import { gapList } from './figures-groups';
import { countText, rateDisplay } from './format';
import { periodTitle, type ReviewPeriod } from './period';
import type { NextPlans } from './plans';
import type { ReviewFigure, ReviewFigureGroup, ReviewFigures, ReviewSections } from './public-types';
import { reviewTopics } from './topics';

const d = () => vi.reviews.draft;

/** A figure of a group by the end of its key ('handedOver' finds 'conscription.2023.handedOver'). */
function pick(group: ReviewFigureGroup | undefined, suffix: string): ReviewFigure | undefined {
  return group?.figures.find((f) => f.key.endsWith(`.${suffix}`));
}
const groupOf = (figures: ReviewFigures, key: string) => figures.groups.find((g) => g.key === key);
const num = (f: ReviewFigure | undefined) => f?.value ?? 0;
const rate = (f: ReviewFigure | undefined) => (f ? f.display : rateDisplay(null));
/** A rate's clause ("…, đạt 0,04% so với dân số"), left out when there was nothing to divide by. */
const rateClause = (f: ReviewFigure | undefined, text: string) =>
  f?.value != null ? fill(text, { rate: f.display }) : '';

/**
 * A draft paragraph for every section, written from the figures (and the next period's plans
 * for "tasks"). A section the records say nothing about gets the sentence an official writes when
 * nothing happened ("không tổ chức …"), never a "…" to fill in. Lines are separated by "\n"; each
 * becomes a paragraph in the document.
 */
export function draftSections(figures: ReviewFigures, period: ReviewPeriod, plans: NextPlans): ReviewSections {
  const title = periodTitle(period);
  const draft: ReviewSections = {
    situation: draftSituation(groupOf(figures, 'situation'), groupOf(figures, 'duty'), title),
    leadership: withMeetingOpening(
      plans.previousMeeting ?? null,
      draftLeadership(groupOf(figures, 'leadership'), title),
    ),
    defenceZone: exercisesDraft(groupOf(figures, 'exercises'), title, period.year - 1),
    readiness: readinessDraft(groupOf(figures, 'duty'), title),
    forceBuilding: forcesDraft(
      groupOf(figures, 'militia'),
      groupOf(figures, 'reserves'),
      groupOf(figures, 'registration'),
      title,
    ),
    conscription: conscriptionDraft(
      figures.groups.filter((g) => g.key === 'conscription'),
      title,
      period.year - 1,
    ),
    training: trainingDraft(groupOf(figures, 'training'), title, period.year - 1),
    defenceEducation: '',
    politicalEducation: '',
    policy: '',
    logistics: '',
    discipline: '',
    assessment: draftAssessment(figures),
    tasks: tasksDraft(plans),
    proposals: d().proposals,
  };
  for (const topic of reviewTopics) {
    const text = topic.draft(
      figures.groups.filter((g) => topic.groupKeys.includes(g.key)),
      period,
    );
    draft[topic.section] = [draft[topic.section], text].filter((s) => s.length > 0).join('\n');
  }
  return Object.fromEntries(reviewSectionKeys.map((k) => [k, draft[k]])) as ReviewSections;
}

function exercisesDraft(group: ReviewFigureGroup | undefined, period: string, before: number): string {
  const planned = num(pick(group, 'planned'));
  if (!group || planned === 0) return fill(d().exercisesNone, { period });
  const types = group.figures
    .filter((f) => f.key.startsWith('exercises.type.') && (f.of ?? 0) > 0)
    .map((f) => fill(d().exercisesType, { name: typeName(f), done: num(f), planned: f.of ?? 0 }));
  const lines = [
    fill(d().exercises, {
      period,
      planned,
      done: num(pick(group, 'done')),
      types: types.length > 0 ? fill(d().exercisesTypes, { list: types.join('; ') }) : '',
      compare: compareClause(pick(group, 'done'), vi.reviews.units.exercise, before),
    }),
  ];
  const ratings = group.figures
    .filter((f) => f.key.startsWith('exercises.rating.'))
    .map((f) => {
      const key = f.key.slice('exercises.rating.'.length) as keyof typeof vi.exercises.ratings;
      return fill(d().exercisesRating, { count: num(f), rating: vi.exercises.ratings[key].toLocaleLowerCase('vi') });
    });
  if (ratings.length > 0) lines.push(fill(d().exercisesRatings, { list: ratings.join(', ') }));
  return lines.join(' ');
}

/** The type's name as the figure's label carries it ("<name>: đã thực hiện / kế hoạch"). */
function typeName(f: ReviewFigure): string {
  const cut = f.label.lastIndexOf(':');
  return cut > 0 ? f.label.slice(0, cut) : f.label;
}

/** At most this many runs of days without duty are named; the rest are counted. */
const GAPS_NAMED = 5;

function readinessDraft(group: ReviewFigureGroup | undefined, period: string): string {
  const days = pick(group, 'days');
  const shifts = num(pick(group, 'shifts'));
  const incidents = num(pick(group, 'incidents'));
  const patrols = num(pick(group, 'patrols'));
  if (shifts === 0 && patrols === 0) return fill(d().readinessNone, { period });
  const lines: string[] = [];
  if (shifts > 0) {
    const gaps = group?.dutyGaps ?? [];
    const named = gapList(gaps, GAPS_NAMED);
    const values = {
      covered: countText(num(days)),
      days: countText(days?.of ?? 0),
      shifts: countText(shifts),
      incidents: incidents > 0 ? fill(d().readinessIncidents, { incidents }) : d().readinessQuiet,
      gaps:
        gaps.length > GAPS_NAMED ? fill(d().readinessGapsMore, { list: named, more: gaps.length - GAPS_NAMED }) : named,
    };
    lines.push(fill(gaps.length === 0 ? d().readinessFull : d().readinessPartial, values));
  }
  if (patrols > 0) lines.push(fill(d().patrols, { patrols, personnel: num(pick(group, 'patrolPersonnel')) }));
  return lines.join(' ');
}

function forcesDraft(
  militia: ReviewFigureGroup | undefined,
  reserves: ReviewFigureGroup | undefined,
  registration: ReviewFigureGroup | undefined,
  period: string,
): string {
  const lines: string[] = [];
  const members = num(pick(militia, 'members'));
  if (members > 0) {
    lines.push(
      fill(d().militia, {
        members: countText(members),
        share: rateClause(pick(militia, 'share'), d().militiaShare),
        party: rateClause(pick(militia, 'partyShare'), d().militiaParty),
      }),
    );
  }
  const total = num(pick(reserves, 'total'));
  if (total > 0) {
    lines.push(
      fill(d().reserves, {
        total: countText(total),
        grade1: countText(num(pick(reserves, 'grade1'))),
        grade2: countText(num(pick(reserves, 'grade2'))),
        assign: rateClause(pick(reserves, 'assignmentRate'), d().reservesAssign),
        match: rateClause(pick(reserves, 'specialtyMatchRate'), d().reservesMatch),
      }),
    );
  }
  const age17 = pick(registration, 'age17');
  if (age17) lines.push(fill(d().registration, { ratio: age17.display }));
  return lines.length > 0 ? lines.join('\n') : fill(d().forcesNone, { period });
}

function conscriptionDraft(groups: ReviewFigureGroup[], period: string, before: number): string {
  if (groups.length === 0) return fill(d().conscriptionNone, { period });
  return groups
    .map((group) => {
      const handed = pick(group, 'handedOver')!;
      const quota = handed.of ?? 0;
      const year = handed.key.split('.')[1]!;
      const army = pick(group, 'army');
      const police = pick(group, 'police');
      const full = quota > 0 && num(handed) >= quota;
      const lines = [
        fill(full ? d().conscriptionFull : d().conscriptionPartial, {
          year,
          date: group.handoverDates ?? '',
          ratio: handed.display,
          rate: rate(pick(group, 'quotaRate')),
          split: police ? fill(d().conscriptionSplit, { army: num(army), police: num(police) }) : '',
          compare: compareClause(handed, vi.reviews.units.person, before),
        }),
      ];
      const examined = num(pick(group, 'examined'));
      if (examined > 0) lines.push(fill(d().conscriptionHealth, { examined, rate: rate(pick(group, 'passRate')) }));
      const deferred = num(pick(group, 'deferred'));
      const exempted = num(pick(group, 'exempted'));
      if (deferred + exempted > 0) lines.push(fill(d().conscriptionDecisions, { deferred, exempted }));
      return lines.join(' ');
    })
    .join('\n');
}

function trainingDraft(group: ReviewFigureGroup | undefined, period: string, before: number): string {
  const courses = num(pick(group, 'courses'));
  if (courses === 0) return fill(d().trainingNone, { period });
  return fill(d().training, {
    courses,
    participants: countText(num(pick(group, 'participants'))),
    compare: compareClause(pick(group, 'participants'), vi.reviews.units.person, before),
    attendance: rate(pick(group, 'attendanceRate')),
    good: rate(pick(group, 'goodRate')),
  });
}

function tasksDraft(plans: NextPlans): string {
  const place = (p: string | null) => (p ? fill(d().taskPlace, { place: p }) : '');
  const lines = [fill(d().tasksIntro, { period: periodTitle(plans.period) })];
  for (const e of plans.exercises)
    lines.push(
      fill(d().taskExercise, {
        type: e.typeName,
        title: e.title,
        place: place(e.localityName),
        date: formatDisplayDate(e.plannedOn),
      }),
    );
  for (const c of plans.courses)
    lines.push(
      fill(d().taskCourse, {
        target: (vi.training.documentTargets as Record<string, string>)[c.target] ?? c.target,
        title: c.title,
        place: place(c.place.trim() || null),
        date: formatDisplayDate(c.startsOn),
      }),
    );
  if (plans.campaign)
    lines.push(
      fill(d().taskCampaign, {
        year: plans.campaign.year,
        date: formatDisplayDate(plans.campaign.handoverStart),
        quota: plans.campaign.quota !== null ? fill(d().taskCampaignQuota, { quota: plans.campaign.quota }) : '',
      }),
    );
  lines.push(...plans.topicTasks);
  if (lines.length === 1) lines.push(d().taskNone);
  return lines.join('\n');
}
