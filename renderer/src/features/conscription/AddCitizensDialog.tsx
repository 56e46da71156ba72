import { Form, Radio, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Campaign, Person, RegistrationMethod } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { SaveDialog } from '../../shared/SaveDialog';
import { PeoplePicker } from '../people/PeoplePicker';
import { RegisterPersonButton } from '../people/RegisterPersonButton';
import { usePeopleSearch } from '../people/use-people-search';
import { refusalText, type StepOutcome } from './run-steps';

interface Props {
  campaign: Campaign;
  onDone(outcome: StepOutcome | null): void;
}

const t = vi.conscription.add;
const START_STATES = ['pool', 'first_registered'] as const;
/** Art. 16 Luật NVQS as amended by Law 98/2025/QH15: in person (the usual way, so the default) or online. */
const METHODS: readonly RegistrationMethod[] = ['in_person', 'online'];

/** Picks people from the register (or registers a new one) and opens their records in this campaign. */
export function AddCitizensDialog({ campaign, onDone }: Props) {
  const search = usePeopleSearch(8);
  const [picked, setPicked] = useState<Person[]>([]);
  const [form] = Form.useForm<{
    state: (typeof START_STATES)[number];
    onDate: Dayjs | null;
    registrationMethod: RegistrationMethod;
  }>();
  const onDate = Form.useWatch('onDate', form);
  const state = Form.useWatch('state', form);
  const [saving, setSaving] = useState(false);

  async function add() {
    const values = form.getFieldsValue();
    if (picked.length === 0 || !values.onDate) return;
    setSaving(true);
    const outcome: StepOutcome = { action: t.title, done: 0, refusals: [], warnings: [], savedIds: [] };
    for (const person of picked) {
      try {
        const created = await api('conscription.record.create', {
          campaignId: campaign.id,
          personId: person.id,
          state: values.state,
          onDate: toIsoDate(values.onDate),
          // How one registered is asked only for a first registration.
          ...(values.state === 'first_registered' && { registrationMethod: values.registrationMethod }),
        });
        outcome.done += 1;
        outcome.savedIds!.push(created.id);
        for (const w of created.warnings) {
          outcome.warnings.push({ recordId: created.id, name: person.fullName, message: w.message });
        }
      } catch (error) {
        outcome.refusals.push({ recordId: person.id, name: person.fullName, message: refusalText(error) });
      }
    }
    onDone(outcome);
  }

  return (
    <SaveDialog
      width={900}
      title={t.title}
      okText={picked.length > 0 ? `${t.submit} (${picked.length})` : t.submit}
      okDisabled={picked.length === 0 || !onDate}
      banner={null}
      saving={saving}
      onSave={() => void add()}
      onCancel={() => onDone(null)}
    >
      <PeoplePicker
        search={search}
        label={t.search}
        extra={
          <RegisterPersonButton
            label={t.newPerson}
            onRegistered={(saved) => {
              setPicked((list) => [...list, saved]);
              search.people.reload();
            }}
          />
        }
        rowSelection={{
          selectedRowKeys: picked.map((p) => p.id),
          preserveSelectedRowKeys: true,
          onChange: (_keys, rows) => setPicked(rows.filter(Boolean)),
          getCheckboxProps: (p) => ({ 'aria-label': p.fullName }),
          getTitleCheckboxProps: () => ({ 'aria-label': vi.common.selectAll }),
        }}
      />
      <Typography.Paragraph style={{ marginTop: 8 }} type={picked.length ? undefined : 'secondary'}>
        {picked.length ? format(t.selected, { count: picked.length }) + ': ' : t.none}
        {picked.map((p) => (
          <Tag key={p.id} closable onClose={() => setPicked((list) => list.filter((x) => x.id !== p.id))}>
            {p.fullName}
          </Tag>
        ))}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="inline"
        name="addToCampaign"
        initialValues={{ state: 'pool', onDate: dayjs(), registrationMethod: 'in_person' }}
      >
        <Form.Item label={t.state} name="state">
          <Radio.Group options={START_STATES.map((s) => ({ value: s, label: vi.conscription.states[s] }))} />
        </Form.Item>
        <Form.Item label={t.onDate} name="onDate">
          {/* Its own width, in the inline form below the table. */}
          <DateInput allowClear={false} style={undefined} />
        </Form.Item>
        {state === 'first_registered' && (
          <Form.Item label={t.method} name="registrationMethod">
            <Radio.Group options={METHODS.map((m) => ({ value: m, label: vi.conscription.registrationMethods[m] }))} />
          </Form.Item>
        )}
      </Form>
    </SaveDialog>
  );
}
