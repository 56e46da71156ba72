import { Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';

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
  const { dialog } = useFormSave(
    ['serviceTo', 'registeredOn'],
    (v: Values) =>
      api('reserves.reservist.fromConscript', {
        recordId,
        serviceTo: v.serviceTo ? toIsoDate(v.serviceTo) : null,
        registeredOn: toIsoDate(v.registeredOn),
      }),
    { success: format(t.done, { name }), onSuccess: onClose },
  );

  return (
    <FormDialog
      {...dialog}
      name="to-reservist"
      title={format(t.title, { name })}
      initialValues={{ serviceTo: null, registeredOn: dayjs() }}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{t.hint}</Typography.Paragraph>
      <Form.Item name="serviceTo" label={t.serviceTo}>
        <DateInput />
      </Form.Item>
      <Form.Item name="registeredOn" label={t.registeredOn} rules={requiredRule}>
        <DateInput allowClear={false} />
      </Form.Item>
    </FormDialog>
  );
}
