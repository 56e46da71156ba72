import { Alert, Card, Col, DatePicker, Flex, Row, Statistic, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ReservesSummary } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { DISPLAY_DATE_FORMAT, INPUT_DATE_FORMATS, toIsoDate } from '../../shared/dates';
import { HintLabel } from '../../shared/HintLabel';
import { useApiQuery } from '../../shared/use-api-query';
import { percentText } from './reserve-labels';

const t = vi.reserves.summary;
const h = vi.help.hints.reservesSummary;
type UnitRow = ReservesSummary['units'][number];

/** Tổng hợp: counts by category and grade, assignment and specialty-match rates, each unit's fill. */
export function SummaryTab() {
  const [asOf, setAsOf] = useState<Dayjs>(dayjs());
  const summary = useApiQuery('reserves.summary', { asOf: toIsoDate(asOf) });
  const totals = summary.data?.totals;
  const values = {
    asOf: asOf.format(DISPLAY_DATE_FORMAT),
    assigned: totals?.assigned ?? 0,
    reservists: totals?.reservists ?? 0,
    matched: totals?.specialtyMatched ?? 0,
  };
  /** A figure, its label explained (with the day's counts) when it is not self-evident. */
  const stat = (title: string, value: number | string | undefined, hint?: string) => (
    <Col xs={12} md={6}>
      <Card size="small">
        <Statistic
          title={hint ? <HintLabel label={title} hint={format(hint, values)} /> : title}
          value={value ?? vi.common.none}
          loading={summary.loading && !summary.data}
        />
      </Card>
    </Col>
  );
  return (
    <>
      <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
        <Typography.Text>{t.asOf}</Typography.Text>
        <DatePicker
          aria-label={t.asOf}
          allowClear={false}
          format={INPUT_DATE_FORMATS}
          value={asOf}
          onChange={(d) => d && setAsOf(d)}
        />
      </Flex>
      {summary.error && <Alert type="error" showIcon title={summary.error.message} />}
      <Row gutter={[12, 12]}>
        {stat(t.reservists, totals?.reservists)}
        {stat(t.officers, totals?.officers)}
        {stat(t.professionals, totals?.professionals)}
        {stat(t.soldiers, totals?.soldiers)}
        {stat(t.pastAgeLimit, totals?.pastAgeLimit, h.pastAgeLimit)}
        {stat(t.grade1, totals?.grade1)}
        {stat(t.grade2, totals?.grade2)}
        {stat(t.assigned, totals?.assigned)}
        {stat(t.assignmentRate, totals && percentText(totals.assignmentRate), h.assignmentRate)}
        {stat(t.specialtyMatched, totals?.specialtyMatched)}
        {stat(t.specialtyMatchRate, totals && percentText(totals.specialtyMatchRate), h.specialtyMatchRate)}
      </Row>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t.units}
      </Typography.Title>
      <Table<UnitRow>
        rowKey="unitId"
        size="small"
        pagination={false}
        dataSource={summary.data?.units ?? []}
        locale={{ emptyText: vi.reserves.units.empty }}
        columns={[
          { title: vi.reserves.units.name, dataIndex: 'name' },
          { title: vi.reserves.units.kind, key: 'kind', render: (_, u) => vi.reserves.unitKinds[u.kind] },
          { title: vi.reserves.units.required, dataIndex: 'required' },
          { title: vi.reserves.units.assigned, dataIndex: 'assigned' },
          { title: vi.reserves.units.fillRate, key: 'fill', render: (_, u) => percentText(u.fillRate) },
          {
            title: vi.reserves.units.surplus,
            key: 'surplus',
            render: (_, u) => `${u.surplus} (${percentText(u.surplusRate)})`,
          },
        ]}
      />
    </>
  );
}
