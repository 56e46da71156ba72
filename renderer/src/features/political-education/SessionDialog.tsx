import { Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { PoliticalSession, SessionKind, StandardTopic, UnitKind } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { displayDate, fromIsoDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { FieldCol } from '../../shared/FieldCol';
import { requiredRule, requiredText } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useApiQuery } from '../../shared/use-api-query';
import { useFormSave } from '../../shared/use-form-save';
import { localityOptions } from '../exercises/exercise-labels';
import { unitOptions } from '../militia/militia-labels';
import { kindOptions, topicOptions, unitKindOptions } from './labels';
import { SearchSelect } from '../../shared/SearchSelect';

interface Values {
  heldOn: Dayjs | null;
  kind: SessionKind;
  unitKind: UnitKind;
  unitId: string | null;
  unitName: string;
  standardTopic: StandardTopic | null;
  topic: string;
  presenter: string;
  planned: number | null;
  present: number | null;
  note: string;
}

const FIELDS = [
  'heldOn',
  'kind',
  'unitKind',
  'unitId',
  'unitName',
  'standardTopic',
  'topic',
  'presenter',
  'planned',
  'present',
  'note',
] as const;
const t = vi.politicalEducation;
/** The kinds of unit picked from a register (the others are named only). */
const PICKED_KINDS: readonly UnitKind[] = ['militia', 'locality'];

function valuesOf(s: PoliticalSession | null): Values {
  if (!s) {
    return {
      heldOn: dayjs(),
      kind: 'political',
      unitKind: 'militia',
      unitId: null,
      unitName: '',
      standardTopic: null,
      topic: '',
      presenter: '',
      planned: null,
      present: null,
      note: '',
    };
  }
  return { ...s, heldOn: fromIsoDate(s.heldOn) };
}

interface Props {
  session: PoliticalSession | null;
  onClose(saved: PoliticalSession | null): void;
}

/** Record a session held, or correct one: date, kind, unit, topic, presenter and attendance. */
export function SessionDialog({ session, onClose }: Props) {
  const { form, dialog } = useFormSave(FIELDS, save, { onSuccess: onClose, success: t.saved });
  const unitKind: UnitKind = Form.useWatch('unitKind', form) ?? session?.unitKind ?? 'militia';
  const units = useApiQuery('militia.unit.list', {});
  const localities = useApiQuery('localities.list', {});
  const pickable: { value: string; label: string }[] | null =
    unitKind === 'militia'
      ? unitOptions(units.data ?? [])
      : unitKind === 'locality'
        ? localityOptions(localities.data ?? [], session?.unitId)
        : null;

  function save(values: Values): Promise<PoliticalSession> {
    const fields = {
      heldOn: values.heldOn ? toIsoDate(values.heldOn) : '',
      kind: values.kind,
      unitKind: values.unitKind,
      unitId: PICKED_KINDS.includes(values.unitKind) ? (values.unitId ?? null) : null,
      unitName: values.unitName ?? '',
      standardTopic: values.standardTopic ?? null,
      topic: values.topic ?? '',
      presenter: values.presenter ?? '',
      planned: values.planned ?? 0,
      present: values.present ?? 0,
      note: values.note ?? '',
    };
    return session
      ? api('politicalEducation.session.update', { ...fields, id: session.id, version: session.version })
      : api('politicalEducation.session.create', fields);
  }

  return (
    <FormDialog<Values>
      {...dialog}
      name="political-session"
      width={760}
      title={session ? format(t.editTitle, { date: displayDate(session.heldOn) }) : t.addTitle}
      initialValues={valuesOf(session)}
      onCancel={() => onClose(null)}
      onValuesChange={(changed: Partial<Values>) => {
        // A new kind of unit starts from no pick; the staff has the office's name.
        if (changed.unitKind) {
          form.setFieldsValue({
            unitId: null,
            unitName: changed.unitKind === 'staff' ? t.staffUnit : '',
          });
        }
        if (changed.unitId) {
          const picked = pickable?.find((o) => o.value === changed.unitId);
          if (picked) form.setFieldValue('unitName', picked.label);
        }
        if (changed.standardTopic && !form.getFieldValue('topic')) {
          form.setFieldValue('topic', t.standardTopicTitles[changed.standardTopic]);
        }
      }}
    >
      <Row gutter={12}>
        <FieldCol span={6} name="heldOn" label={t.fields.heldOn} rules={requiredRule}>
          <DateInput autoFocus />
        </FieldCol>
        <FieldCol span={9} name="kind" label={t.fields.kind} rules={requiredRule}>
          <Select options={kindOptions} />
        </FieldCol>
        <FieldCol span={9} name="unitKind" label={t.fields.unitKind} rules={requiredRule}>
          <Select options={unitKindOptions} />
        </FieldCol>
      </Row>
      <Row gutter={12}>
        {pickable && (
          <FieldCol span={12} name="unitId" label={t.fields.unitId}>
            <SearchSelect allowClear placeholder={t.fields.unitIdPlaceholder} options={pickable} />
          </FieldCol>
        )}
        <FieldCol span={pickable ? 12 : 24} name="unitName" label={t.fields.unitName} rules={requiredText}>
          <Input maxLength={200} />
        </FieldCol>
      </Row>
      <Row gutter={12}>
        <FieldCol span={10} name="standardTopic" label={t.fields.standardTopic}>
          <Select allowClear placeholder={t.fields.standardTopicPlaceholder} options={topicOptions} />
        </FieldCol>
        <FieldCol span={14} name="topic" label={t.fields.topic} rules={requiredText}>
          <Input maxLength={300} />
        </FieldCol>
      </Row>
      <Row gutter={12}>
        <FieldCol span={10} name="presenter" label={t.fields.presenter}>
          <Input maxLength={120} />
        </FieldCol>
        <FieldCol span={7} name="planned" label={t.fields.planned} rules={requiredRule}>
          <InputNumber min={1} max={100000} style={{ width: '100%' }} />
        </FieldCol>
        <FieldCol span={7} name="present" label={t.fields.present} rules={requiredRule}>
          <InputNumber min={0} max={100000} style={{ width: '100%' }} />
        </FieldCol>
      </Row>
      <Form.Item name="note" label={t.fields.note}>
        <Input maxLength={500} />
      </Form.Item>
    </FormDialog>
  );
}
