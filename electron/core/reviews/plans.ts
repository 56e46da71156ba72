import type { ApiContext } from '../kernel/context';
import { campaignIdForYear } from '../conscription';
import { cancelledOnSql, type CourseKind } from '../course-steps';
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
 * The SQL test "cancelled by @asOf": for a course, the day its cancellation in force entered its
 * status history (an undone cancellation does not count); else the day the audit trail first shows
 * the record cancelled, or (rows written without one) the day it was last changed, on the office's
 * clock ('localtime': the timestamps are UTC, the day is the office's, as localIsoDate takes it).
 * Alias, entity and kind are this file's constants, never input.
 */
const cancelledBy = (
  alias: string,
  entity: string,
  steps: CourseKind | null = null,
) => `(${alias}.status = 'cancelled' AND COALESCE(
    ${steps ? `${cancelledOnSql(alias, steps)},` : ''}
    (SELECT MIN(date(l.at, 'localtime')) FROM audit_log l
      WHERE l.entity = '${entity}' AND l.entity_id = ${alias}.id AND json_extract(l.after_json, '$.status') = 'cancelled'),
    date(${alias}.updated_at, 'localtime')) <= @asOf)`;

/**
 * What was planned for the next period AS OF THE END OF THIS ONE (Part II is what the office had
 * planned then, not what it knows now): exercises and courses dated in the next period, done since or
 * not, unless cancelled by the period's end, and recorded by then — an exercise created by that day
 * or carrying a plan document dated by then (records entered later from the paper plans keep their
 * plan's date), a course created by that day. A plan added later is not back-dated. Plus the
 * campaign of the following year and the topics' own lines. The dates are the records' current
 * ones: a plan moved after the period's end is listed at its new date (no history of dates is kept).
 */
export function nextPlans(ctx: ApiContext, period: ReviewPeriod): NextPlans {
  const next = nextPeriod(period);
  const range = { from: next.from, to: next.to, asOf: period.to };
  const exercises = statement(
    ctx.db,
    `SELECT t.name AS typeName, e.title, e.planned_on AS plannedOn,
            ${localityNameOn('e.locality_id').replaceAll('@asOf', 'e.planned_on')} AS localityName
       FROM exercises e JOIN exercise_types t ON t.id = e.type_id
      WHERE e.planned_on BETWEEN @from AND @to
        AND (date(e.created_at, 'localtime') <= @asOf
             OR EXISTS (SELECT 1 FROM exercise_attachments a WHERE a.exercise_id = e.id AND a.document_date <= @asOf))
        AND NOT ${cancelledBy('e', 'exercise')}
      ORDER BY e.planned_on, vi_sort_key(e.title), e.id`,
  ).all(range) as PlannedExercise[];
  const courses = statement(
    ctx.db,
    `SELECT c.target, c.title, c.place, c.starts_on AS startsOn FROM training_courses c
      WHERE c.starts_on BETWEEN @from AND @to AND date(c.created_at, 'localtime') <= @asOf
        AND NOT ${cancelledBy('c', 'training_course', 'training')}
      ORDER BY c.starts_on, vi_sort_key(c.title), c.id`,
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
