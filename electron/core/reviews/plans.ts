import type { ApiContext } from '../kernel/context';
import { campaignIdForYear } from '../conscription';
import { getCampaign } from '../conscription';
import { statement } from '../db/statements';
import { localityNameOn } from '../localities';
import type { IsoDate } from '../shared/dates';
import type { ReviewMeeting } from './meeting-public-types';
import { findPreviousMeeting } from './meeting-repository';
import { nextPeriod, type ReviewPeriod } from './period';
import { reviewTopics } from './topics';

export interface PlannedExercise {
  typeName: string;
  title: string;
  localityName: string | null;
  plannedOn: IsoDate;
}

export interface PlannedCourse {
  target: string;
  title: string;
  place: string;
  startsOn: IsoDate;
}

export interface NextCampaign {
  year: number;
  handoverStart: IsoDate;
  /** Total quota (army + police); null when none is set yet. */
  quota: number | null;
}

/** What the next period holds already: the "tasks" section is drafted from it. */
export interface NextPlans {
  period: ReviewPeriod;
  exercises: PlannedExercise[];
  courses: PlannedCourse[];
  campaign: NextCampaign | null;
  /** Part II lines the topics of other features add (topics/). */
  topicTasks: string[];
  /** The previous period's review meeting: its conclusions open the "leadership" section (draft-meeting.ts). */
  previousMeeting?: ReviewMeeting | null;
}

/**
 * Exercises still to be held (planned or preparing) and courses not cancelled whose date falls in
 * the period after this one, and the campaign of the following year.
 */
export function nextPlans(ctx: ApiContext, period: ReviewPeriod): NextPlans {
  const next = nextPeriod(period);
  const range = { from: next.from, to: next.to };
  const exercises = statement(
    ctx.db,
    `SELECT t.name AS typeName, e.title, e.planned_on AS plannedOn,
            ${localityNameOn('e.locality_id').replaceAll('@asOf', 'e.planned_on')} AS localityName
       FROM exercises e JOIN exercise_types t ON t.id = e.type_id
      WHERE e.planned_on BETWEEN @from AND @to AND e.status IN ('planned', 'preparing')
      ORDER BY e.planned_on, vi_sort_key(e.title), e.id`,
  ).all(range) as PlannedExercise[];
  const courses = statement(
    ctx.db,
    `SELECT target, title, place, starts_on AS startsOn FROM training_courses
      WHERE starts_on BETWEEN @from AND @to AND status <> 'cancelled'
      ORDER BY starts_on, vi_sort_key(title), id`,
  ).all(range) as PlannedCourse[];
  const campaignYear = Number(period.to.slice(0, 4)) + 1;
  const campaignId = campaignIdForYear(ctx.db, campaignYear);
  const campaign = campaignId ? getCampaign(ctx, campaignId) : null;
  return {
    period: next,
    exercises,
    courses,
    campaign: campaign
      ? {
          year: campaign.year,
          handoverStart: campaign.handoverStart,
          quota: campaign.totals.total > 0 ? campaign.totals.total : null,
        }
      : null,
    topicTasks: reviewTopics.flatMap((topic) => topic.tasks?.(ctx, period, next) ?? []),
    previousMeeting: findPreviousMeeting(ctx.db, period),
  };
}
