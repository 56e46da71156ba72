import { Form, Input, Radio, Select } from 'antd';
import type { ReserveUnit, ReserveUnitKind } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { requiredText } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { unitKindOptions } from './reserve-labels';

const t = vi.reserves.units;

interface Values {
  name: string;
  kind: ReserveUnitKind;
  parentId?: string | null;
  receivingUnit: string;
  notes: string;
}

interface Props {
  unit: ReserveUnit | null;
  units: readonly ReserveUnit[];
  onClose(saved: boolean): void;
}

/** Add or edit a reserve unit (đơn vị DBĐV): combat or support, optionally within another. */
export function UnitDialog({ unit, units, onClose }: Props) {
  const { dialog } = useFormSave(
    ['name', 'kind', 'parentId', 'receivingUnit', 'notes'],
    async (v: Values) => {
      const fields = {
        name: v.name,
        kind: v.kind,
        parentId: v.parentId ?? null,
        receivingUnit: v.receivingUnit ?? '',
        notes: v.notes ?? '',
      };
      if (unit) await api('reserves.unit.update', { id: unit.id, version: unit.version, ...fields });
      else await api('reserves.unit.create', fields);
    },
    { onSuccess: () => onClose(true) },
  );

  return (
    <FormDialog
      {...dialog}
      name="reserve-unit"
      title={unit ? format(t.editTitle, { name: unit.name }) : t.addTitle}
      initialValues={{
        name: unit?.name ?? '',
        kind: unit?.kind ?? 'combat',
        parentId: unit?.parentId ?? null,
        receivingUnit: unit?.receivingUnit ?? '',
        notes: unit?.notes ?? '',
      }}
      onCancel={() => onClose(false)}
    >
      <Form.Item name="name" label={t.name} rules={requiredText}>
        <Input autoFocus maxLength={200} />
      </Form.Item>
      <Form.Item name="kind" label={t.kind}>
        <Radio.Group options={unitKindOptions} />
      </Form.Item>
      <Form.Item name="parentId" label={t.parent}>
        <Select
          allowClear
          options={units.filter((u) => u.id !== unit?.id).map((u) => ({ value: u.id, label: u.name }))}
        />
      </Form.Item>
      <Form.Item name="receivingUnit" label={t.receivingUnit}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="notes" label={t.notes}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormDialog>
  );
}
