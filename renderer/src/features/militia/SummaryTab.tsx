import { Alert, Button, Card, DatePicker, Flex, Form, Statistic, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { MilitiaFigures } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { DISPLAY_DATE_FORMAT, INPUT_DATE_FORMATS, toIsoDate } from '../../shared/dates';
import { HintLabel } from '../../shared/HintLabel';
import { useApiQuery } from '../../shared/use-api-query';
import { useCan } from '../auth/session-context';
import { PopulationDialog } from './PopulationDialog';

const t = vi.militia.summary;
const h = vi.help.hints.militiaSummary;
type Row = MilitiaFigures & { key: string; name: string };

const number = (n: number | null) => (n === null ? vi.common.none : n.toLocaleString('vi-VN'));
const COUNT_COLUMNS = [
  'members',
  'militia',
  'selfDefence',
  'partyMembers',
  'youthUnion',
  'standing',
  'mobile',
  'onTheSpot',
  'sea',
  'specialist',
  'women',
  'termEndingSoon',
  'pastAgeLimit',
] as const;

/** Strength on a date per ward/commune, agencies apart, with the shares of population and of Party members. */
export function SummaryTab() {
  const [asOf, setAsOf] = useState<Dayjs>(dayjs());
  const [editingPopulation, setEditingPopulation] = useState(false);
  const can = useCan();
  const summary = useApiQuery('militia.summary', { asOf: toIsoDate(asOf) });
  const data = summary.data;
  const hints: Partial<Record<keyof typeof t, string>> = {
    share: format(h.share, { year: data?.populationYear ?? asOf.year() }),
    partyShare: h.partyShare,
    termEndingSoon: format(h.termEndingSoon, {
      asOf: asOf.format(DISPLAY_DATE_FORMAT),
      cutoff: asOf.add(90, 'day').format(DISPLAY_DATE_FORMAT),
    }),
    pastAgeLimit: format(h.pastAgeLimit, { asOf: asOf.format(DISPLAY_DATE_FORMAT) }),
  };
  /** A column's or figure's label, explained when it is not self-evident. */
  const title = (key: keyof typeof t) => {
    const hint = hints[key];
    return hint ? <HintLabel label={t[key]} hint={hint} /> : t[key];
  };
  const rows: Row[] = data
    ? [
        ...data.localities.map((l) => ({ ...l, key: l.localityId, name: l.localityName })),
        { ...data.agencies, key: 'agencies', name: t.agencies },
      ]
    : [];

  return (
    <>
      <Flex gap={16} align="center" wrap style={{ marginBottom: 12 }}>
        <Form.Item label={t.asOf} htmlFor="militiaSummaryAsOf" style={{ margin: 0 }}>
          <DatePicker
            id="militiaSummaryAsOf"
            allowClear={false}
            format={INPUT_DATE_FORMATS}
            value={asOf}
            onChange={(d) => d && setAsOf(d)}
          />
        </Form.Item>
        {can.edit && <Button onClick={() => setEditingPopulation(true)}>{t.editPopulation}</Button>}
      </Flex>
      {summary.error && <Alert type="error" showIcon title={summary.error.message} style={{ marginBottom: 12 }} />}
      {data && (
        <Flex gap={12} wrap style={{ marginBottom: 12 }}>
          <Card size="small">
            <Statistic title={t.strength} value={data.totals.members} />
          </Card>
          <Card size="small">
            <Statistic title={title('share')} value={number(data.totals.share)} />
          </Card>
          <Card size="small">
            <Statistic title={title('partyShare')} value={number(data.totals.partyShare)} />
          </Card>
          <Card size="small">
            <Statistic title={t.standing} value={data.totals.standing} />
          </Card>
          <Card size="small">
            <Statistic title={t.mobile} value={data.totals.mobile} />
          </Card>
          <Card size="small">
            <Statistic
              title={format(t.populationYear, { year: data.populationYear })}
              value={number(data.totals.population)}
            />
          </Card>
        </Flex>
      )}
      <Table<Row>
        rowKey="key"
        size="small"
        loading={summary.loading}
        pagination={false}
        scroll={{ x: true }}
        dataSource={rows}
        columns={[
          { title: t.locality, dataIndex: 'name', fixed: 'left' },
          { title: t.population, key: 'population', align: 'right', render: (_, r) => number(r.population) },
          ...COUNT_COLUMNS.slice(0, 3).map((key) => ({ title: t[key], dataIndex: key, align: 'right' as const })),
          { title: title('share'), key: 'share', align: 'right', render: (_, r) => number(r.share) },
          ...COUNT_COLUMNS.slice(3, 4).map((key) => ({ title: t[key], dataIndex: key, align: 'right' as const })),
          { title: title('partyShare'), key: 'partyShare', align: 'right', render: (_, r) => number(r.partyShare) },
          ...COUNT_COLUMNS.slice(4).map((key) => ({ title: title(key), dataIndex: key, align: 'right' as const })),
        ]}
        summary={() =>
          data && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <strong>{t.totals}</strong>
              </Table.Summary.Cell>
              {[
                number(data.totals.population),
                ...COUNT_COLUMNS.slice(0, 3).map((k) => data.totals[k]),
                number(data.totals.share),
                data.totals.partyMembers,
                number(data.totals.partyShare),
                ...COUNT_COLUMNS.slice(4).map((k) => data.totals[k]),
              ].map((value, i) => (
                <Table.Summary.Cell key={i} index={i + 1} align="right">
                  <strong>{value}</strong>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          )
        }
      />
      {editingPopulation && (
        <PopulationDialog
          year={data?.populationYear ?? asOf.year()}
          onClose={(saved) => {
            setEditingPopulation(false);
            if (saved) summary.reload();
          }}
        />
      )}
    </>
  );
}
