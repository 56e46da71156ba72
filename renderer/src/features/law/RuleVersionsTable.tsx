import { Table, Tag, Typography } from 'antd';
import type { RegisterRuleVersion, RegisterText } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';

const t = vi.law.rules;

interface Row extends RegisterRuleVersion {
  key: string;
}

function period(version: RegisterRuleVersion): string {
  const from = displayDate(version.from);
  return version.to ? format(t.between, { from, to: displayDate(version.to) }) : format(t.since, { from });
}

/** The rules that follow from one text: every version of each, the one applying on the chosen day marked. */
export function RuleVersionsTable({ text }: { text: RegisterText }) {
  const rows: Row[] = text.rules.flatMap((rule) => rule.versions.map((v) => ({ ...v, key: `${rule.id}@${v.from}` })));
  return (
    <>
      <Typography.Text strong>{format(t.title, { number: text.number })}</Typography.Text>
      <Table<Row>
        aria-label={format(t.title, { number: text.number })}
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t.empty }}
        columns={[
          { title: t.summary, dataIndex: 'summary' },
          { title: t.citation, dataIndex: 'citation', width: 260 },
          { title: t.period, key: 'period', width: 120, render: (_, v) => period(v) },
          {
            title: t.onDate,
            key: 'applies',
            width: 120,
            render: (_, v) => (v.applies ? <Tag color="green">{t.applies}</Tag> : <Tag>{t.notApplied}</Tag>),
          },
        ]}
      />
    </>
  );
}
