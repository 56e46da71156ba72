import { Alert, Flex, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { useApiAction } from '../../shared/use-api-action';
import { useApiQuery } from '../../shared/use-api-query';
import { useCan } from '../auth/session-context';
import { ListTable } from '../../shared/ListTable';

/** The year's document numbers per type: what was last used, and a way to correct it. */
export function DocumentCountersPanel() {
  const [year, setYear] = useState(new Date().getFullYear());
  const counters = useApiQuery('documents.counter.list', { year });
  // Correcting the official numbering is admin (documents.counter.update): others read the numbers.
  const can = useCan();

  const update = useApiAction(
    (typeCode: string, lastNumber: number, version: number) =>
      api('documents.counter.update', { year, typeCode, lastNumber, version }),
    {
      success: (_counter, [, lastNumber]) => format(vi.documents.counterSaved, { next: lastNumber + 1 }),
      onSettled: counters.reload,
    },
  );
  function correct(typeCode: string, lastNumber: number | null, version: number) {
    if (lastNumber !== null) void update.run(typeCode, lastNumber, version);
  }

  return (
    <>
      <Typography.Paragraph type="secondary">
        {vi.documents.countersHint}
        {can.admin && ` ${vi.documents.countersEditHint}`}
      </Typography.Paragraph>
      <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
        <span>{vi.documents.year}</span>
        <InputNumber
          aria-label={vi.documents.year}
          min={2000}
          max={2200}
          value={year}
          onChange={(value) => value && setYear(value)}
        />
      </Flex>
      {counters.error && <Alert type="error" showIcon title={counters.error.message} />}
      <ListTable
        unit={vi.layout.units.kinds}
        rowKey="typeCode"
        loading={counters.loading}
        dataSource={counters.data ?? []}
        locale={{ emptyText: vi.documents.countersEmpty }}
        columns={[
          { title: vi.documents.typeCode, dataIndex: 'typeCode' },
          {
            title: vi.documents.lastNumber,
            key: 'lastNumber',
            render: (_, c) =>
              !can.admin ? (
                c.lastNumber
              ) : (
                <InputNumber
                  key={`${c.typeCode}-${c.version}`}
                  aria-label={`${vi.documents.lastNumber} ${c.typeCode}`}
                  min={0}
                  max={99999}
                  precision={0}
                  defaultValue={c.lastNumber}
                  onBlur={(e) => {
                    const value = Number(e.target.value);
                    if (Number.isInteger(value) && value !== c.lastNumber) void correct(c.typeCode, value, c.version);
                  }}
                />
              ),
          },
          { title: vi.documents.nextNumber, key: 'next', render: (_, c) => c.lastNumber + 1 },
        ]}
      />
    </>
  );
}
