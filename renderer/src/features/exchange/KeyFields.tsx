import { Form, Input, Typography } from 'antd';
import { vi } from '../../messages/vi';
import { useApiQuery } from '../../shared/use-api-query';
import { useDebounced } from '../../shared/use-debounced';
import { groupHex } from './exchange-view';

const t = vi.exchange.partners;
const MONO = { fontFamily: 'Consolas, "Courier New", monospace', fontSize: 16 } as const;
const plain = (text: string | undefined) => (text ?? '').replace(/[^0-9a-z]/gi, '').toUpperCase();

/**
 * The public key and its fingerprint, both typed from the enrolment sheet, in groups of four as
 * printed. The fingerprint the program computes from the typed key is shown as the clerk types, so
 * a wrong group shows before saving (the core checks again on save).
 */
export function KeyFields() {
  const form = Form.useFormInstance<{ publicKey?: string; fingerprint?: string }>();
  const publicKey = useDebounced(Form.useWatch('publicKey', form) ?? '');
  const typedFingerprint = Form.useWatch('fingerprint', form);
  const computed = useApiQuery('exchange.partners.checkKey', { publicKey }).data?.fingerprint ?? null;
  const matches = computed !== null && plain(computed) === plain(typedFingerprint);
  return (
    <>
      <Form.Item
        name="publicKey"
        label={t.publicKey}
        rules={[{ required: true, message: t.keyRequired }]}
        normalize={(value: string) => groupHex(value, ' ', 64)}
      >
        <Input.TextArea rows={2} placeholder={t.publicKeyPlaceholder} style={MONO} spellCheck={false} />
      </Form.Item>
      <Form.Item
        name="fingerprint"
        label={t.fingerprint}
        rules={[{ required: true, message: vi.common.required }]}
        normalize={(value: string) => groupHex(value, '-', 32)}
      >
        <Input style={MONO} spellCheck={false} />
      </Form.Item>
      <div aria-live="polite" data-testid="computed-fingerprint" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t.computed}: </Typography.Text>
        {computed === null ? (
          <Typography.Text type="secondary">{t.computedPending}</Typography.Text>
        ) : (
          <>
            <Typography.Text strong style={MONO}>
              {computed}
            </Typography.Text>{' '}
            {typedFingerprint && (
              <Typography.Text type={matches ? 'success' : 'danger'}>
                {matches ? t.computedMatch : t.computedMismatch}
              </Typography.Text>
            )}
          </>
        )}
      </div>
    </>
  );
}
