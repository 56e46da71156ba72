import { Button, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { BreachStatus, DisciplineBreach, DisciplineForce } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { DateFilter } from '../../shared/DateFilter';
import { FilterSelect } from '../../shared/FilterSelect';
import { optionsOf } from '../../shared/options';
import { PagedTable } from '../../shared/PagedTable';
import { useApiQuery } from '../../shared/use-api-query';
import { useListFilters } from '../../shared/use-list-filters';
import { useSavedRow, useTurnToSavedRow } from '../../shared/use-saved-row';
import { EditorButton } from '../auth/EditorButton';
import { useCan } from '../auth/session-context';
import { BreachDialog } from './BreachDialog';
import { BreachSummary } from './BreachSummary';

interface Filters {
  from?: string;
  to?: string;
  force?: DisciplineForce;
  status?: BreachStatus;
}

const t = vi.discipline;

/**
 * Chính trị – Chính sách → Kỷ luật (#/chinh-tri-chinh-sach/ky-luat): the breaches of militia
 * members and reservists in the chosen range (this year at first), how they were handled, paged.
 */
export function DisciplineTab() {
  const year = dayjs().year();
  const { filters, paging, setPaging, set, field } = useListFilters<Filters>('discipline', {
    from: `${year}-01-01`,
    to: `${year}-12-31`,
  });
  const [editing, setEditing] = useState<DisciplineBreach | 'new' | null>(null);
  const [summaryKey, setSummaryKey] = useState(0);
  const saved = useSavedRow();
  const list = useApiQuery('discipline.breach.list', { ...filters, ...paging, ...saved.focus });
  useTurnToSavedRow(saved, list, paging, setPaging);
  const can = useCan();

  const columns = [
    {
      key: 'occurredOn',
      title: t.columns.occurredOn,
      width: 110,
      render: (_: unknown, r: DisciplineBreach) => displayDate(r.occurredOn),
    },
    { key: 'person', title: t.columns.person, dataIndex: 'fullName' },
    { key: 'force', title: t.columns.force, render: (_: unknown, r: DisciplineBreach) => t.forces[r.force] },
    { key: 'description', title: t.columns.description, dataIndex: 'description' },
    {
      key: 'handling',
      title: t.columns.handling,
      render: (_: unknown, r: DisciplineBreach) => (r.form ? t.forms[r.form] : ''),
    },
    {
      key: 'decision',
      title: t.columns.decision,
      render: (_: unknown, r: DisciplineBreach) =>
        r.handledOn
          ? r.decisionNumber
            ? format(t.decisionLine, { number: r.decisionNumber, date: displayDate(r.handledOn) })
            : displayDate(r.handledOn)
          : '',
    },
    { key: 'status', title: t.columns.status, render: (_: unknown, r: DisciplineBreach) => t.statuses[r.status] },
    ...(can.edit
      ? [
          {
            key: 'actions',
            title: t.columns.actions,
            width: 80,
            render: (_: unknown, r: DisciplineBreach) => (
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
        <FilterSelect label={t.filters.force} width={180} options={optionsOf(t.forces)} {...field('force')} />
        <FilterSelect label={t.filters.status} width={160} options={optionsOf(t.statuses)} {...field('status')} />
        <Flex style={{ marginLeft: 'auto' }}>
          <EditorButton onClick={() => setEditing('new')}>{t.add}</EditorButton>
        </Flex>
      </Flex>
      {filters.from && filters.to && <BreachSummary key={summaryKey} from={filters.from} to={filters.to} />}
      <PagedTable<DisciplineBreach>
        unit={vi.layout.units.breaches}
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
        <BreachDialog
          breach={editing === 'new' ? null : editing}
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
