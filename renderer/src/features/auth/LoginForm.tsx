import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import type { Account } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';

interface Values {
  username: string;
  password: string;
}

const required = [{ required: true, message: vi.common.required }];

interface Props {
  /** Fixed when unlocking the idle lock: only that user's password is asked. */
  username?: string;
  onLoggedIn(account: Account): void;
}

/** User name and password; the server's own message (wrong, wait N seconds, locked) shown as it says it. */
export function LoginForm({ username, onLoggedIn }: Props) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = vi.auth;

  async function submit(values: Values) {
    setBusy(true);
    setError(null);
    try {
      const result = await api('accounts.login', { username: username ?? values.username, password: values.password });
      onLoggedIn(result.account);
    } catch (e) {
      setError((e as Error).message);
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ username: username ?? '' }}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Form.Item name="username" label={t.username} rules={required}>
        <Input autoComplete="username" autoFocus={!username} disabled={username !== undefined} />
      </Form.Item>
      <Form.Item name="password" label={t.password} rules={required}>
        <Input.Password autoComplete="current-password" autoFocus={username !== undefined} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} block>
        {t.login}
      </Button>
    </Form>
  );
}
