import { Button, Flex, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { ReadinessPractice } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { FilterSelect } from '../../shared/FilterSelect';
import { optionsOf } from '../../shared/options';
import { PagedTable } from '../../shared/PagedTable';
import { useApiQuery } from '../../shared/use-api-query';
import { useListFilters } from '../../shared/use-list-filters';
import { useSavedRow, useTurnToSavedRow } from '../../shared/use-saved-row';
import { EditorButton } from '../auth/EditorButton';
import { PracticeDialog } from './PracticeDialog';

const t = vi.readinessDocuments;

interface Filters {
  year?: number;
  status?: ReadinessPractice['status'];
}

/** The on-the-spot practices of the year, latest first; a click on a date opens it for editing. */
export function PracticesView() {
  const thisYear = dayjs().year();
  const { filters, paging, setPaging, field } = useListFilters<Filters>('readiness.practices', { year: thisYear });
  const [editing, setEditing] = useState<ReadinessPractice | 'new' | null>(null);
  const saved = useSavedRow();
  const list = useApiQuery('readinessDocuments.practice.list', { ...filters, ...paging, ...saved.focus });
  useTurnToSavedRow(saved, list, paging, setPaging);
  const years = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i).map((y) => ({ value: y, label: String(y) }));

  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <FilterSelect label={t.year} width={100} options={years} {...field('year')} />
        <FilterSelect label={t.columns.status} width={150} options={optionsOf(t.statuses)} {...field('status')} />
        <Flex style={{ marginLeft: 'auto' }}>
          <EditorButton onClick={() => setEditing('new')}>{t.addPractice}</EditorButton>
        </Flex>
      </Flex>
      <PagedTable<ReadinessPractice>
        list={list}
        paging={paging}
        onPaging={setPaging}
        highlightId={saved.highlightId}
        empty={t.emptyPractices}
        columns={[
          {
            key: 'date',
            title: t.columns.practisedOn,
            width: 110,
            render: (_, p) => (
              <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => setEditing(p)}>
                {displayDate(p.practisedOn)}
              </Button>
            ),
          },
          { key: 'holder', title: t.columns.holder, dataIndex: 'holderName' },
          { key: 'plan', title: t.columns.plan, dataIndex: 'kindName' },
          {
            key: 'status',
            title: t.columns.status,
            width: 120,
            render: (_, p) => <Tag color={p.status === 'done' ? 'green' : 'blue'}>{t.statuses[p.status]}</Tag>,
          },
          { key: 'participants', title: t.columns.participants, dataIndex: 'participants', width: 90, align: 'right' },
          {
            key: 'rating',
            title: t.columns.rating,
            width: 100,
            render: (_, p) => (p.rating ? t.ratings[p.rating] : ''),
          },
        ]}
      />
      {editing && (
        <PracticeDialog
          practice={editing === 'new' ? null : editing}
          onClose={(practice) => {
            setEditing(null);
            if (!practice) return;
            // Shown in place: the list turns to the page holding it and highlights the row.
            saved.show(practice.id);
            list.reload();
          }}
        />
      )}
    </>
  );
}
