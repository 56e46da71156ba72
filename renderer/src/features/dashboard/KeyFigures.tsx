import { Card, Col, Row, Statistic } from 'antd';
import type { Overview } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { num, percent } from './overview-format';

const t = vi.overview.figures;

interface Figure {
  title: string;
  value: string;
  detail?: string;
}

/** The year's headline figures: handover against quota, exercises, training, the two forces. */
export function KeyFigures({ overview: o }: { overview: Overview }) {
  const campaign = o.campaigns.find((c) => c.year === o.year);
  const figures: Figure[] = [
    campaign
      ? {
          title: t.handedOver,
          value: `${num(campaign.totals.handedOver)}/${num(campaign.totals.quota)}`,
          detail: format(t.handedOverValue, {
            handed: num(campaign.totals.handedOver),
            quota: num(campaign.totals.quota),
          }),
        }
      : { title: t.handedOver, value: vi.overview.none, detail: t.noCampaign },
    {
      title: t.exercises,
      value: `${num(o.exercises.done)}/${num(o.exercises.planned)}`,
      detail: format(t.exercisesValue, { done: num(o.exercises.done), planned: num(o.exercises.planned) }),
    },
    {
      title: t.attendance,
      value: percent(o.training.attendanceRate),
      detail: format(t.goodOrBetter, { value: percent(o.training.goodOrBetterRate) }),
    },
    {
      title: t.militia,
      value: num(o.militia.members),
      detail: format(t.militiaShare, { value: percent(o.militia.share) }),
    },
    {
      title: t.reserves,
      value: num(o.reserves.reservists),
      detail: format(t.reservesDetail, {
        grade1: num(o.reserves.grade1),
        grade2: num(o.reserves.grade2),
        rate: percent(o.reserves.assignmentRate),
      }),
    },
  ];
  return (
    <Row gutter={[16, 16]}>
      {figures.map((f) => (
        <Col flex="1 1 200px" key={f.title}>
          <Card size="small" style={{ height: '100%' }}>
            {/* The value is already formatted (Vietnamese separators, "76/76"), so Statistic shows it as is. */}
            <Statistic title={f.title} value={f.value} />
            {f.detail && <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 13 }}>{f.detail}</div>}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
