import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import type { Account } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { showApiError } from '../../shared/form-errors';

interface Values {
  displayName: string;
  username: string;
  password: string;
  passwordRepeat: string;
}

const required = [{ required: true, message: vi.common.required }];
const FIELDS = ['displayName', 'username', 'password'] as const;

/** The first run: the office's administrator, who is then logged in. */
export function SetupAdminForm({ onCreated }: { onCreated(account: Account): void }) {
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = vi.auth;

  async function submit({ displayName, username, password }: Values) {
    setBusy(true);
    setBanner(null);
    try {
      const result = await api('accounts.setupAdmin', { displayName, username, password });
      onCreated(result.account);
    } catch (e) {
      setBanner(showApiError(form, e, FIELDS));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit}>
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Form.Item name="displayName" label={t.displayName} rules={required}>
        <Input autoFocus autoComplete="name" />
      </Form.Item>
      <Form.Item name="username" label={t.username} rules={required}>
        <Input autoComplete="username" />
      </Form.Item>
      <Form.Item name="password" label={t.password} rules={required}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="passwordRepeat"
        label={t.passwordRepeat}
        dependencies={['password']}
        rules={[
          ...required,
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('password')
                ? Promise.resolve()
                : Promise.reject(new Error(t.passwordMismatch)),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} block>
        {t.setupSubmit}
      </Button>
    </Form>
  );
}
