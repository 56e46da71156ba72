import { Alert, Form, Input, Modal, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { MilitiaPosition, MilitiaUnit, Person } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { displayDate, toIsoDate } from '../../shared/dates';
import { showApiError } from '../../shared/form-errors';
import { submitOnEnter } from '../../shared/submit-on-enter';
import { useApiQuery } from '../../shared/use-api-query';
import { MemberFields } from './MemberFields';

interface Values {
  position: MilitiaPosition;
  startedOn: Dayjs;
  volunteer: boolean;
  partyMember: boolean;
  youthUnion: boolean;
  notes?: string;
}

const t = vi.militia.member;
const SEARCH_DELAY_MS = 300;
const PAGE_SIZE = 6;
const FIELDS = ['position', 'startedOn', 'volunteer', 'partyMember', 'youthUnion', 'notes'] as const;

/**
 * Picks one person from the register and adds them to the unit. A refusal (age,
 * already in another unit) is shown as the core words it, in Vietnamese.
 */
export function AddMemberDialog({ unit, onClose }: { unit: MilitiaUnit; onClose(saved: boolean): void }) {
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [picked, setPicked] = useState<Person | null>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<Values>();
  const people = useApiQuery('people.list', { search, page, pageSize: PAGE_SIZE });

  useEffect(() => {
    const timer = setTimeout(() => {
      setSearch(typed);
      setPage(1);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  async function submit(values: Values) {
    if (!picked) {
      setBanner(t.pickPerson);
      return;
    }
    setSaving(true);
    try {
      await api('militia.member.create', {
        personId: picked.id,
        unitId: unit.id,
        position: values.position,
        startedOn: toIsoDate(values.startedOn),
        volunteer: values.volunteer,
        partyMember: values.partyMember,
        youthUnion: values.youthUnion,
        notes: values.notes ?? '',
      });
      onClose(true);
    } catch (error) {
      // The person is picked in the table, not a form field: their refusal goes in the banner.
      setBanner(showApiError(form, error, FIELDS));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      width={820}
      title={format(t.addTitle, { unit: unit.name })}
      okText={t.add}
      cancelText={vi.common.cancel}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Input.Search
        autoFocus
        allowClear
        aria-label={t.searchPerson}
        placeholder={vi.people.searchPlaceholder}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        onSearch={(text) => {
          setTyped(text);
          setSearch(text);
        }}
        style={{ marginBottom: 8 }}
      />
      <Table<Person>
        rowKey="id"
        size="small"
        loading={people.loading}
        dataSource={people.data?.rows ?? []}
        locale={{ emptyText: vi.people.empty }}
        rowSelection={{
          type: 'radio',
          selectedRowKeys: picked ? [picked.id] : [],
          onChange: (_keys, rows) => {
            setPicked(rows[0] ?? null);
            setBanner(null);
          },
          getCheckboxProps: (p) => ({ 'aria-label': p.fullName }),
        }}
        onRow={(p) => ({
          onClick: () => {
            setPicked(p);
            setBanner(null);
          },
        })}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: people.data?.total ?? 0,
          onChange: setPage,
          size: 'small',
        }}
        columns={[
          { title: vi.people.fullName, dataIndex: 'fullName' },
          { title: vi.people.birthDate, key: 'birthDate', render: (_, p) => displayDate(p.birthDate) },
          { title: vi.people.sex, key: 'sex', render: (_, p) => vi.people.sexes[p.sex] },
          {
            title: vi.people.locality,
            key: 'locality',
            render: (_, p) => [p.localityName, p.localityParentName].filter(Boolean).join(', ') || vi.common.none,
          },
        ]}
      />
      <Typography.Paragraph strong={picked !== null} type={picked ? undefined : 'secondary'} style={{ marginTop: 8 }}>
        {picked ? format(t.picked, { name: `${picked.fullName} (${displayDate(picked.birthDate)})` }) : t.pickPerson}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        name="militiaMemberAdd"
        layout="vertical"
        initialValues={{
          position: 'member',
          startedOn: dayjs(),
          volunteer: false,
          partyMember: false,
          youthUnion: false,
        }}
        onKeyDown={submitOnEnter(() => form.submit())}
        onFinish={submit}
      >
        <MemberFields />
      </Form>
    </Modal>
  );
}
