import { Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Reservist } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule, requiredText } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';

const t = vi.reserves.remove;

interface Values {
  removedOn: Dayjs;
  reason: string;
}

/** Removal from the reserve list (past the age limit, moved away…), with its date and reason. */
export function RemoveDialog({ reservist, onClose }: { reservist: Reservist; onClose(changed: boolean): void }) {
  const pastAge = reservist.warnings.some((w) => w.code === 'RULE_RESERVE_PAST_AGE_LIMIT');
  const { dialog } = useFormSave(
    ['removedOn', 'reason'],
    (v: Values) =>
      api('reserves.reservist.remove', {
        id: reservist.id,
        version: reservist.version,
        removedOn: toIsoDate(v.removedOn),
        reason: v.reason,
      }),
    { success: t.done, onSuccess: () => onClose(true) },
  );

  return (
    <FormDialog
      {...dialog}
      name="reservist-remove"
      title={format(t.title, { name: reservist.fullName })}
      initialValues={{ removedOn: dayjs(), reason: pastAge ? t.ageReason : '' }}
      onCancel={() => onClose(false)}
    >
      <Typography.Paragraph type="secondary">{t.hint}</Typography.Paragraph>
      <Form.Item name="removedOn" label={t.removedOn} rules={requiredRule}>
        <DateInput allowClear={false} />
      </Form.Item>
      <Form.Item name="reason" label={t.reason} rules={requiredText}>
        <Input autoFocus maxLength={500} />
      </Form.Item>
    </FormDialog>
  );
}
