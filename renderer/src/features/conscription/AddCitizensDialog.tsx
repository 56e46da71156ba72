import { UserAddOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, Modal, Radio, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { Campaign, Person } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { displayDate, INPUT_DATE_FORMATS, toIsoDate } from '../../shared/dates';
import { useApiQuery } from '../../shared/use-api-query';
import { PersonForm } from '../people/PersonForm';
import { refusalText, type StepOutcome } from './run-steps';

interface Props {
  campaign: Campaign;
  onDone(outcome: StepOutcome | null): void;
}

const t = vi.conscription.add;
const SEARCH_DELAY_MS = 300;
const START_STATES = ['pool', 'first_registered'] as const;

/** Picks people from the register (or registers a new one) and opens their records in this campaign. */
export function AddCitizensDialog({ campaign, onDone }: Props) {
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [picked, setPicked] = useState<Person[]>([]);
  const [form] = Form.useForm<{ state: (typeof START_STATES)[number]; onDate: Dayjs | null }>();
  const onDate = Form.useWatch('onDate', form);
  const [registering, setRegistering] = useState(false);
  const [saving, setSaving] = useState(false);
  const people = useApiQuery('people.list', { search, page, pageSize: 8 });
  const localities = useApiQuery('localities.list', {});

  useEffect(() => {
    const timer = setTimeout(() => {
      setSearch(typed);
      setPage(1);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  async function add() {
    const values = form.getFieldsValue();
    if (picked.length === 0 || !values.onDate) return;
    setSaving(true);
    const outcome: StepOutcome = { action: t.title, done: 0, refusals: [], warnings: [] };
    for (const person of picked) {
      try {
        await api('conscription.record.create', {
          campaignId: campaign.id,
          personId: person.id,
          state: values.state,
          onDate: toIsoDate(values.onDate),
        });
        outcome.done += 1;
      } catch (error) {
        outcome.refusals.push({ recordId: person.id, name: person.fullName, message: refusalText(error) });
      }
    }
    onDone(outcome);
  }

  return (
    <Modal
      open
      width={900}
      title={t.title}
      okText={picked.length > 0 ? `${t.submit} (${picked.length})` : t.submit}
      okButtonProps={{ disabled: picked.length === 0 || !onDate }}
      cancelText={vi.common.cancel}
      confirmLoading={saving}
      onOk={add}
      onCancel={() => onDone(null)}
      destroyOnHidden
    >
      <Flex gap={8} style={{ marginBottom: 8 }}>
        <Input.Search
          autoFocus
          allowClear
          aria-label={t.search}
          placeholder={vi.people.searchPlaceholder}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onSearch={(text) => {
            setTyped(text);
            setSearch(text);
          }}
        />
        <Button icon={<UserAddOutlined />} onClick={() => setRegistering(true)}>
          {t.newPerson}
        </Button>
      </Flex>
      <Table<Person>
        rowKey="id"
        size="small"
        loading={people.loading}
        dataSource={people.data?.rows ?? []}
        locale={{ emptyText: vi.people.empty }}
        rowSelection={{
          selectedRowKeys: picked.map((p) => p.id),
          preserveSelectedRowKeys: true,
          onChange: (_keys, rows) => setPicked(rows.filter(Boolean)),
          getCheckboxProps: (p) => ({ 'aria-label': p.fullName }),
          getTitleCheckboxProps: () => ({ 'aria-label': vi.common.selectAll }),
        }}
        pagination={{ current: page, pageSize: 8, total: people.data?.total ?? 0, onChange: setPage, size: 'small' }}
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
      <Typography.Paragraph style={{ marginTop: 8 }} type={picked.length ? undefined : 'secondary'}>
        {picked.length ? format(t.selected, { count: picked.length }) + ': ' : t.none}
        {picked.map((p) => (
          <Tag key={p.id} closable onClose={() => setPicked((list) => list.filter((x) => x.id !== p.id))}>
            {p.fullName}
          </Tag>
        ))}
      </Typography.Paragraph>
      <Form form={form} layout="inline" name="addToCampaign" initialValues={{ state: 'pool', onDate: dayjs() }}>
        <Form.Item label={t.state} name="state">
          <Radio.Group options={START_STATES.map((s) => ({ value: s, label: vi.conscription.states[s] }))} />
        </Form.Item>
        <Form.Item label={t.onDate} name="onDate">
          <DatePicker allowClear={false} format={INPUT_DATE_FORMATS} placeholder={vi.common.datePlaceholder} />
        </Form.Item>
      </Form>
      {registering && (
        <PersonForm
          person={null}
          localities={(localities.data ?? []).filter((l) => !l.retiredOn)}
          onClose={(saved) => {
            setRegistering(false);
            if (!saved) return;
            setPicked((list) => [...list, saved]);
            people.reload();
          }}
        />
      )}
    </Modal>
  );
}
