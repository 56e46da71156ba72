import { App, Form, Input } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { FormDialog } from '../../shared/FormDialog';
import { showApiError } from '../../shared/form-errors';

interface Values {
  currentPassword: string;
  newPassword: string;
}

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordDialog({ onClose }: { onClose(): void }) {
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  const t = vi.auth;
  const required = (field: string) => ({ required: true, message: format(t.required, { field: field.toLowerCase() }) });

  async function submit(values: Values) {
    setSaving(true);
    setBanner(null);
    try {
      await api('accounts.changeOwnPassword', values);
      void message.success(t.passwordChanged);
      onClose();
    } catch (e) {
      setBanner(showApiError(form, e, FIELDS));
    } finally {
      setSaving(false);
    }
  }

  return (
    <FormDialog<Values>
      title={t.changePassword}
      form={form}
      banner={banner}
      saving={saving}
      onSubmit={submit}
      onCancel={onClose}
    >
      <Form.Item name="currentPassword" label={t.currentPassword} rules={[required(t.currentPassword)]}>
        <Input.Password autoFocus autoComplete="current-password" />
      </Form.Item>
      <Form.Item name="newPassword" label={t.newPassword} rules={[required(t.newPassword)]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormDialog>
  );
}
