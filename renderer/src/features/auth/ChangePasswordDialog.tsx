import { App, Form, Input } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { FormDialog } from '../../shared/FormDialog';
import { showApiError } from '../../shared/form-errors';

interface Values {
  currentPassword: string;
  newPassword: string;
}

const required = [{ required: true, message: vi.common.required }];
const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordDialog({ onClose }: { onClose(): void }) {
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  const t = vi.auth;

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
      <Form.Item name="currentPassword" label={t.currentPassword} rules={required}>
        <Input.Password autoFocus autoComplete="current-password" />
      </Form.Item>
      <Form.Item name="newPassword" label={t.newPassword} rules={required}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormDialog>
  );
}
