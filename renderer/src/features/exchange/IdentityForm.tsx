import { Alert, Button, Form, Input, Select } from 'antd';
import type { ExchangeIdentity, ExchangeOfficeKind } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { requiredRule, requiredText } from '../../shared/form-rules';
import { useFormSave } from '../../shared/use-form-save';
import { exchangeKindOptions } from './exchange-view';

const t = vi.exchange.identity;

interface Values {
  officeCode: string;
  officeName: string;
  officeKind: ExchangeOfficeKind;
}

interface Props {
  /** null: not set up yet; saving creates the key pair. */
  identity: ExchangeIdentity | null;
  /** The office profile's name and kind, proposed the first time. */
  defaults: Partial<Values>;
  readOnly: boolean;
  onSaved(identity: ExchangeIdentity): void;
}

/** The office's exchange code, name and kind; the first save also makes its signing key. */
export function IdentityForm({ identity, defaults, readOnly, onSaved }: Props) {
  const { form, dialog } = useFormSave(
    ['officeCode', 'officeName', 'officeKind'],
    (values: Values) =>
      api('exchange.identity.setup', { ...values, ...(identity ? { version: identity.version } : {}) }),
    { success: vi.common.saved, onSuccess: onSaved },
  );
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name="exchange-identity"
      disabled={readOnly}
      initialValues={identity ?? defaults}
      onFinish={dialog.onSubmit}
      style={{ maxWidth: 640 }}
    >
      {dialog.banner && <Alert type="error" showIcon title={dialog.banner} style={{ marginBottom: 12 }} />}
      <Form.Item name="officeKind" label={t.officeKind} rules={requiredRule}>
        <Select options={exchangeKindOptions} />
      </Form.Item>
      <Form.Item name="officeCode" label={t.officeCode} rules={requiredText} extra={t.officeCodeHint}>
        <Input style={{ width: 200 }} maxLength={8} />
      </Form.Item>
      <Form.Item name="officeName" label={t.officeName} rules={requiredText}>
        <Input maxLength={200} />
      </Form.Item>
      {!readOnly && (
        <Button type="primary" htmlType="submit" loading={dialog.saving}>
          {identity ? vi.common.save : t.create}
        </Button>
      )}
    </Form>
  );
}
