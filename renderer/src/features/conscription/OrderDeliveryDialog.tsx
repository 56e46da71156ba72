import { App, Button, DatePicker, Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ConscriptionRecordView } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { displayDate, fromIsoDate, INPUT_DATE_FORMATS, toIsoDate } from '../../shared/dates';
import { showApiError } from '../../shared/form-errors';
import { FormDialog } from '../../shared/FormDialog';

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
  const [form] = Form.useForm<{ deliveredOn: Dayjs }>();
  const [banner, setBanner] = useState<string | null>(null);
  const { message } = App.useApp();

  async function save(deliveredOn: string | null) {
    try {
      const result = await api('conscription.record.setOrderDelivered', {
        id: record.id,
        version: record.version,
        deliveredOn,
      });
      for (const warning of result.warnings) message.warning(warning.message);
      onClose(true);
    } catch (error) {
      setBanner(showApiError(form, error, ['deliveredOn']));
    }
  }

  return (
    <FormDialog
      name="orderDelivery"
      title={format(t.title, { name: record.fullName })}
      form={form}
      banner={banner}
      initialValues={{ deliveredOn: fromIsoDate(record.orderDeliveredOn) ?? dayjs() }}
      onSubmit={(values) => save(toIsoDate(values.deliveredOn))}
      onCancel={() => onClose(false)}
    >
      <Typography.Paragraph>
        {format(t.hint, {
          number: record.orderNumber ?? '',
          orderDate: displayDate(record.orderDate),
          reportDate: displayDate(record.reportDate),
        })}
      </Typography.Paragraph>
      <Form.Item
        name="deliveredOn"
        label={vi.conscription.record.orderDelivered}
        rules={[{ required: true, message: vi.common.required }]}
      >
        <DatePicker format={INPUT_DATE_FORMATS} placeholder={vi.common.datePlaceholder} style={{ width: 200 }} />
      </Form.Item>
      {record.orderDeliveredOn && <Button onClick={() => save(null)}>{t.clear}</Button>}
    </FormDialog>
  );
}
