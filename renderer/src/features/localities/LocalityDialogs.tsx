import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Locality, LocalityKind } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { INPUT_DATE_FORMATS, toIsoDate } from '../../shared/dates';
import { showApiError } from '../../shared/form-errors';
import { submitOnEnter } from '../../shared/submit-on-enter';
import { kindOptions, TOP_LEVEL_KINDS } from './locality-labels';

const required = [{ required: true, whitespace: true, message: vi.common.required }];
const dateFormat = { format: INPUT_DATE_FORMATS, placeholder: vi.common.datePlaceholder, style: { width: '100%' } };

interface AddProps {
  localities: readonly Locality[];
  onClose(changed: boolean): void;
}

export function AddLocalityDialog({ localities, onClose }: AddProps) {
  const [form] = Form.useForm<{ name: string; kind: LocalityKind; parentId?: string; validFrom?: Dayjs }>();
  const [banner, setBanner] = useState<string | null>(null);
  const kind = Form.useWatch('kind', form);
  const needsParent = kind !== undefined && !TOP_LEVEL_KINDS.includes(kind);
  const parents = localities.filter((l) => TOP_LEVEL_KINDS.includes(l.kind) && !l.retiredOn);

  async function submit() {
    const values = await form.validateFields();
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
    <Modal
      open
      title={vi.localities.add}
      okText={vi.common.save}
      cancelText={vi.common.cancel}
      onOk={submit}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Form
        name="locality-add"
        onKeyDown={submitOnEnter(() => form.submit())}
        form={form}
        layout="vertical"
        initialValues={{ kind: 'ward' }}
        onFinish={submit}
      >
        <Form.Item name="kind" label={vi.localities.kind} rules={required}>
          <Select options={kindOptions} />
        </Form.Item>
        {needsParent && (
          <Form.Item name="parentId" label={vi.localities.parent} rules={required}>
            <Select
              options={parents.map((p) => ({ value: p.id, label: p.name }))}
              showSearch
              optionFilterProp="label"
            />
          </Form.Item>
        )}
        <Form.Item name="name" label={vi.localities.name} rules={required}>
          <Input autoFocus />
        </Form.Item>
        <Form.Item name="validFrom" label={vi.localities.validFrom}>
          <DatePicker {...dateFormat} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface RenameProps {
  locality: Locality;
  onClose(changed: boolean): void;
}

export function RenameLocalityDialog({ locality, onClose }: RenameProps) {
  const [form] = Form.useForm<{ name: string; effectiveOn: Dayjs }>();
  const [banner, setBanner] = useState<string | null>(null);

  async function submit() {
    const values = await form.validateFields();
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
    <Modal
      open
      title={`${vi.localities.rename}: ${locality.name}`}
      okText={vi.common.save}
      cancelText={vi.common.cancel}
      onOk={submit}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Form
        name="locality-rename"
        onKeyDown={submitOnEnter(() => form.submit())}
        form={form}
        layout="vertical"
        onFinish={submit}
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
          <DatePicker {...dateFormat} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
