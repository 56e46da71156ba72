import { Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import type { ReserveUnit, ReserveUnitKind } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { showApiError } from '../../shared/form-errors';
import { FormDialog } from '../../shared/FormDialog';
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
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);

  async function submit(v: Values) {
    const fields = {
      name: v.name,
      kind: v.kind,
      parentId: v.parentId ?? null,
      receivingUnit: v.receivingUnit ?? '',
      notes: v.notes ?? '',
    };
    try {
      if (unit) await api('reserves.unit.update', { id: unit.id, version: unit.version, ...fields });
      else await api('reserves.unit.create', fields);
      onClose(true);
    } catch (error) {
      setBanner(showApiError(form, error, ['name', 'kind', 'parentId', 'receivingUnit', 'notes']));
    }
  }

  return (
    <FormDialog<Values>
      name="reserve-unit"
      title={unit ? format(t.editTitle, { name: unit.name }) : t.addTitle}
      form={form}
      banner={banner}
      initialValues={{
        name: unit?.name ?? '',
        kind: unit?.kind ?? 'combat',
        parentId: unit?.parentId ?? null,
        receivingUnit: unit?.receivingUnit ?? '',
        notes: unit?.notes ?? '',
      }}
      onSubmit={submit}
      onCancel={() => onClose(false)}
    >
      <Form.Item name="name" label={t.name} rules={[{ required: true, whitespace: true, message: vi.common.required }]}>
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
