import { Form, Input, Typography } from 'antd';
import type { ExchangePartner, PartnerKey } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { requiredText } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { KeyFields } from './KeyFields';

const t = vi.exchange.partners;

/** "Thêm khóa mới": a partner's replacement key, typed from its new sheet. */
export function AddKeyDialog({ partner, onClose }: { partner: ExchangePartner; onClose(changed: boolean): void }) {
  const { dialog } = useFormSave(
    ['publicKey', 'fingerprint'],
    (values: { publicKey: string; fingerprint: string }) =>
      api('exchange.partners.addKey', { partnerId: partner.id, ...values }),
    { onSuccess: () => onClose(true) },
  );
  return (
    <FormDialog
      {...dialog}
      name="exchange-key-add"
      title={format(t.addKeyTitle, { name: partner.officeName })}
      width={680}
      onCancel={() => onClose(false)}
    >
      <KeyFields />
    </FormDialog>
  );
}

/** "Thu hồi khóa": bundles signed by it are refused from now on; the reason is kept. */
export function RevokeKeyDialog({ partnerKey, onClose }: { partnerKey: PartnerKey; onClose(changed: boolean): void }) {
  const { dialog } = useFormSave(
    ['reason'],
    (values: { reason: string }) =>
      api('exchange.partners.revokeKey', { keyId: partnerKey.id, reason: values.reason, version: partnerKey.version }),
    { onSuccess: () => onClose(true) },
  );
  return (
    <FormDialog
      {...dialog}
      name="exchange-key-revoke"
      title={format(t.revokeTitle, { fingerprint: partnerKey.fingerprint })}
      okText={t.revokeKey}
      onCancel={() => onClose(false)}
    >
      <Typography.Paragraph type="warning">{t.revokeHint}</Typography.Paragraph>
      <Form.Item name="reason" label={t.revokeReason} rules={requiredText}>
        <Input.TextArea autoFocus rows={2} maxLength={500} />
      </Form.Item>
    </FormDialog>
  );
}
