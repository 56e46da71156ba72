import { Button, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { PoliceNotice, PoliceNoticeRow } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { FilterSelect } from '../../shared/FilterSelect';
import { PagedTable } from '../../shared/PagedTable';
import { useApiQuery } from '../../shared/use-api-query';
import { useListFilters } from '../../shared/use-list-filters';
import { useSavedRow, useTurnToSavedRow } from '../../shared/use-saved-row';
import { EditorButton } from '../auth/EditorButton';
import { NoticeDialog } from './NoticeDialog';
import { NoticeDrawer } from './NoticeDrawer';
import { QuarterOverview } from './QuarterOverview';
import { quarterLabel, quarterOptions, yearOptions } from './police-labels';

interface Filters {
  year?: number;
  quarter?: 1 | 2 | 3 | 4;
}

const t = vi.police;

/** Công dân → Thông báo của Công an: the quarters of the year, then the notices, paged; a drawer per notice. */
export function PoliceNoticesTab() {
  const thisYear = dayjs().year();
  const { filters, paging, setPaging, set, field } = useListFilters<Filters>('policeNotices', { year: thisYear });
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<PoliceNotice | 'new' | null>(null);
  const [drawerKey, setDrawerKey] = useState(0);
  const saved = useSavedRow();
  const list = useApiQuery('policeNotices.list', { ...filters, ...paging, ...saved.focus });
  useTurnToSavedRow(saved, list, paging, setPaging);
  const overviewYear = filters.year ?? thisYear;
  const quarters = useApiQuery('policeNotices.quarters', { year: overviewYear });

  const columns = [
    {
      key: 'quarter',
      title: t.columns.quarter,
      render: (_: unknown, r: PoliceNoticeRow) => (
        <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => setOpenId(r.id)}>
          {quarterLabel(r.year, r.quarter)}
        </Button>
      ),
    },
    {
      key: 'receivedOn',
      title: t.columns.receivedOn,
      render: (_: unknown, r: PoliceNoticeRow) => displayDate(r.receivedOn),
    },
    { key: 'sender', title: t.columns.sender, dataIndex: 'sender' },
    { key: 'reference', title: t.columns.reference, dataIndex: 'reference' },
    { key: 'lineCount', title: t.columns.lineCount, dataIndex: 'lineCount', align: 'right' as const },
  ];

  return (
    <>
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      <QuarterOverview year={overviewYear} quarters={quarters} />
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <FilterSelect
          label={t.filters.year}
          width={110}
          options={yearOptions(thisYear)}
          value={filters.year}
          onChange={(year?: number) => set({ year, quarter: year ? filters.quarter : undefined })}
        />
        <FilterSelect
          label={t.filters.quarter}
          width={110}
          options={quarterOptions}
          disabled={!filters.year}
          {...field('quarter')}
        />
        <Flex style={{ marginLeft: 'auto' }}>
          <EditorButton onClick={() => setEditing('new')}>{t.add}</EditorButton>
        </Flex>
      </Flex>
      <PagedTable<PoliceNoticeRow>
        unit={vi.layout.units.notices}
        list={list}
        paging={paging}
        onPaging={setPaging}
        highlightId={saved.highlightId}
        empty={t.empty}
        columns={columns}
      />
      {openId && (
        <NoticeDrawer
          key={`${openId}-${drawerKey}`}
          noticeId={openId}
          onEdit={(n) => setEditing(n)}
          onClose={() => setOpenId(null)}
        />
      )}
      {editing && (
        <NoticeDialog
          notice={editing === 'new' ? null : editing}
          onClose={(record) => {
            setEditing(null);
            if (!record) return;
            // Shown in place: the list turns to the page holding it and highlights the row.
            saved.show(record.id);
            list.reload();
            quarters.reload();
            setDrawerKey((k) => k + 1);
          }}
        />
      )}
    </>
  );
}
