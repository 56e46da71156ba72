import { App, Button, Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ConscriptionRecordView } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { displayDate, fromIsoDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';

const t = vi.conscription.record.delivery;

/**
 * The day the call-up order reached the citizen (Luật NVQS, MIN_NOTICE_DAYS: at least 15 days
 * before the handover). The core refuses a day before the order or after the report
 * day; a late delivery is saved and its warning shown.
 */
export function OrderDeliveryDialog({
  record,
  onClose,
}: {
  record: ConscriptionRecordView;
  onClose(saved: boolean): void;
}) {
  const { message } = App.useApp();
  // "Xoá ngày nhận" saves the same way with no day.
  const { dialog } = useFormSave(
    ['deliveredOn'],
    (values: { deliveredOn: Dayjs | null }) =>
      api('conscription.record.setOrderDelivered', {
        id: record.id,
        version: record.version,
        deliveredOn: values.deliveredOn ? toIsoDate(values.deliveredOn) : null,
      }),
    {
      onSuccess: (result) => {
        for (const warning of result.warnings) message.warning(warning.message);
        onClose(true);
      },
    },
  );

  return (
    <FormDialog
      {...dialog}
      name="orderDelivery"
      title={format(t.title, { name: record.fullName })}
      initialValues={{ deliveredOn: fromIsoDate(record.orderDeliveredOn) ?? dayjs() }}
      onCancel={() => onClose(false)}
    >
      <Typography.Paragraph>
        {format(t.hint, {
          number: record.orderNumber ?? '',
          orderDate: displayDate(record.orderDate),
          reportDate: displayDate(record.reportDate),
        })}
      </Typography.Paragraph>
      <Form.Item name="deliveredOn" label={vi.conscription.record.orderDelivered} rules={requiredRule}>
        <DateInput style={{ width: 200 }} />
      </Form.Item>
      {record.orderDeliveredOn && <Button onClick={() => dialog.onSubmit({ deliveredOn: null })}>{t.clear}</Button>}
    </FormDialog>
  );
}
