import { Form, Input } from 'antd';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { requiredRule as required } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';

interface Values {
  currentPassword: string;
  newPassword: string;
}

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordDialog({ onClose }: { onClose(): void }) {
  const t = vi.auth;
  const { dialog } = useFormSave(FIELDS, (values: Values) => api('accounts.changeOwnPassword', values), {
    success: t.passwordChanged,
    onSuccess: onClose,
  });

  return (
    <FormDialog {...dialog} title={t.changePassword} onCancel={onClose}>
      <Form.Item name="currentPassword" label={t.currentPassword} rules={required}>
        <Input.Password autoFocus autoComplete="current-password" />
      </Form.Item>
      <Form.Item name="newPassword" label={t.newPassword} rules={required}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormDialog>
  );
}
