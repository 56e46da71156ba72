import { App, DatePicker, Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { INPUT_DATE_FORMATS, toIsoDate } from '../../shared/dates';
import { showApiError } from '../../shared/form-errors';
import { FormDialog } from '../../shared/FormDialog';

const t = vi.conscription.record.toReservist;

interface Values {
  serviceTo: Dayjs | null;
  registeredOn: Dayjs;
}

/**
 * From a handed-over conscript's record to a grade-1 reservist in one step: the core copies the
 * receiving unit and the handover day; the clerk gives the discharge day and the registration day.
 */
export function ToReservistDialog({ recordId, name, onClose }: { recordId: string; name: string; onClose(): void }) {
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();

  async function submit(v: Values) {
    setSaving(true);
    try {
      await api('reserves.reservist.fromConscript', {
        recordId,
        serviceTo: v.serviceTo ? toIsoDate(v.serviceTo) : null,
        registeredOn: toIsoDate(v.registeredOn),
      });
      message.success(format(t.done, { name }));
      onClose();
    } catch (error) {
      setBanner(showApiError(form, error, ['serviceTo', 'registeredOn']));
      setSaving(false);
    }
  }

  return (
    <FormDialog<Values>
      name="to-reservist"
      title={format(t.title, { name })}
      form={form}
      banner={banner}
      saving={saving}
      initialValues={{ serviceTo: null, registeredOn: dayjs() }}
      onSubmit={submit}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{t.hint}</Typography.Paragraph>
      <Form.Item name="serviceTo" label={t.serviceTo}>
        <DatePicker format={INPUT_DATE_FORMATS} placeholder={vi.common.datePlaceholder} />
      </Form.Item>
      <Form.Item name="registeredOn" label={t.registeredOn} rules={[{ required: true, message: vi.common.required }]}>
        <DatePicker format={INPUT_DATE_FORMATS} placeholder={vi.common.datePlaceholder} allowClear={false} />
      </Form.Item>
    </FormDialog>
  );
}
