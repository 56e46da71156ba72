import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReadinessPractice, ReadinessPracticeStatus } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { fromIsoDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { optionsOf } from '../../shared/options';
import { useApiQuery } from '../../shared/use-api-query';
import { useFormSave } from '../../shared/use-form-save';
import { SearchSelect } from '../../shared/SearchSelect';

interface Values {
  holderId: string | null;
  kindId: string | null;
  status: ReadinessPracticeStatus;
  practisedOn: Dayjs | null;
  plannedAt: Dayjs | null;
  participants: number | null;
  rating: string | null;
  note: string;
}

const FIELDS = ['holderId', 'kindId', 'status', 'practisedOn', 'plannedAt', 'participants', 'rating', 'note'] as const;
const t = vi.readinessDocuments;

function valuesOf(p: ReadinessPractice | null): Values {
  if (!p)
    return {
      holderId: null,
      kindId: null,
      status: 'done',
      practisedOn: dayjs(),
      plannedAt: null,
      participants: null,
      rating: null,
      note: '',
    };
  return { ...p, practisedOn: fromIsoDate(p.practisedOn), plannedAt: fromIsoDate(p.plannedAt) };
}

interface Props {
  practice: ReadinessPractice | null;
  onClose(saved: ReadinessPractice | null): void;
}

/** Add or correct an on-the-spot practice of one of a holder's plans (planned, or held with its result). */
export function PracticeDialog({ practice, onClose }: Props) {
  const { form, dialog } = useFormSave(FIELDS, save, { onSuccess: onClose, success: t.practiceSaved });
  const holderId = Form.useWatch('holderId', form);
  const status = Form.useWatch('status', form);
  const holders = useApiQuery('readinessDocuments.holder.list', {});
  const kinds = useApiQuery('readinessDocuments.kind.list', {});
  const holder = holders.data?.find((h) => h.id === holderId);
  // Only the plans of the chosen holder's set (the core refuses another's).
  const kindOptions = (kinds.data ?? [])
    .filter(
      (k) =>
        !holder || (holder.kind === 'office' ? k.forOffice : holder.kind === 'locality' ? k.forLocality : k.forMilitia),
    )
    .map((k) => ({ value: k.id, label: k.name }));

  function save(values: Values) {
    const done = values.status === 'done';
    const fields = {
      holderId: values.holderId ?? '',
      kindId: values.kindId ?? '',
      status: values.status,
      practisedOn: values.practisedOn ? toIsoDate(values.practisedOn) : '',
      ...(values.plannedAt ? { plannedAt: toIsoDate(values.plannedAt) } : {}),
      participants: values.participants ?? null,
      rating: done ? ((values.rating ?? null) as ReadinessPractice['rating']) : null,
      note: values.note ?? '',
    };
    return practice
      ? api('readinessDocuments.practice.update', { ...fields, id: practice.id, version: practice.version })
      : api('readinessDocuments.practice.create', fields);
  }

  return (
    <FormDialog<Values>
      {...dialog}
      name="readiness-practice"
      width={680}
      title={practice ? t.editPractice : t.addPractice}
      initialValues={valuesOf(practice)}
      onCancel={() => onClose(null)}
    >
      <Row gutter={12}>
        <Col span={10}>
          <Form.Item name="holderId" label={t.fields.holder} rules={requiredRule}>
            <SearchSelect
              autoFocus
              options={(holders.data ?? []).map((h) => ({ value: h.id, label: h.name }))}
              onChange={() => form.setFieldValue('kindId', null)}
            />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item name="kindId" label={t.fields.kind} rules={requiredRule}>
            <SearchSelect options={kindOptions} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item name="status" label={t.fields.status} rules={requiredRule}>
            <Select options={optionsOf(t.statuses)} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="practisedOn" label={t.fields.practisedOn} rules={requiredRule}>
            <DateInput />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="plannedAt" label={t.fields.plannedAt}>
            <DateInput />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="participants" label={t.fields.participants}>
            <InputNumber min={0} max={100000} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      {status === 'done' && (
        <Form.Item name="rating" label={t.fields.rating}>
          <Select allowClear options={optionsOf(t.ratings)} />
        </Form.Item>
      )}
      <Form.Item name="note" label={t.fields.note}>
        <Input.TextArea maxLength={1000} rows={2} />
      </Form.Item>
    </FormDialog>
  );
}
