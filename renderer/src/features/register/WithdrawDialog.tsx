import { Alert, Form, Input, Typography } from 'antd';
import type { RegisterEntry } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { requiredText } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { referenceText } from './register-actions';

const t = vi.register.withdraw;

interface Props {
  entry: RegisterEntry;
  /** Closed: with the entry as withdrawn, or null when cancelled. */
  onClose(withdrawn: RegisterEntry | null): void;
}

/**
 * "Thu hồi": an issued document withdrawn with its reason. The entry stays in the register marked
 * withdrawn, and its number is never given again; only the reason is asked.
 */
export function WithdrawDialog({ entry, onClose }: Props) {
  const { dialog } = useFormSave(
    ['reason'],
    (v: { reason: string }) =>
      api('documents.register.withdraw', { id: entry.id, version: entry.version, reason: v.reason }),
    {
      success: (done) => format(t.done, { reference: referenceText(done) }),
      onSuccess: (done) => onClose(done),
    },
  );
  return (
    <FormDialog
      {...dialog}
      name="withdraw"
      title={format(t.title, { reference: referenceText(entry) })}
      onCancel={() => onClose(null)}
    >
      <Typography.Paragraph>{format(t.explain, { summary: entry.summary })}</Typography.Paragraph>
      <Alert type="warning" showIcon title={t.final} style={{ marginBottom: 12 }} />
      <Form.Item name="reason" label={t.reason} rules={requiredText}>
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </FormDialog>
  );
}
