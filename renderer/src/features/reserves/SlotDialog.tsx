import { Form, Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import type { ReserveSlot, ReserveUnit, Specialty } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { showApiError } from '../../shared/form-errors';
import { FormDialog } from '../../shared/FormDialog';
import { specialtyOptions } from './reserve-labels';

const t = vi.reserves.units;
const requiredRule = [{ required: true, message: vi.common.required }];

interface Values {
  title: string;
  specialtyId: string;
  required: number;
}

interface Props {
  unit: ReserveUnit;
  slot: ReserveSlot | null;
  specialties: readonly Specialty[];
  onClose(saved: boolean): void;
}

/** Add or edit a slot of a reserve unit: a post needing a number of people of one specialty. */
export function SlotDialog({ unit, slot, specialties, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);

  async function submit(v: Values) {
    try {
      if (slot) await api('reserves.slot.update', { id: slot.id, version: slot.version, ...v });
      else await api('reserves.slot.create', { unitId: unit.id, ...v });
      onClose(true);
    } catch (error) {
      setBanner(showApiError(form, error, ['title', 'specialtyId', 'required']));
    }
  }

  return (
    <FormDialog<Values>
      name="reserve-slot"
      title={slot ? format(t.slotEditTitle, { title: slot.title }) : format(t.slotAddTitle, { unit: unit.name })}
      form={form}
      banner={banner}
      initialValues={slot ?? { title: '', required: 1 }}
      onSubmit={submit}
      onCancel={() => onClose(false)}
    >
      <Form.Item name="title" label={t.slotTitle} rules={[{ ...requiredRule[0], whitespace: true }]}>
        <Input autoFocus maxLength={200} />
      </Form.Item>
      <Form.Item name="specialtyId" label={t.slotSpecialty} rules={requiredRule}>
        <Select showSearch optionFilterProp="label" options={specialtyOptions(specialties, slot?.specialtyId)} />
      </Form.Item>
      <Form.Item name="required" label={t.slotRequired} rules={requiredRule}>
        <InputNumber min={1} max={10000} />
      </Form.Item>
    </FormDialog>
  );
}
