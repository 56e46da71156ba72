import { Card, Col, Row, Statistic } from 'antd';
import type { Overview } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { HintLabel } from '../../shared/HintLabel';
import { num, percent } from './overview-format';

const t = vi.overview.figures;
const h = vi.help.hints.overview;

interface Figure {
  title: string;
  value: string;
  detail?: string;
  /** What the figure counts, with the year's and the day's values. */
  hint: string;
}

/** The year's headline figures: handover against quota, exercises, training, the two forces. */
export function KeyFigures({ overview: o }: { overview: Overview }) {
  const campaign = o.campaigns.find((c) => c.year === o.year);
  const asOf = displayDate(o.asOf);
  const figures: Figure[] = [
    campaign
      ? {
          title: t.handedOver,
          value: `${num(campaign.totals.handedOver)}/${num(campaign.totals.quota)}`,
          detail: format(t.handedOverValue, {
            handed: num(campaign.totals.handedOver),
            quota: num(campaign.totals.quota),
          }),
          hint: format(h.handedOver, {
            year: o.year,
            handed: num(campaign.totals.handedOver),
            quota: num(campaign.totals.quota),
          }),
        }
      : {
          title: t.handedOver,
          value: vi.overview.none,
          detail: t.noCampaign,
          hint: format(h.noCampaign, { year: o.year }),
        },
    {
      title: t.exercises,
      value: `${num(o.exercises.done)}/${num(o.exercises.planned)}`,
      detail: format(t.exercisesValue, { done: num(o.exercises.done), planned: num(o.exercises.planned) }),
      hint: format(h.exercises, {
        year: o.year,
        done: num(o.exercises.done),
        planned: num(o.exercises.planned),
        cancelled: num(o.exercises.cancelled),
      }),
    },
    {
      title: t.attendance,
      value: percent(o.training.attendanceRate),
      detail: format(t.goodOrBetter, { value: percent(o.training.goodOrBetterRate) }),
      hint: format(h.attendance, {
        year: o.year,
        courses: num(o.training.courses),
        participants: num(o.training.participants),
      }),
    },
    {
      title: t.militia,
      value: num(o.militia.members),
      detail: format(t.militiaShare, { value: percent(o.militia.share) }),
      hint:
        o.militia.population === null
          ? format(h.militiaNoPopulation, { asOf })
          : format(h.militia, { asOf, population: num(o.militia.population) }),
    },
    {
      title: t.reserves,
      value: num(o.reserves.reservists),
      detail: format(t.reservesDetail, {
        grade1: num(o.reserves.grade1),
        grade2: num(o.reserves.grade2),
        rate: percent(o.reserves.assignmentRate),
      }),
      hint: format(h.reserves, {
        asOf,
        grade1: num(o.reserves.grade1),
        grade2: num(o.reserves.grade2),
        assigned: num(o.reserves.assigned),
        reservists: num(o.reserves.reservists),
      }),
    },
  ];
  return (
    <Row gutter={[16, 16]}>
      {figures.map((f) => (
        <Col flex="1 1 200px" key={f.title}>
          <Card size="small" style={{ height: '100%' }}>
            {/* The value is already formatted (Vietnamese separators, "76/76"), so Statistic shows it as is. */}
            <Statistic title={<HintLabel label={f.title} hint={f.hint} />} value={f.value} />
            {f.detail && <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 13 }}>{f.detail}</div>}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
