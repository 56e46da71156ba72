import { Flex, Input, Segmented, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import type { DqeduCategory, DqeduCourse } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { foldedIncludes } from '../../shared/folded-search';
import { optionsOf } from '../../shared/options';
import { SaveDialog } from '../../shared/SaveDialog';
import { useApiAction } from '../../shared/use-api-action';
import { useApiQuery } from '../../shared/use-api-query';
import { useDebounced } from '../../shared/use-debounced';
import { shortCategoryOptions } from './dqedu-labels';

const t = vi.defenceEducation.participants;
type Source = 'people' | 'staff';

interface Candidate {
  personId: string;
  fullName: string;
  birthDate: string;
  note: string;
}

interface Props {
  course: DqeduCourse;
  /** People already in the course (shown, not selectable). */
  existing: ReadonlySet<string>;
  onClose(added: number | null): void;
}

/**
 * Picks many people at once from the register or the office's staff, with the category they are
 * recorded in (the course's by default) and their post; the core adds them all or none.
 */
export function AddParticipantsDialog({ course, existing, onClose }: Props) {
  const [source, setSource] = useState<Source>('people');
  const [typed, setTyped] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [category, setCategory] = useState<DqeduCategory>(course.category);
  const [roleTitle, setRoleTitle] = useState('');
  const search = useDebounced(typed);
  const staff = useApiQuery('staff.list', {});
  const people = useApiQuery('people.list', { search, pageSize: 50 });

  const candidates: Candidate[] =
    source === 'staff'
      ? (staff.data ?? []).filter((s) => foldedIncludes(s.fullName, search)).map((s) => ({ ...s, note: s.position }))
      : (people.data?.rows ?? []).map((p) => ({ ...p, personId: p.id, note: p.localityName ?? '' }));
  const loading = (source === 'staff' ? staff : people).loading;

  const submit = useApiAction(
    () =>
      api('defenceEducation.participant.add', {
        courseId: course.id,
        rows: selected.map((personId) => ({ personId, category, roleTitle })),
      }),
    { onSuccess: () => onClose(selected.length), errors: 'banner' },
  );

  return (
    <SaveDialog
      width={860}
      title={t.addTitle}
      okText={format(t.addOk, { count: selected.length })}
      okDisabled={selected.length === 0}
      banner={submit.error}
      saving={submit.busy}
      onSave={() => void submit.run()}
      onCancel={() => onClose(null)}
    >
      <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
        <Segmented
          aria-label={t.source}
          value={source}
          onChange={(value) => setSource(value as Source)}
          options={optionsOf<Source>(t.sources)}
        />
        <Input.Search
          allowClear
          aria-label={t.search}
          placeholder={t.search}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          style={{ width: 260 }}
        />
      </Flex>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
        <Select
          aria-label={t.category}
          value={category}
          onChange={setCategory}
          options={shortCategoryOptions}
          style={{ width: 300 }}
        />
        <Input
          aria-label={t.roleTitle}
          placeholder={t.roleTitle}
          value={roleTitle}
          onChange={(e) => setRoleTitle(e.target.value)}
          style={{ width: 300 }}
        />
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t.categoryHint}
      </Typography.Paragraph>
      <Table<Candidate>
        rowKey="personId"
        size="small"
        loading={loading}
        dataSource={candidates}
        pagination={{ pageSize: 8, showSizeChanger: false }}
        rowSelection={{
          selectedRowKeys: selected,
          preserveSelectedRowKeys: true,
          onChange: (keys) => setSelected(keys as string[]),
          getCheckboxProps: (c) => ({ disabled: existing.has(c.personId), 'aria-label': c.fullName }),
        }}
        columns={[
          { title: t.fullName, dataIndex: 'fullName' },
          { title: t.birthDate, key: 'birthDate', render: (_, c) => displayDate(c.birthDate) },
          { title: t.note, key: 'note', render: (_, c) => (existing.has(c.personId) ? t.already : c.note) },
        ]}
      />
      <div>{format(t.selected, { count: selected.length })}</div>
    </SaveDialog>
  );
}
