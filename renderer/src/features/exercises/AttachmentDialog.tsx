import { Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';

interface Values {
  documentNumber: string;
  documentDate?: Dayjs | null;
  summary?: string;
}

const t = vi.exercises.attachment;

/** A document of the exercise (plan, decision, report) recorded by its number. */
export function AttachmentDialog({ exerciseId, onClose }: { exerciseId: string; onClose(saved: boolean): void }) {
  const { dialog } = useFormSave(
    ['documentNumber', 'documentDate', 'summary'],
    (values: Values) =>
      api('exercises.attachment.add', {
        exerciseId,
        documentNumber: values.documentNumber,
        documentDate: values.documentDate ? toIsoDate(values.documentDate) : null,
        summary: values.summary ?? '',
      }),
    { onSuccess: () => onClose(true) },
  );

  return (
    <FormDialog {...dialog} name="exerciseAttachment" title={t.title} onCancel={() => onClose(false)}>
      <Form.Item name="documentNumber" label={t.documentNumber} rules={requiredRule}>
        <Input autoFocus placeholder={t.documentNumberPlaceholder} />
      </Form.Item>
      <Form.Item name="documentDate" label={t.documentDate}>
        <DateInput style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="summary" label={t.summary}>
        <Input />
      </Form.Item>
    </FormDialog>
  );
}
