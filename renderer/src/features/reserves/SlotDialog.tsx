import { Form, Input, InputNumber } from 'antd';
import type { ReserveSlot, ReserveUnit, Specialty } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { requiredRule, requiredText } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { specialtyOptions } from './reserve-labels';
import { SearchSelect } from '../../shared/SearchSelect';

const t = vi.reserves.units;

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
  const { dialog } = useFormSave(
    ['title', 'specialtyId', 'required'],
    async (v: Values) => {
      if (slot) await api('reserves.slot.update', { id: slot.id, version: slot.version, ...v });
      else await api('reserves.slot.create', { unitId: unit.id, ...v });
    },
    { onSuccess: () => onClose(true) },
  );

  return (
    <FormDialog
      {...dialog}
      name="reserve-slot"
      title={slot ? format(t.slotEditTitle, { title: slot.title }) : format(t.slotAddTitle, { unit: unit.name })}
      initialValues={slot ?? { title: '', required: 1 }}
      onCancel={() => onClose(false)}
    >
      <Form.Item name="title" label={t.slotTitle} rules={requiredText}>
        <Input autoFocus maxLength={200} />
      </Form.Item>
      <Form.Item name="specialtyId" label={t.slotSpecialty} rules={requiredRule}>
        <SearchSelect options={specialtyOptions(specialties, slot?.specialtyId)} />
      </Form.Item>
      <Form.Item name="required" label={t.slotRequired} rules={requiredRule}>
        <InputNumber min={1} max={10000} />
      </Form.Item>
    </FormDialog>
  );
}
