import { DatePicker, Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { MilitiaEndReason, MilitiaMember } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { INPUT_DATE_FORMATS, toIsoDate } from '../../shared/dates';
import { showApiError } from '../../shared/form-errors';
import { FormDialog } from '../../shared/FormDialog';
import { endReasonOptions } from './militia-labels';

const t = vi.militia.member;
const required = [{ required: true, message: vi.common.required }];

/** End a membership with its date (the first day out) and reason. */
export function EndMemberDialog({ member, onClose }: { member: MilitiaMember; onClose(saved: boolean): void }) {
  const [form] = Form.useForm<{ endedOn: Dayjs; endReason: MilitiaEndReason }>();
  const [banner, setBanner] = useState<string | null>(null);

  async function submit(values: { endedOn: Dayjs; endReason: MilitiaEndReason }) {
    try {
      await api('militia.member.end', {
        id: member.id,
        version: member.version,
        endedOn: toIsoDate(values.endedOn),
        endReason: values.endReason,
      });
      onClose(true);
    } catch (error) {
      setBanner(showApiError(form, error, ['endedOn', 'endReason']));
    }
  }

  return (
    <FormDialog
      name="militiaMemberEnd"
      title={format(t.endTitle, { name: member.fullName })}
      form={form}
      banner={banner}
      initialValues={{ endedOn: dayjs(), endReason: 'term_completed' }}
      onSubmit={submit}
      onCancel={() => onClose(false)}
    >
      <Form.Item name="endedOn" label={t.endedOn} rules={required}>
        <DatePicker format={INPUT_DATE_FORMATS} placeholder={vi.common.datePlaceholder} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="endReason" label={t.endReason} rules={required}>
        <Select options={endReasonOptions} />
      </Form.Item>
    </FormDialog>
  );
}
