import { Button, Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { PoliticalSession, SessionKind, UnitKind } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { DateFilter } from '../../shared/DateFilter';
import { FilterSelect } from '../../shared/FilterSelect';
import { PagedTable } from '../../shared/PagedTable';
import { useApiQuery } from '../../shared/use-api-query';
import { useListFilters } from '../../shared/use-list-filters';
import { useSavedRow, useTurnToSavedRow } from '../../shared/use-saved-row';
import { EditorButton } from '../auth/EditorButton';
import { useCan } from '../auth/session-context';
import { kindOptions, unitKindOptions } from './labels';
import { SessionDialog } from './SessionDialog';
import { SessionSummary } from './SessionSummary';

interface Filters {
  from?: string;
  to?: string;
  kind?: SessionKind;
  unitKind?: UnitKind;
}

const t = vi.politicalEducation;

/**
 * Chính trị – Chính sách → Giáo dục chính trị (#/chinh-tri-chinh-sach/giao-duc-chinh-tri): the
 * sessions of the chosen range (this year at first), their totals per kind and unit, paged.
 */
export function PoliticalEducationTab() {
  const year = dayjs().year();
  const { filters, paging, setPaging, set, field } = useListFilters<Filters>('politicalEducation.sessions', {
    from: `${year}-01-01`,
    to: `${year}-12-31`,
  });
  const [editing, setEditing] = useState<PoliticalSession | 'new' | null>(null);
  const [summaryKey, setSummaryKey] = useState(0);
  const saved = useSavedRow();
  const list = useApiQuery('politicalEducation.session.list', { ...filters, ...paging, ...saved.focus });
  useTurnToSavedRow(saved, list, paging, setPaging);
  const can = useCan();

  const columns = [
    {
      key: 'heldOn',
      title: t.columns.heldOn,
      width: 110,
      render: (_: unknown, r: PoliticalSession) => displayDate(r.heldOn),
    },
    { key: 'kind', title: t.columns.kind, render: (_: unknown, r: PoliticalSession) => t.kinds[r.kind] },
    { key: 'unit', title: t.columns.unit, dataIndex: 'unitName' },
    {
      key: 'topic',
      title: t.columns.topic,
      render: (_: unknown, r: PoliticalSession) => (
        <>
          {r.topic} {r.renewal && <Tag color="blue">{t.renewalTag}</Tag>}
        </>
      ),
    },
    { key: 'presenter', title: t.columns.presenter, dataIndex: 'presenter' },
    {
      key: 'attendance',
      title: t.columns.attendance,
      align: 'right' as const,
      render: (_: unknown, r: PoliticalSession) => `${r.present}/${r.planned}`,
    },
    ...(can.edit
      ? [
          {
            key: 'actions',
            title: t.columns.actions,
            width: 80,
            render: (_: unknown, r: PoliticalSession) => (
              <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => setEditing(r)}>
                {t.edit}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <DateFilter label={t.filters.from} value={filters.from} onChange={(from) => set({ from })} />
        <DateFilter label={t.filters.to} value={filters.to} onChange={(to) => set({ to })} />
        <FilterSelect label={t.filters.kind} width={230} options={kindOptions} {...field('kind')} />
        <FilterSelect label={t.filters.unitKind} width={230} options={unitKindOptions} {...field('unitKind')} />
        <Flex style={{ marginLeft: 'auto' }}>
          <EditorButton onClick={() => setEditing('new')}>{t.add}</EditorButton>
        </Flex>
      </Flex>
      {filters.from && filters.to ? (
        <SessionSummary key={summaryKey} from={filters.from} to={filters.to} />
      ) : (
        <Typography.Paragraph type="secondary">{t.summary.range}</Typography.Paragraph>
      )}
      <PagedTable<PoliticalSession>
        unit={vi.layout.units.sessions}
        rowKey="id"
        size="small"
        list={list}
        paging={paging}
        onPaging={setPaging}
        highlightId={saved.highlightId}
        empty={t.empty}
        columns={columns}
      />
      {editing && (
        <SessionDialog
          session={editing === 'new' ? null : editing}
          onClose={(record) => {
            setEditing(null);
            if (!record) return;
            // Shown in place: the list turns to the page holding it and highlights the row.
            saved.show(record.id);
            list.reload();
            setSummaryKey((k) => k + 1);
          }}
        />
      )}
    </>
  );
}
