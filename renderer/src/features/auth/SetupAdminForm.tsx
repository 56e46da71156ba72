import { Alert, Button, Form, Input } from 'antd';
import type { Account } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { requiredRule as required } from '../../shared/form-rules';
import { useFormSave } from '../../shared/use-form-save';

interface Values {
  displayName: string;
  username: string;
  password: string;
  passwordRepeat: string;
}

const FIELDS = ['displayName', 'username', 'password'] as const;

/** The first run: the office's administrator, who is then logged in. */
export function SetupAdminForm({ onCreated }: { onCreated(account: Account): void }) {
  const t = vi.auth;
  const { form, dialog: save } = useFormSave(
    FIELDS,
    ({ displayName, username, password }: Values) => api('accounts.setupAdmin', { displayName, username, password }),
    { onSuccess: (result) => onCreated(result.account) },
  );

  return (
    <Form<Values> form={form} layout="vertical" onFinish={save.onSubmit}>
      {save.banner && <Alert type="error" showIcon title={save.banner} style={{ marginBottom: 12 }} />}
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
      <Button type="primary" htmlType="submit" loading={save.saving} block>
        {t.setupSubmit}
      </Button>
    </Form>
  );
}
