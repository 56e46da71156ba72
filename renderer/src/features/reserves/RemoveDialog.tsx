import { DatePicker, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { App } from 'antd';
import { useState } from 'react';
import type { Reservist } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { INPUT_DATE_FORMATS, toIsoDate } from '../../shared/dates';
import { showApiError } from '../../shared/form-errors';
import { FormDialog } from '../../shared/FormDialog';

const t = vi.reserves.remove;

interface Values {
  removedOn: Dayjs;
  reason: string;
}

/** Removal from the reserve list (past the age limit, moved away…), with its date and reason. */
export function RemoveDialog({ reservist, onClose }: { reservist: Reservist; onClose(changed: boolean): void }) {
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);
  const { message } = App.useApp();
  const pastAge = reservist.warnings.some((w) => w.code === 'RULE_RESERVE_PAST_AGE_LIMIT');

  async function submit(v: Values) {
    try {
      await api('reserves.reservist.remove', {
        id: reservist.id,
        version: reservist.version,
        removedOn: toIsoDate(v.removedOn),
        reason: v.reason,
      });
      message.success(t.done);
      onClose(true);
    } catch (error) {
      setBanner(showApiError(form, error, ['removedOn', 'reason']));
    }
  }

  return (
    <FormDialog<Values>
      name="reservist-remove"
      title={format(t.title, { name: reservist.fullName })}
      form={form}
      banner={banner}
      initialValues={{ removedOn: dayjs(), reason: pastAge ? t.ageReason : '' }}
      onSubmit={submit}
      onCancel={() => onClose(false)}
    >
      <Typography.Paragraph type="secondary">{t.hint}</Typography.Paragraph>
      <Form.Item name="removedOn" label={t.removedOn} rules={[{ required: true, message: vi.common.required }]}>
        <DatePicker format={INPUT_DATE_FORMATS} placeholder={vi.common.datePlaceholder} allowClear={false} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t.reason}
        rules={[{ required: true, whitespace: true, message: vi.common.required }]}
      >
        <Input autoFocus maxLength={500} />
      </Form.Item>
    </FormDialog>
  );
}
