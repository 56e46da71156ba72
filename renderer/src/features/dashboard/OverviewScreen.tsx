import { Alert, Card, Col, Flex, Row, Select, Spin, Statistic, Typography } from 'antd';
import { useState } from 'react';
import type { OfficeProfile } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { useApiQuery } from '../../shared/use-api-query';
import { AlertsPanel } from './AlertsPanel';
import { ConscriptionChart } from './ConscriptionChart';
import { ExercisesChart } from './ExercisesChart';
import { KeyFigures } from './KeyFigures';
import { MilitiaChart } from './MilitiaChart';
import { num } from './overview-format';
import { TrainingChart } from './TrainingChart';
import { HelpButton } from '../../shell/HelpButton';

const t = vi.overview;

/** The years offered: a few back for last year's report, and next year being prepared. */
function yearOptions(current: number) {
  return Array.from({ length: 6 }, (_, i) => current + 1 - i).map((y) => ({
    value: y,
    label: format(t.yearLabel, { year: y }),
  }));
}

/** The current year at a glance: headline figures, alerts linking to their records, and charts. */
export function OverviewScreen({ office }: { office: OfficeProfile }) {
  const [year, setYear] = useState<number | undefined>(undefined);
  const query = useApiQuery('overview.get', year === undefined ? {} : { year });
  const o = query.data;
  const currentYear = o ? Number(o.today.slice(0, 4)) : new Date().getFullYear();
  const people = [
    { title: t.peopleCount, value: o?.people.total },
    { title: t.maleCount, value: o?.people.male },
    { title: t.femaleCount, value: o?.people.female },
    { title: t.localityCount, value: o?.people.localities },
  ];
  return (
    <>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t.title}
        </Typography.Title>
        <Flex gap={12}>
          <Select
            aria-label={t.year}
            value={year ?? o?.year ?? currentYear}
            options={yearOptions(currentYear)}
            onChange={setYear}
            style={{ width: 140 }}
          />
          <HelpButton helpKey="tong-quan" title={t.title} />
        </Flex>
      </Flex>
      <Typography.Paragraph type="secondary">
        {office.parentBody} · {office.name}
      </Typography.Paragraph>
      {query.error && <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 16 }} />}
      <Row gutter={[16, 16]}>
        {people.map((f) => (
          <Col xs={12} lg={6} key={f.title}>
            <Card size="small">
              <Statistic
                title={f.title}
                value={f.value ?? 0}
                loading={f.value === undefined}
                formatter={(v) => num(Number(v))}
              />
            </Card>
          </Col>
        ))}
      </Row>
      {!o && !query.error && <Spin style={{ display: 'block', marginTop: 24 }} />}
      {o && (
        <Flex vertical gap={16} style={{ marginTop: 16, opacity: query.loading ? 0.6 : 1 }}>
          <KeyFigures overview={o} />
          <AlertsPanel alerts={o.alerts} />
          <Row gutter={[16, 16]}>
            {o.campaigns.map((c) => (
              <Col xs={24} xl={12} key={c.campaignId}>
                <ConscriptionChart campaign={c} />
              </Col>
            ))}
            <Col xs={24} xl={12}>
              <ExercisesChart exercises={o.exercises} />
            </Col>
            <Col xs={24} xl={12}>
              <TrainingChart training={o.training} />
            </Col>
            <Col xs={24} xl={12}>
              <MilitiaChart militia={o.militia} />
            </Col>
          </Row>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {format(t.asOf, { date: displayDate(o.asOf), today: displayDate(o.today) })}
          </Typography.Text>
        </Flex>
      )}
    </>
  );
}
