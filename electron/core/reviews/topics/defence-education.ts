import { dqeduCategoryShortLabels, type DqeduCategory } from '../../../../vocabulary/defence-education';
import { fill } from '../../../../vocabulary/text';
import { dqeduFigures, hasAnyRecord, plannedCourses } from '../../defence-education';
import { vi } from '../../messages/vi';
import { formatDisplayDate } from '../../shared/dates';
import { countFigure, countText, rangeValues, rateFigure, ratioFigure } from '../format';
import { periodTitle } from '../period';
import type { ReviewFigure, ReviewFigureGroup } from '../public-types';
import type { ReviewTopic } from './types';

/** The tab holding the courses, participants and headcounts (renderer route). */
export const defenceEducationLink = '#/chinh-tri-chinh-sach/giao-duc-qpan';

const t = () => vi.defenceEducation;
const KEY = 'defenceEducation';

/**
 * Per category, the figures shown when the category has anything to say (people trained in the
 * range or to date, or a headcount): trained in the range, to date against the headcount, share.
 */
function categoryFigures(
  c: ReturnType<typeof dqeduFigures>['byCategory'][number],
  values: Record<string, string | number>,
): ReviewFigure[] {
  const name = dqeduCategoryShortLabels[c.category];
  const v = { ...values, category: name };
  const f = t().figures;
  const unit = t().units.person;
  const link = defenceEducationLink;
  const cumulative =
    c.headcount === null
      ? countFigure(`${KEY}.cumulative.${c.category}`, f.cumulativeNoHeadcount, c.trainedToDate, unit, v, link)
      : ratioFigure(`${KEY}.cumulative.${c.category}`, f.cumulative, c.trainedToDate, c.headcount, unit, v, link);
  return [
    countFigure(`${KEY}.trained.${c.category}`, f.trained, c.trainedInRange, unit, v, link),
    cumulative,
    rateFigure(`${KEY}.share.${c.category}`, f.share, c.share, v, link),
  ];
}

/**
 * The group, or none while the office keeps no defence education record at all (an office that
 * does not use the tab gets no table of zeros); the draft then still says nothing was held.
 */
function figures(ctx: Parameters<ReviewTopic['figures']>[0], range: { from: string; to: string }): ReviewFigureGroup[] {
  if (!hasAnyRecord(ctx.db)) return [];
  const r = dqeduFigures(ctx, range);
  const values = { ...rangeValues(range), year: Number(range.to.slice(0, 4)) };
  const f = t().figures;
  const u = t().units;
  const link = defenceEducationLink;
  const list: ReviewFigure[] = [
    countFigure(`${KEY}.courses`, f.courses, r.courses, u.course, values, link),
    countFigure(`${KEY}.participants`, f.participants, r.participants, u.person, values, link),
    ratioFigure(`${KEY}.passed`, f.passed, r.passed, r.participants, u.person, values, link),
    countFigure(`${KEY}.certificates`, f.certificates, r.certificates, u.person, values, link),
  ];
  for (const c of r.byCategory.filter((x) => x.trainedInRange > 0 || x.trainedToDate > 0 || x.headcount !== null)) {
    list.push(...categoryFigures(c, values));
  }
  return [{ key: KEY, label: t().groupLabel, figures: list }];
}

const byKey = (group: ReviewFigureGroup | undefined, key: string) => group?.figures.find((x) => x.key === key);
const valueOf = (group: ReviewFigureGroup | undefined, key: string) => byKey(group, key)?.value ?? 0;

/** The categories a group holds figures for, in the group's order. */
function categoriesIn(group: ReviewFigureGroup | undefined): DqeduCategory[] {
  const prefix = `${KEY}.trained.`;
  return (group?.figures ?? [])
    .filter((x) => x.key.startsWith(prefix))
    .map((x) => x.key.slice(prefix.length) as DqeduCategory);
}

/**
 * "Phối hợp tổ chức 2 lớp … cho đối tượng 4 với 96 đồng chí tham gia; 94 đồng chí hoàn thành chương
 * trình, được cấp giấy chứng nhận 94 đồng chí." then one sentence per category with a cumulative figure.
 * Written from the figures as saved, so an edited figure carries into the paragraph.
 */
function draft(groups: ReviewFigureGroup[], period: Parameters<ReviewTopic['draft']>[1]): string {
  const group = groups.find((g) => g.key === KEY);
  const d = t().draft;
  const courses = valueOf(group, `${KEY}.courses`);
  const lines: string[] = [];
  if (courses === 0) lines.push(fill(d.none, { period: periodTitle(period) }));
  else {
    const trained = categoriesIn(group)
      .filter((c) => valueOf(group, `${KEY}.trained.${c}`) > 0)
      .map((c) => dqeduCategoryShortLabels[c].toLowerCase());
    const certificates = valueOf(group, `${KEY}.certificates`);
    lines.push(
      fill(d.held, {
        courses: countText(courses),
        participants: countText(valueOf(group, `${KEY}.participants`)),
        forCategories: trained.length > 0 ? fill(d.forCategories, { list: trained.join(', ') }) : '',
        passed: countText(valueOf(group, `${KEY}.passed`)),
        certificates: certificates > 0 ? fill(d.certificates, { count: countText(certificates) }) : '',
      }),
    );
  }
  for (const c of categoriesIn(group)) {
    const cumulative = byKey(group, `${KEY}.cumulative.${c}`);
    if (!cumulative || !cumulative.value) continue;
    const share = byKey(group, `${KEY}.share.${c}`);
    const category = dqeduCategoryShortLabels[c].toLowerCase();
    lines.push(
      cumulative.of !== null && share?.value != null
        ? fill(d.cumulative, {
            category,
            done: countText(cumulative.value),
            whole: countText(cumulative.of),
            share: share.display,
          })
        : fill(d.cumulativeNoHeadcount, { category, done: countText(cumulative.value) }),
    );
  }
  return lines.join(' ');
}

/** Part II: courses starting in the next period that were planned by the period's last day. */
function tasks(
  ctx: Parameters<NonNullable<ReviewTopic['tasks']>>[0],
  period: { to: string },
  next: { from: string; to: string },
) {
  const d = t().draft;
  return plannedCourses(ctx.db, next.from, next.to, period.to).map((c) =>
    fill(c.place ? d.task : d.taskNoPlace, {
      category: dqeduCategoryShortLabels[c.category].toLowerCase(),
      title: c.title,
      from: formatDisplayDate(c.startsOn),
      to: formatDisplayDate(c.endsOn),
      place: c.place,
    }),
  );
}

export const defenceEducationTopic: ReviewTopic = {
  section: 'defenceEducation',
  groupKeys: [KEY],
  figures,
  draft,
  tasks,
};
