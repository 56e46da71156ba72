import { Alert, Checkbox, Form, Input } from 'antd';
import type { ExchangeIdentity } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { requiredText } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';

const t = vi.exchange.identity;

/** "Đổi khóa": a reason, and the clerk's confirmation that the receivers must be given the new sheet. */
export function ReplaceKeyDialog({
  identity,
  onClose,
}: {
  identity: ExchangeIdentity;
  onClose(changed: boolean): void;
}) {
  const { dialog } = useFormSave(
    ['reason'],
    (values: { reason: string }) =>
      api('exchange.identity.replaceKey', { reason: values.reason, version: identity.version }),
    { success: t.replaced, onSuccess: () => onClose(true) },
  );
  return (
    <FormDialog
      {...dialog}
      name="exchange-replace-key"
      title={t.replaceTitle}
      okText={t.replaceKey}
      onCancel={() => onClose(false)}
    >
      <Alert type="warning" showIcon title={t.replaceWarning} style={{ marginBottom: 12 }} />
      <Form.Item name="reason" label={t.replaceReason} rules={requiredText}>
        <Input.TextArea autoFocus rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item
        name="confirmed"
        valuePropName="checked"
        rules={[
          {
            validator: (_, checked: boolean) =>
              checked ? Promise.resolve() : Promise.reject(new Error(vi.common.required)),
          },
        ]}
      >
        <Checkbox>{t.replaceConfirm}</Checkbox>
      </Form.Item>
    </FormDialog>
  );
}
