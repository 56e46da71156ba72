import { Descriptions, Table, Typography } from 'antd';
import type { DocumentSnapshot, SnapshotValue, TemplateVocabulary } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';

const t = vi.register;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function cell(value: SnapshotValue | undefined): string {
  if (value === null || value === undefined || value === '') return vi.common.none;
  if (typeof value === 'string' && ISO_DATE.test(value)) return displayDate(value);
  return String(value);
}

/** What the templates feature says a tag holds ("Tổng số người"), else the tag itself. */
type Describe = (name: string) => string;

function describer(vocabulary: TemplateVocabulary | undefined): Describe {
  const known = new Map<string, string>();
  for (const tag of vocabulary?.fields ?? []) known.set(tag.name, tag.description);
  for (const table of vocabulary?.tables ?? []) {
    known.set(table.name, table.description);
    for (const column of table.columns) known.set(column.name, column.description);
  }
  return (name) => known.get(name) || name;
}

/** A table of the snapshot, its columns the union of its rows' keys in first-seen order. */
function SnapshotTable({
  name,
  rows,
  describe,
}: {
  name: string;
  rows: Array<Record<string, SnapshotValue>>;
  describe: Describe;
}) {
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return (
    <>
      <Typography.Text strong>{format(t.details.table, { name: describe(name), count: rows.length })}</Typography.Text>
      <Table<Record<string, SnapshotValue> & { __row: number }>
        rowKey="__row"
        size="small"
        bordered
        style={{ margin: '8px 0 16px' }}
        scroll={{ x: 'max-content' }}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        dataSource={rows.map((row, index) => ({ ...row, __row: index }))}
        columns={keys.map((key) => ({ key, title: describe(key), render: (_: unknown, row) => cell(row[key]) }))}
      />
    </>
  );
}

/** "Dữ liệu lập văn bản": the fields and tables the document was filled from, as the register keeps them. */
export function SnapshotView({
  snapshot,
  vocabulary,
}: {
  snapshot: DocumentSnapshot;
  /** The kind's tags with what each holds, when the templates feature knows the kind. */
  vocabulary?: TemplateVocabulary;
}) {
  const describe = describer(vocabulary);
  const fields = Object.entries(snapshot.fields);
  const tables = Object.entries(snapshot.tables);
  if (fields.length === 0 && tables.length === 0) {
    return <Typography.Paragraph type="secondary">{t.details.dataEmpty}</Typography.Paragraph>;
  }
  return (
    <>
      {fields.length > 0 && (
        <Descriptions
          title={t.details.fields}
          column={1}
          size="small"
          bordered
          style={{ marginBottom: 16 }}
          items={fields.map(([key, value]) => ({ key, label: describe(key), children: cell(value) }))}
        />
      )}
      {tables.map(([name, rows]) => (
        <SnapshotTable key={name} name={name} rows={rows} describe={describe} />
      ))}
    </>
  );
}

/** The parameters it was generated with ("Thông số lập văn bản"), named in Vietnamese. */
export function InputView({ input, kindLabel }: { input: Record<string, unknown>; kindLabel: string }) {
  const items = Object.entries(input)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      let shown: string;
      if (key === 'kind') shown = kindLabel;
      else if (key === 'date' && typeof value === 'string') shown = displayDate(value);
      else if (key === 'recordIds' && Array.isArray(value)) shown = format(t.recordCount, { count: value.length });
      else if (key === 'signerIndex' && typeof value === 'number') shown = String(value + 1);
      else if (value === null) shown = vi.common.none;
      else shown = String(value);
      return { key, label: t.inputFields[key] ?? key, children: shown };
    });
  return <Descriptions title={t.details.input} column={1} size="small" bordered items={items} />;
}
