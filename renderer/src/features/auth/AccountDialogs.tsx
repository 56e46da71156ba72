import { App, Form, Input, Select } from 'antd';
import { useState } from 'react';
import type { Account } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { FormDialog } from '../../shared/FormDialog';
import { showApiError } from '../../shared/form-errors';

type Role = Account['role'];
const roleOptions = (Object.keys(vi.auth.roles) as Role[]).map((value) => ({ value, label: vi.auth.roles[value] }));

interface AccountValues {
  displayName: string;
  username: string;
  role: Role;
  password: string;
}

const required = [{ required: true, message: vi.common.required }];

/** Adds an account, or (with `account`) changes its name and role. */
export function AccountDialog({ account, onClose }: { account?: Account; onClose(changed: boolean): void }) {
  const [form] = Form.useForm<AccountValues>();
  const [banner, setBanner] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  const t = vi.auth;

  async function submit(values: AccountValues) {
    setSaving(true);
    setBanner(null);
    try {
      const saved = account
        ? await api('accounts.update', {
            id: account.id,
            version: account.version,
            displayName: values.displayName,
            role: values.role,
          })
        : await api('accounts.create', values);
      void message.success(format(t.accounts.saved, { name: saved.displayName }));
      onClose(true);
    } catch (e) {
      setBanner(showApiError(form, e, ['displayName', 'username', 'role', 'password']));
    } finally {
      setSaving(false);
    }
  }

  return (
    <FormDialog<AccountValues>
      title={account ? t.accounts.editTitle : t.accounts.addTitle}
      form={form}
      banner={banner}
      saving={saving}
      initialValues={account ?? { role: 'officer' }}
      onSubmit={submit}
      onCancel={() => onClose(false)}
    >
      <Form.Item name="displayName" label={t.displayName} rules={required}>
        <Input autoFocus />
      </Form.Item>
      <Form.Item name="username" label={t.username} rules={required}>
        <Input disabled={account !== undefined} autoComplete="off" />
      </Form.Item>
      <Form.Item name="role" label={t.accounts.role} rules={required}>
        <Select options={roleOptions} />
      </Form.Item>
      {!account && (
        <Form.Item name="password" label={t.password} rules={required}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      )}
    </FormDialog>
  );
}

/** An administrator sets a new password (which also lifts a lock). */
export function ResetPasswordDialog({ account, onClose }: { account: Account; onClose(changed: boolean): void }) {
  const [form] = Form.useForm<{ password: string }>();
  const [banner, setBanner] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  const t = vi.auth;

  async function submit({ password }: { password: string }) {
    setSaving(true);
    setBanner(null);
    try {
      await api('accounts.resetPassword', { id: account.id, password });
      void message.success(format(t.accounts.resetDone, { name: account.displayName }));
      onClose(true);
    } catch (e) {
      setBanner(showApiError(form, e, ['password']));
    } finally {
      setSaving(false);
    }
  }

  return (
    <FormDialog<{ password: string }>
      title={format(t.accounts.resetTitle, { name: account.displayName })}
      form={form}
      banner={banner}
      saving={saving}
      onSubmit={submit}
      onCancel={() => onClose(false)}
    >
      <Form.Item name="password" label={t.newPassword} rules={required}>
        <Input.Password autoFocus autoComplete="new-password" />
      </Form.Item>
    </FormDialog>
  );
}
