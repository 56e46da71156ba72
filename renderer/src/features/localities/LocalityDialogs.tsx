import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Locality, LocalityKind } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { INPUT_DATE_FORMATS, toIsoDate } from '../../shared/dates';
import { showApiError } from '../../shared/form-errors';
import { FormDialog } from '../../shared/FormDialog';
import { kindOptions, TOP_LEVEL_KINDS } from './locality-labels';

const required = [{ required: true, whitespace: true, message: vi.common.required }];
const datePicker = { format: INPUT_DATE_FORMATS, placeholder: vi.common.datePlaceholder, style: { width: '100%' } };

interface AddValues {
  name: string;
  kind: LocalityKind;
  parentId?: string;
  validFrom?: Dayjs | null;
}

interface AddProps {
  localities: readonly Locality[];
  onClose(changed: boolean): void;
}

export function AddLocalityDialog({ localities, onClose }: AddProps) {
  const [form] = Form.useForm<AddValues>();
  const [banner, setBanner] = useState<string | null>(null);
  const kind = Form.useWatch('kind', form);
  const needsParent = kind !== undefined && !TOP_LEVEL_KINDS.includes(kind);
  const parents = localities.filter((l) => TOP_LEVEL_KINDS.includes(l.kind) && !l.retiredOn);

  async function submit(values: AddValues) {
    try {
      await api('localities.create', {
        name: values.name,
        kind: values.kind,
        parentId: needsParent ? (values.parentId ?? null) : null,
        ...(values.validFrom ? { validFrom: toIsoDate(values.validFrom) } : {}),
      });
      onClose(true);
    } catch (error) {
      setBanner(showApiError(form, error, ['name', 'kind', 'parentId', 'validFrom']));
    }
  }

  return (
    <FormDialog
      name="locality-add"
      title={vi.localities.add}
      form={form}
      banner={banner}
      initialValues={{ kind: 'ward' }}
      onSubmit={submit}
      onCancel={() => onClose(false)}
    >
      <Form.Item name="kind" label={vi.localities.kind} rules={required}>
        <Select options={kindOptions} />
      </Form.Item>
      {needsParent && (
        <Form.Item name="parentId" label={vi.localities.parent} rules={required}>
          <Select options={parents.map((p) => ({ value: p.id, label: p.name }))} showSearch optionFilterProp="label" />
        </Form.Item>
      )}
      <Form.Item name="name" label={vi.localities.name} rules={required}>
        <Input autoFocus />
      </Form.Item>
      <Form.Item name="validFrom" label={vi.localities.validFrom}>
        <DatePicker {...datePicker} />
      </Form.Item>
    </FormDialog>
  );
}

interface RenameValues {
  name: string;
  effectiveOn: Dayjs;
}

interface RenameProps {
  locality: Locality;
  onClose(changed: boolean): void;
}

export function RenameLocalityDialog({ locality, onClose }: RenameProps) {
  const [form] = Form.useForm<RenameValues>();
  const [banner, setBanner] = useState<string | null>(null);

  async function submit(values: RenameValues) {
    try {
      await api('localities.rename', {
        id: locality.id,
        name: values.name,
        effectiveOn: toIsoDate(values.effectiveOn),
        version: locality.version,
      });
      onClose(true);
    } catch (error) {
      setBanner(showApiError(form, error, ['name', 'effectiveOn']));
    }
  }

  return (
    <FormDialog
      name="locality-rename"
      title={`${vi.localities.rename}: ${locality.name}`}
      form={form}
      banner={banner}
      onSubmit={submit}
      onCancel={() => onClose(false)}
    >
      <Form.Item name="name" label={vi.localities.newName} rules={required}>
        <Input autoFocus />
      </Form.Item>
      <Form.Item
        name="effectiveOn"
        label={vi.localities.effectiveOn}
        rules={[{ required: true, message: vi.common.required }]}
        extra={vi.localities.renameHint}
      >
        <DatePicker {...datePicker} />
      </Form.Item>
    </FormDialog>
  );
}
