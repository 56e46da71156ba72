import { Alert, DatePicker, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { RegisterText } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { displayDate, fromIsoDate, INPUT_DATE_FORMATS, todayIso, toIsoDate } from '../../shared/dates';
import { useApiQuery } from '../../shared/use-api-query';
import { RuleVersionsTable } from './RuleVersionsTable';
import { ListTable } from '../../shared/ListTable';

const t = vi.law;

/** Still in force, not yet, or no longer, on the day chosen. */
function status(text: RegisterText, date: string) {
  if (text.inForce) return <Tag color="green">{t.status.inForce}</Tag>;
  return text.effectiveFrom > date ? <Tag>{t.status.notYet}</Tag> : <Tag color="default">{t.status.ended}</Tag>;
}

function relations(text: RegisterText): string[] {
  const numbers = (refs: { number: string }[]) => refs.map((r) => r.number).join(', ');
  const lines: [keyof typeof t.relations, { number: string }[]][] = [
    ['amends', text.amends],
    ['replaces', text.replaces],
    ['amendedBy', text.amendedBy],
    ['replacedBy', text.replacedBy],
  ];
  return lines
    .filter(([, refs]) => refs.length > 0)
    .map(([key, refs]) => format(t.relations[key], { numbers: numbers(refs) }));
}

/**
 * Cài đặt → Căn cứ pháp lý: the legal texts the program applies, their dates and what amends or
 * replaces them, and for each the rules that follow from it, with the version that applies on the
 * day chosen (today unless changed), so an officer can check what a record of any year is judged by.
 */
export function LegalBasisPanel() {
  const [date, setDate] = useState(todayIso);
  const register = useApiQuery('law.register', { date });

  return (
    <>
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
        <span>{t.appliesOn}</span>
        <DatePicker
          aria-label={t.appliesOn}
          format={INPUT_DATE_FORMATS}
          allowClear={false}
          value={fromIsoDate(date)}
          onChange={(value) => value && setDate(toIsoDate(value))}
        />
      </Flex>
      {register.error && <Alert type="error" showIcon title={register.error.message} />}
      <ListTable<RegisterText>
        unit={vi.layout.units.documents}
        rowKey="id"
        loading={register.loading}
        dataSource={register.data?.texts ?? []}
        expandable={{
          expandRowByClick: true,
          expandedRowRender: (text) => <RuleVersionsTable text={text} />,
        }}
        columns={[
          {
            title: t.columns.text,
            key: 'text',
            render: (_, text) => (
              <>
                <Typography.Text strong>{`${text.kind} ${text.number}`}</Typography.Text>
                <br />
                <Typography.Text type="secondary">{text.title}</Typography.Text>
                {text.notes.map((note) => (
                  <div key={note}>
                    <Typography.Text type="warning">{note}</Typography.Text>
                  </div>
                ))}
              </>
            ),
          },
          { title: t.columns.signedOn, key: 'signedOn', width: 100, render: (_, text) => displayDate(text.signedOn) },
          {
            title: t.columns.effective,
            key: 'effective',
            width: 150,
            render: (_, text) => (
              <>
                <div>{format(t.effectiveFrom, { date: displayDate(text.effectiveFrom) })}</div>
                {text.effectiveTo && <div>{format(t.effectiveTo, { date: displayDate(text.effectiveTo) })}</div>}
                {status(text, register.data?.date ?? date)}
              </>
            ),
          },
          {
            title: t.columns.relations,
            key: 'relations',
            width: 230,
            render: (_, text) => relations(text).map((line) => <div key={line}>{line}</div>),
          },
        ]}
      />
    </>
  );
}
