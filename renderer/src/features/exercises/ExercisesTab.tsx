import { Button, Flex, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { Exercise, ExerciseLevel, ExerciseRow, ExerciseStatus } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { FilterSelect } from '../../shared/FilterSelect';
import { useApiQuery } from '../../shared/use-api-query';
import { useListFilters } from '../../shared/use-list-filters';
import { PagedTable } from '../../shared/PagedTable';
import { useSavedRow, useTurnToSavedRow } from '../../shared/use-saved-row';
import { EditorButton } from '../auth/EditorButton';
import { useCan } from '../auth/session-context';
import { ExportButton } from '../export/ExportButton';
import { ExerciseDialog } from './ExerciseDialog';
import { ExerciseDrawer } from './ExerciseDrawer';
import {
  halfOptions,
  levelOptions,
  localityOptions,
  STATUS_COLORS,
  statusOptions,
  typeOptions,
  yearOptions,
} from './exercise-labels';
import { TypesDialog } from './TypesDialog';

interface Filters {
  year?: number;
  half?: 1 | 2;
  typeId?: string;
  level?: ExerciseLevel;
  status?: ExerciseStatus;
  localityId?: string;
}

const t = vi.exercises;

/** Diễn tập – Huấn luyện → the exercises tab: filtered, paged list; a drawer per exercise. */
export function ExercisesTab() {
  const { filters, paging, setPaging, set, field } = useListFilters<Filters>('exercises', { year: dayjs().year() });
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Exercise | 'new' | null>(null);
  const [managingTypes, setManagingTypes] = useState(false);
  const types = useApiQuery('exercises.type.list', { includeRetired: true });
  const localities = useApiQuery('localities.list', {});
  const militia = useApiQuery('militia.unit.list', {});
  const reserves = useApiQuery('reserves.unit.list', {});
  const saved = useSavedRow();
  const list = useApiQuery('exercises.exercise.list', { ...filters, ...paging, ...saved.focus });
  useTurnToSavedRow(saved, list, paging, setPaging);
  const [drawerKey, setDrawerKey] = useState(0);
  const can = useCan();

  const columns = [
    {
      key: 'plannedOn',
      title: t.columns.plannedOn,
      width: 120,
      render: (_: unknown, r: ExerciseRow) => displayDate(r.plannedOn),
    },
    {
      key: 'title',
      title: t.columns.title,
      render: (_: unknown, r: ExerciseRow) => (
        <Button
          type="link"
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
          onClick={() => setOpenId(r.id)}
        >
          {r.title}
        </Button>
      ),
    },
    { key: 'type', title: t.columns.type, dataIndex: 'typeName' },
    { key: 'level', title: t.columns.level, render: (_: unknown, r: ExerciseRow) => t.levels[r.level] },
    { key: 'locality', title: t.columns.locality, render: (_: unknown, r: ExerciseRow) => r.localityName ?? '' },
    {
      key: 'status',
      title: t.columns.status,
      render: (_: unknown, r: ExerciseRow) => <Tag color={STATUS_COLORS[r.status]}>{t.statuses[r.status]}</Tag>,
    },
    {
      key: 'rating',
      title: t.columns.rating,
      render: (_: unknown, r: ExerciseRow) => (r.rating ? t.ratings[r.rating] : ''),
    },
  ];

  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <FilterSelect
          label={t.filters.year}
          width={110}
          searchable
          options={yearOptions(dayjs().year())}
          value={filters.year}
          onChange={(year?: number) => set({ year, half: year ? filters.half : undefined })}
        />
        <FilterSelect
          label={t.filters.half}
          width={170}
          searchable
          options={halfOptions}
          disabled={!filters.year}
          {...field('half')}
        />
        <FilterSelect
          label={t.filters.type}
          width={260}
          searchable
          options={typeOptions(types.data ?? [])}
          {...field('typeId')}
        />
        <FilterSelect label={t.filters.level} width={170} searchable options={levelOptions} {...field('level')} />
        <FilterSelect label={t.filters.status} width={160} searchable options={statusOptions} {...field('status')} />
        <FilterSelect
          label={t.filters.locality}
          width={200}
          searchable
          options={localityOptions(localities.data ?? [])}
          {...field('localityId')}
        />
        <Flex gap={8} style={{ marginLeft: 'auto' }}>
          <ExportButton method="exercises.exercise.export" input={filters} />
          {can.edit && <Button onClick={() => setManagingTypes(true)}>{t.types.manage}</Button>}
          <EditorButton onClick={() => setEditing('new')}>{t.add}</EditorButton>
        </Flex>
      </Flex>
      <PagedTable<ExerciseRow>
        unit={vi.layout.units.exercises}
        list={list}
        paging={paging}
        onPaging={setPaging}
        empty={t.empty}
        columns={columns}
        highlightId={saved.highlightId}
      />
      {openId && (
        <ExerciseDrawer
          key={`${openId}-${drawerKey}`}
          exerciseId={openId}
          onEdit={(e) => setEditing(e)}
          onChanged={list.reload}
          onClose={() => setOpenId(null)}
        />
      )}
      {editing && (
        <ExerciseDialog
          exercise={editing === 'new' ? null : editing}
          types={types.data ?? []}
          localities={localities.data ?? []}
          militiaGroups={militia.data ?? []}
          reserveUnits={reserves.data ?? []}
          onClose={(exercise) => {
            setEditing(null);
            if (!exercise) return;
            saved.show(exercise.id);
            list.reload();
            setDrawerKey((k) => k + 1);
          }}
        />
      )}
      {managingTypes && (
        <TypesDialog types={types.data ?? []} onChanged={types.reload} onClose={() => setManagingTypes(false)} />
      )}
    </>
  );
}
