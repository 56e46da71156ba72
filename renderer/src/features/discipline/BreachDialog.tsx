import { Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type {
  BreachStatus,
  DisciplineBreach,
  DisciplineForce,
  HandlingForm,
  Person,
} from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { fromIsoDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { FieldCol } from '../../shared/FieldCol';
import { requiredRule, requiredText } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { optionsOf } from '../../shared/options';
import { useFormSave } from '../../shared/use-form-save';
import { PersonPicker } from '../staff/PersonPicker';

interface Values {
  personId: string | null;
  force: DisciplineForce;
  occurredOn: Dayjs | null;
  description: string;
  status: BreachStatus;
  form: HandlingForm | null;
  decisionNumber: string;
  handledOn: Dayjs | null;
  note: string;
}

const FIELDS = [
  'personId',
  'force',
  'occurredOn',
  'description',
  'status',
  'form',
  'decisionNumber',
  'handledOn',
  'note',
] as const;
const t = vi.discipline;
const forceOptions = optionsOf<DisciplineForce>(t.forces);
const statusOptions = optionsOf<BreachStatus>(t.statuses);
/** Militia forms have no rank demotion (Art. 48 Luật DQTV 2019); the core checks the rest. */
const formOptions = (force: DisciplineForce) =>
  optionsOf<HandlingForm>(t.forms).filter((o) => force === 'reserves' || o.value !== 'rank_demotion');

function valuesOf(b: DisciplineBreach | null): Values {
  if (!b) {
    return {
      personId: null,
      force: 'militia',
      occurredOn: null,
      description: '',
      status: 'reviewing',
      form: null,
      decisionNumber: '',
      handledOn: null,
      note: '',
    };
  }
  return { ...b, occurredOn: fromIsoDate(b.occurredOn), handledOn: fromIsoDate(b.handledOn) };
}

interface Props {
  breach: DisciplineBreach | null;
  onClose(saved: DisciplineBreach | null): void;
}

/** Record a breach of a militia member or reservist and how it was handled, or correct one. */
export function BreachDialog({ breach, onClose }: Props) {
  const { form, dialog } = useFormSave(FIELDS, save, { onSuccess: onClose, success: t.saved });
  const [picked, setPicked] = useState<Person | null>(null);
  const status: BreachStatus = Form.useWatch('status', form) ?? breach?.status ?? 'reviewing';
  const force: DisciplineForce = Form.useWatch('force', form) ?? breach?.force ?? 'militia';

  function save(values: Values): Promise<DisciplineBreach> {
    const handled = values.status === 'handled';
    const fields = {
      // A breach stays with its person: a wrong person is a new record.
      personId: breach?.personId ?? values.personId ?? '',
      force: values.force,
      occurredOn: values.occurredOn ? toIsoDate(values.occurredOn) : '',
      description: values.description ?? '',
      status: values.status,
      form: handled ? (values.form ?? null) : null,
      decisionNumber: handled ? (values.decisionNumber ?? '') : '',
      handledOn: handled && values.handledOn ? toIsoDate(values.handledOn) : null,
      note: values.note ?? '',
    };
    return breach
      ? api('discipline.breach.update', { ...fields, id: breach.id, version: breach.version })
      : api('discipline.breach.create', fields);
  }

  return (
    <FormDialog<Values>
      {...dialog}
      name="discipline-breach"
      width={760}
      title={breach ? format(t.editTitle, { name: breach.fullName }) : t.addTitle}
      initialValues={valuesOf(breach)}
      onCancel={() => onClose(null)}
    >
      <Row gutter={12}>
        {breach ? (
          <FieldCol span={12} label={t.fields.person} htmlFor="breach-person">
            <Input id="breach-person" value={breach.fullName} disabled />
          </FieldCol>
        ) : (
          <FieldCol span={12} name="personId" label={t.fields.person} rules={requiredRule}>
            <PersonPicker picked={picked} onPick={setPicked} />
          </FieldCol>
        )}
        <FieldCol span={6} name="force" label={t.fields.force} rules={requiredRule}>
          <Select options={forceOptions} />
        </FieldCol>
        <FieldCol span={6} name="occurredOn" label={t.fields.occurredOn} rules={requiredRule}>
          <DateInput />
        </FieldCol>
      </Row>
      <Form.Item name="description" label={t.fields.description} rules={requiredText}>
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 4 }} />
      </Form.Item>
      <Row gutter={12}>
        <FieldCol span={6} name="status" label={t.fields.status} rules={requiredRule}>
          <Select options={statusOptions} />
        </FieldCol>
        {status === 'handled' && (
          <>
            <FieldCol span={7} name="form" label={t.fields.form} rules={requiredRule}>
              <Select options={formOptions(force)} />
            </FieldCol>
            <FieldCol span={5} name="decisionNumber" label={t.fields.decisionNumber}>
              <Input maxLength={60} />
            </FieldCol>
            <FieldCol span={6} name="handledOn" label={t.fields.handledOn} rules={requiredRule}>
              <DateInput />
            </FieldCol>
          </>
        )}
      </Row>
      <Form.Item name="note" label={t.fields.note}>
        <Input maxLength={500} />
      </Form.Item>
    </FormDialog>
  );
}
