import { Button, Checkbox, Flex, Table, Tag, Typography } from 'antd';
import type { ImportColumnInfo, ImportPreview, ImportPreviewRow } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { totalText } from '../../shared/PagedTable';
import { displayDate } from '../../shared/dates';
import { unknownLocalities, type UnknownLocality } from './import-fields';
import { targetColumns } from './target-columns';

const t = vi.import.check;

const OUTCOME_COLORS: Record<ImportPreviewRow['outcome'], string | undefined> = {
  create: 'green',
  update: 'blue',
  skip: undefined,
  userSkip: undefined,
  error: 'red',
};

export interface PreviewPaging {
  page: number;
  pageSize: number;
}

/** The rows of one page of the preview: what each would become, and why not when it cannot. */
export function PreviewTable({
  preview,
  loading,
  skipRows,
  canCreateLocality,
  onPage,
  onSkip,
  onCreateLocality,
}: {
  preview: ImportPreview;
  loading: boolean;
  skipRows: readonly number[];
  canCreateLocality(locality: UnknownLocality): boolean;
  onPage(paging: PreviewPaging): void;
  onSkip(row: number, skip: boolean): void;
  onCreateLocality(locality: UnknownLocality): void;
}) {
  const headers = new Map(preview.columns.map((c: ImportColumnInfo) => [c.column, c.header]));
  const inColumn = (column: number | null, message: string) => {
    const header = column === null ? undefined : headers.get(column);
    return header ? format(t.columnMessage, { header, message }) : message;
  };

  const extra = targetColumns(preview);
  return (
    <Table<ImportPreviewRow>
      rowKey="rowNumber"
      size="small"
      loading={loading}
      dataSource={preview.rows}
      locale={{ emptyText: t.empty }}
      pagination={{
        current: preview.page,
        pageSize: preview.pageSize,
        total: preview.total,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        showTotal: (total) => totalText(total, vi.layout.units.entries),
      }}
      onChange={(pagination) => onPage({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20 })}
      // A reservist list brings nine values of its own: the table scrolls rather than squeezing them
      // (a width, not 'max-content', so the messages still wrap).
      scroll={extra.length === 0 ? undefined : { x: Math.max(1150, (8 + extra.length) * 120) }}
      columns={[
        { title: t.columns.row, key: 'row', width: 64, render: (_, r) => r.rowNumber },
        {
          title: t.columns.name,
          key: 'name',
          render: (_, r) => (
            <Flex vertical>
              <span>{r.values.fullName}</span>
              {r.converted.map((c) => (
                <Typography.Text key={c.column} type="secondary" style={{ fontSize: 12 }}>
                  {format(t.converted, { before: c.before, after: c.after })}
                </Typography.Text>
              ))}
            </Flex>
          ),
        },
        { title: t.columns.birthDate, key: 'birthDate', width: 110, render: (_, r) => displayDate(r.values.birthDate) },
        { title: t.columns.citizenId, key: 'citizenId', width: 130, render: (_, r) => r.values.citizenId ?? '' },
        { title: t.columns.locality, key: 'locality', render: (_, r) => r.values.localityName ?? '' },
        ...extra,
        {
          title: t.columns.outcome,
          key: 'outcome',
          width: 120,
          render: (_, r) => <Tag color={OUTCOME_COLORS[r.outcome]}>{t.outcomes[r.outcome]}</Tag>,
        },
        {
          title: t.columns.messages,
          key: 'messages',
          render: (_, r) => (
            <Flex vertical gap={2}>
              {r.errors.map((issue, i) => (
                <Typography.Text key={`e${i}`} type="danger">
                  {inColumn(issue.column, issue.message)}
                </Typography.Text>
              ))}
              {r.warnings.map((issue, i) => (
                <Typography.Text key={`w${i}`} type="warning">
                  {inColumn(issue.column, issue.message)}
                </Typography.Text>
              ))}
              {r.outcome !== 'userSkip' &&
                unknownLocalities(r)
                  .filter(canCreateLocality)
                  .map((locality) => (
                    <Button
                      key={`${locality.field}:${locality.name}`}
                      size="small"
                      style={{ alignSelf: 'flex-start' }}
                      onClick={() => onCreateLocality(locality)}
                    >
                      {format(t.createLocality, { name: locality.name })}
                    </Button>
                  ))}
            </Flex>
          ),
        },
        {
          title: t.columns.skip,
          key: 'skip',
          width: 72,
          align: 'center',
          render: (_, r) => (
            <Checkbox
              aria-label={format(t.skipRow, { row: r.rowNumber })}
              checked={skipRows.includes(r.rowNumber)}
              onChange={(e) => onSkip(r.rowNumber, e.target.checked)}
            />
          ),
        },
      ]}
    />
  );
}
