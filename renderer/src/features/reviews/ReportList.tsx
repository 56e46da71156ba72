import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import type { ReviewReportRow } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { useApiQuery } from '../../shared/use-api-query';
import { PagedTable } from '../../shared/PagedTable';
import { EditorButton } from '../auth/EditorButton';
import { CreateReportDialog } from './CreateReportDialog';
import { displayDateTime } from './review-format';

const t = vi.reviews;

/** The office's review reports, newest first; "Lập báo cáo" creates one and opens it. */
export function ReportList({ onOpen }: { onOpen(id: string): void }) {
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const reports = useApiQuery('reviews.report.list', paging);

  return (
    <>
      <Flex gap={8} align="start" style={{ marginBottom: 12 }}>
        <Typography.Paragraph type="secondary" style={{ flex: 1, marginBottom: 0 }}>
          {t.intro}
        </Typography.Paragraph>
        <EditorButton onClick={() => setCreating(true)}>{t.create}</EditorButton>
      </Flex>
      <PagedTable<ReviewReportRow>
        unit={vi.layout.units.reports}
        list={reports}
        paging={paging}
        onPaging={setPaging}
        empty={t.empty}
        pagination={{ hideOnSinglePage: true, showSizeChanger: undefined }}
        onRow={(row) => ({ onDoubleClick: () => onOpen(row.id) })}
        columns={[
          {
            title: t.columns.period,
            key: 'period',
            render: (_, row) => (
              <Button
                type="link"
                style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
                onClick={() => onOpen(row.id)}
              >
                {row.title}
              </Button>
            ),
          },
          {
            title: t.columns.range,
            key: 'range',
            render: (_, row) => `${displayDate(row.from)} – ${displayDate(row.to)}`,
          },
          { title: t.columns.version, dataIndex: 'currentVersion', align: 'right' },
          { title: t.columns.updatedAt, key: 'updatedAt', render: (_, row) => displayDateTime(row.updatedAt) },
        ]}
      />
      {creating && (
        <CreateReportDialog
          onClose={(id) => {
            setCreating(false);
            if (id) onOpen(id);
          }}
        />
      )}
    </>
  );
}
