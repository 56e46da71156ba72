import { Form, Input } from 'antd';
import type { Specialty } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { FormDialog } from '../../shared/FormDialog';
import { useApiAction } from '../../shared/use-api-action';

const t = vi.reserves.specialties;
const required = [{ required: true, whitespace: true, message: vi.common.required }];

/** Add or edit one CNQS code; a code already in the list is refused beside the field. */
export function SpecialtyDialog({
  specialty,
  onClose,
}: {
  specialty: Specialty | null;
  onClose(saved: boolean): void;
}) {
  const [form] = Form.useForm<{ code: string; name: string }>();
  const save = useApiAction(
    (values: { code: string; name: string }) =>
      specialty
        ? api('reserves.specialty.update', { id: specialty.id, version: specialty.version, ...values })
        : api('reserves.specialty.create', values),
    { form: { instance: form, fields: ['code', 'name'] }, onSuccess: () => onClose(true) },
  );

  return (
    <FormDialog
      name="specialty"
      title={specialty ? format(t.editTitle, { code: specialty.code }) : t.addTitle}
      form={form}
      banner={save.error}
      saving={save.busy}
      initialValues={specialty ?? { code: '', name: '' }}
      onSubmit={(values) => void save.run(values)}
      onCancel={() => onClose(false)}
    >
      <Form.Item name="code" label={t.code} rules={required}>
        <Input autoFocus maxLength={20} />
      </Form.Item>
      <Form.Item name="name" label={t.name} rules={required}>
        <Input maxLength={200} />
      </Form.Item>
    </FormDialog>
  );
}
