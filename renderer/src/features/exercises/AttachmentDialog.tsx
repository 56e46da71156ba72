import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { INPUT_DATE_FORMATS, toIsoDate } from '../../shared/dates';
import { showApiError } from '../../shared/form-errors';
import { FormDialog } from '../../shared/FormDialog';

interface Values {
  documentNumber: string;
  documentDate?: Dayjs | null;
  summary?: string;
}

const t = vi.exercises.attachment;
const required = [{ required: true, message: vi.common.required }];

/** A document of the exercise (plan, decision, report) recorded by its number. */
export function AttachmentDialog({ exerciseId, onClose }: { exerciseId: string; onClose(saved: boolean): void }) {
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);

  async function submit(values: Values) {
    try {
      await api('exercises.attachment.add', {
        exerciseId,
        documentNumber: values.documentNumber,
        documentDate: values.documentDate ? toIsoDate(values.documentDate) : null,
        summary: values.summary ?? '',
      });
      onClose(true);
    } catch (error) {
      setBanner(showApiError(form, error, ['documentNumber', 'documentDate', 'summary']));
    }
  }

  return (
    <FormDialog
      name="exerciseAttachment"
      title={t.title}
      form={form}
      banner={banner}
      onSubmit={submit}
      onCancel={() => onClose(false)}
    >
      <Form.Item name="documentNumber" label={t.documentNumber} rules={required}>
        <Input autoFocus placeholder={t.documentNumberPlaceholder} />
      </Form.Item>
      <Form.Item name="documentDate" label={t.documentDate}>
        <DatePicker format={INPUT_DATE_FORMATS} placeholder={vi.common.datePlaceholder} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="summary" label={t.summary}>
        <Input />
      </Form.Item>
    </FormDialog>
  );
}
