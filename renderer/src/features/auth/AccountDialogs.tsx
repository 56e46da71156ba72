import { Form, Input, Select } from 'antd';
import type { Account } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { optionsOf } from '../../shared/options';
import { requiredRule as required } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';

type Role = Account['role'];
const roleOptions = optionsOf<Role>(vi.auth.roles);

interface AccountValues {
  displayName: string;
  username: string;
  role: Role;
  password: string;
}

/** Adds an account, or (with `account`) changes its name and role. */
export function AccountDialog({ account, onClose }: { account?: Account; onClose(changed: boolean): void }) {
  const t = vi.auth;
  const { dialog } = useFormSave(
    ['displayName', 'username', 'role', 'password'],
    (values: AccountValues) =>
      account
        ? api('accounts.update', {
            id: account.id,
            version: account.version,
            displayName: values.displayName,
            role: values.role,
          })
        : api('accounts.create', values),
    { success: (saved) => format(t.accounts.saved, { name: saved.displayName }), onSuccess: () => onClose(true) },
  );

  return (
    <FormDialog
      {...dialog}
      title={account ? t.accounts.editTitle : t.accounts.addTitle}
      initialValues={account ?? { role: 'officer' }}
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
  const t = vi.auth;
  const { dialog } = useFormSave(
    ['password'],
    ({ password }: { password: string }) => api('accounts.resetPassword', { id: account.id, password }),
    { success: format(t.accounts.resetDone, { name: account.displayName }), onSuccess: () => onClose(true) },
  );

  return (
    <FormDialog
      {...dialog}
      title={format(t.accounts.resetTitle, { name: account.displayName })}
      onCancel={() => onClose(false)}
    >
      <Form.Item name="password" label={t.newPassword} rules={required}>
        <Input.Password autoFocus autoComplete="new-password" />
      </Form.Item>
    </FormDialog>
  );
}
