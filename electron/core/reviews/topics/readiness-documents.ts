import { fill } from '../../../../vocabulary/text';
import type { ApiContext } from '../../kernel/context';
import { vi } from '../../messages/vi';
import { readinessFigures, readinessTasks } from '../../readiness-documents';
import { formatDisplayDate, type IsoDate } from '../../shared/dates';
import { countFigure, countText, rangeValues, ratioFigure } from '../format';
import { periodTitle, type ReviewPeriod } from '../period';
import type { ReviewFigure, ReviewFigureGroup } from '../public-types';
import type { ReviewTopic } from './types';

/** The readiness documents tab (văn kiện SSCĐ and practices). */
export const READINESS_DOCUMENTS_LINK = '#/dien-tap-huan-luyen/van-kien-sscd';

const t = () => vi.readinessDocuments;

function figures(ctx: ApiContext, range: { from: IsoDate; to: IsoDate }): ReviewFigureGroup[] {
  const f = readinessFigures(ctx, range);
  const values = rangeValues(range);
  // Nothing recorded at all (an office that does not keep them in the program): no group.
  if (f.holders === 0 && f.practices === 0 && f.reviewed === 0) return [];
  const link = READINESS_DOCUMENTS_LINK;
  const text = t().figures;
  const units = t().units;
  return [
    {
      key: 'readinessDocuments',
      label: t().groupLabel,
      figures: [
        ratioFigure(
          'readinessDocuments.holdersComplete',
          text.holdersComplete,
          f.completeHolders,
          f.holders,
          units.holder,
          values,
          link,
        ),
        countFigure(
          'readinessDocuments.needsRevision',
          text.needsRevision,
          f.needsRevision,
          units.document,
          values,
          link,
        ),
        countFigure('readinessDocuments.missing', text.missing, f.missing, units.document, values, link),
        countFigure('readinessDocuments.reviewed', text.reviewed, f.reviewed, units.document, values, link),
        ratioFigure(
          'readinessDocuments.practices',
          text.practices,
          f.practicesDone,
          f.practices,
          units.session,
          values,
          link,
        ),
        countFigure('readinessDocuments.participants', text.participants, f.participants, units.person, values, link),
      ],
    },
  ];
}

const pick = (group: ReviewFigureGroup | undefined, suffix: string): ReviewFigure | undefined =>
  group?.figures.find((f) => f.key === `readinessDocuments.${suffix}`);
const num = (f: ReviewFigure | undefined) => f?.value ?? 0;

/** "; còn 2 văn kiện cần bổ sung, điều chỉnh và 1 văn kiện chưa có", or nothing. */
function gaps(group: ReviewFigureGroup | undefined): string {
  const d = t().draft;
  const list = [
    num(pick(group, 'needsRevision')) > 0 && fill(d.needsRevision, { n: countText(num(pick(group, 'needsRevision'))) }),
    num(pick(group, 'missing')) > 0 && fill(d.missing, { n: countText(num(pick(group, 'missing'))) }),
  ].filter((s): s is string => typeof s === 'string');
  return list.length ? fill(d.gaps, { list: list.join(d.and) }) : '';
}

/** The section's paragraph: the documents' state at the period's end, then the practices held. */
function draft(groups: ReviewFigureGroup[], period: ReviewPeriod): string {
  const d = t().draft;
  const group = groups.find((g) => g.key === 'readinessDocuments');
  const title = periodTitle(period);
  const holders = pick(group, 'holdersComplete');
  const done = num(pick(group, 'practices'));
  const noHolders = !holders || (holders.of ?? 0) === 0;
  if (noHolders && done === 0) return fill(d.none, { period: title });
  const lines: string[] = [];
  if (noHolders) {
    lines.push(fill(d.noHolders, { period: title }));
  } else {
    const reviewed = num(pick(group, 'reviewed'));
    const values = {
      complete: countText(num(holders)),
      holders: countText(holders.of ?? 0),
      reviewed: countText(reviewed),
      gaps: gaps(group),
      period: title,
    };
    lines.push(fill(reviewed > 0 ? d.documents : d.documentsNoReview, values));
  }
  const participants = num(pick(group, 'participants'));
  lines.push(
    done > 0
      ? fill(d.practices, {
          done: countText(done),
          participants: participants > 0 ? fill(d.practicesParticipants, { n: countText(participants) }) : '',
        })
      : fill(d.practicesNone, { period: title }),
  );
  return lines.join(' ');
}

/** Part II: documents due for review in `next` and practices planned for it, as recorded by the period's end. */
function tasks(ctx: ApiContext, period: ReviewPeriod, next: ReviewPeriod): string[] {
  const d = t().draft;
  const planned = readinessTasks(ctx, period.to, next);
  const lines: string[] = [];
  const dueCount = planned.due.reduce((sum, h) => sum + h.count, 0);
  if (dueCount > 0) {
    const holders = planned.due.map((h) => `${h.holderName}: ${countText(h.count)}`).join('; ');
    lines.push(fill(d.taskReview, { n: countText(dueCount), holders }));
  }
  for (const p of planned.practices) {
    lines.push(
      fill(d.taskPractice, { kind: p.kindName, holder: p.holderName, date: formatDisplayDate(p.practisedOn) }),
    );
  }
  return lines;
}

export const readinessDocumentsTopic: ReviewTopic = {
  section: 'readiness',
  groupKeys: ['readinessDocuments'],
  figures,
  draft,
  tasks,
};
