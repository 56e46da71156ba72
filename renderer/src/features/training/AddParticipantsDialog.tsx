import { Flex, Input, Segmented, Table } from 'antd';
import { useState } from 'react';
import type { TrainingCourse } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { foldedIncludes } from '../../shared/folded-search';
import { optionsOf } from '../../shared/options';
import { SaveDialog } from '../../shared/SaveDialog';
import { useApiAction } from '../../shared/use-api-action';
import { useApiQuery } from '../../shared/use-api-query';
import { useDebounced } from '../../shared/use-debounced';
import { unitOptions } from '../militia/militia-labels';
import { SearchSelect } from '../../shared/SearchSelect';

const t = vi.training.participants;
type Source = 'militia' | 'reservists' | 'staff' | 'people';

interface Candidate {
  personId: string;
  fullName: string;
  birthDate: string;
  note: string;
}

interface Props {
  course: TrainingCourse;
  /** People already in the course (shown, not selectable). */
  existing: ReadonlySet<string>;
  onClose(added: number | null): void;
}

function defaultSource(course: TrainingCourse): Source {
  if (course.target === 'reserve_unit') return 'reservists';
  if (course.target === 'staff') return 'staff';
  if (course.target === 'defence_education') return 'people';
  return 'militia';
}

/** Picks people from the forces register (militia by unit, reservists, staff) or the whole register. */
export function AddParticipantsDialog({ course, existing, onClose }: Props) {
  const [source, setSource] = useState<Source>(defaultSource(course));
  const [unitId, setUnitId] = useState<string | undefined>(course.militiaUnitId ?? undefined);
  const [typed, setTyped] = useState('');
  const [selected, setSelected] = useState<string[]>([]);

  const search = useDebounced(typed);

  const units = useApiQuery('militia.unit.list', {});
  const militia = useApiQuery('militia.member.list', { unitId, search, pageSize: 500 });
  const reservists = useApiQuery('reserves.reservist.list', {
    search,
    pageSize: 200,
    ...(course.reserveUnitId ? { unitId: course.reserveUnitId } : {}),
  });
  const staff = useApiQuery('staff.list', {});
  const people = useApiQuery('people.list', { search, pageSize: 50 });

  const candidates: Candidate[] =
    source === 'militia'
      ? (militia.data?.rows ?? []).map((m) => ({ ...m, note: `${m.unitName} – ${m.placeName}` }))
      : source === 'reservists'
        ? (reservists.data?.rows ?? []).map((r) => ({
            ...r,
            note: r.assignment?.unitName ?? r.localityName ?? '',
          }))
        : source === 'staff'
          ? (staff.data ?? [])
              .filter((s) => foldedIncludes(s.fullName, search))
              .map((s) => ({ ...s, note: s.position }))
          : (people.data?.rows ?? []).map((p) => ({ ...p, personId: p.id, note: p.localityName ?? '' }));
  const loading = { militia, reservists, staff, people }[source].loading;

  const submit = useApiAction(() => api('training.participant.add', { courseId: course.id, personIds: selected }), {
    onSuccess: (r) => onClose(r.added),
    errors: 'banner',
  });

  return (
    <SaveDialog
      width={820}
      title={t.addTitle}
      okText={t.add}
      okDisabled={selected.length === 0}
      banner={submit.error}
      saving={submit.busy}
      onSave={() => void submit.run()}
      onCancel={() => onClose(null)}
    >
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Segmented
          aria-label={t.source}
          value={source}
          onChange={(value) => setSource(value as Source)}
          options={optionsOf<Source>(t.sources)}
        />
        {source === 'militia' && (
          <SearchSelect
            allowClear
            aria-label={t.unit}
            placeholder={t.unit}
            style={{ width: 320 }}
            options={unitOptions(units.data ?? [])}
            value={unitId}
            onChange={(value?: string) => setUnitId(value)}
          />
        )}
        <Input.Search
          allowClear
          aria-label={t.search}
          placeholder={t.search}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          style={{ width: 280 }}
        />
      </Flex>
      <Table<Candidate>
        rowKey="personId"
        size="small"
        loading={loading}
        dataSource={candidates}
        pagination={{ pageSize: 10, showSizeChanger: false }}
        rowSelection={{
          selectedRowKeys: selected,
          preserveSelectedRowKeys: true,
          onChange: (keys) => setSelected(keys as string[]),
          getCheckboxProps: (c) => ({ disabled: existing.has(c.personId), 'aria-label': c.fullName }),
        }}
        columns={[
          { title: vi.training.columns.fullName, dataIndex: 'fullName' },
          { title: t.birthDate, key: 'birthDate', render: (_, c) => displayDate(c.birthDate) },
          {
            title: t.note,
            key: 'note',
            render: (_, c) => (existing.has(c.personId) ? t.already : c.note),
          },
        ]}
      />
      <div>{format(t.selected, { count: selected.length })}</div>
    </SaveDialog>
  );
}
