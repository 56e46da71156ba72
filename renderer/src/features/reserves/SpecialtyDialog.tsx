import { Form, Input } from 'antd';
import { useState } from 'react';
import type { Specialty } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { showApiError } from '../../shared/form-errors';
import { FormDialog } from '../../shared/FormDialog';

const t = vi.reserves.specialties;
const required = [{ required: true, whitespace: true, message: vi.common.required }];

/** Add or edit one CNQS code; a code already in the list is refused beside the field. */
export function SpecialtyDialog({
  specialty,
  onClose,
}: {
  specialty: Specialty | null;
  onClose(saved: boolean): void;
}) {
  const [form] = Form.useForm<{ code: string; name: string }>();
  const [banner, setBanner] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(values: { code: string; name: string }) {
    setSaving(true);
    try {
      if (specialty)
        await api('reserves.specialty.update', { id: specialty.id, version: specialty.version, ...values });
      else await api('reserves.specialty.create', values);
      onClose(true);
    } catch (error) {
      setBanner(showApiError(form, error, ['code', 'name']));
      setSaving(false);
    }
  }

  return (
    <FormDialog
      name="specialty"
      title={specialty ? format(t.editTitle, { code: specialty.code }) : t.addTitle}
      form={form}
      banner={banner}
      saving={saving}
      initialValues={specialty ?? { code: '', name: '' }}
      onSubmit={submit}
      onCancel={() => onClose(false)}
    >
      <Form.Item name="code" label={t.code} rules={required}>
        <Input autoFocus maxLength={20} />
      </Form.Item>
      <Form.Item name="name" label={t.name} rules={required}>
        <Input maxLength={200} />
      </Form.Item>
    </FormDialog>
  );
}
