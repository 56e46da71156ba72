import { Col, DatePicker, Form, InputNumber, Row, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { CopyShiftsResult } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { DISPLAY_DATE_FORMAT, INPUT_DATE_FORMATS, toIsoDate } from '../../shared/dates';
import { showApiError } from '../../shared/form-errors';
import { FormDialog } from '../../shared/FormDialog';

interface Values {
  sourceFrom: Dayjs | null;
  days: number | null;
  targetFrom: Dayjs | null;
}

const FIELDS = ['sourceFrom', 'days', 'targetFrom'] as const;
const t = vi.duty;
const required = [{ required: true, message: vi.common.required }];

interface Props {
  onClose(result: CopyShiftsResult | null): void;
}

/** "Copy last week": by default last week's Monday–Sunday onto this week. */
export function CopyShiftsDialog({ onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const thisMonday = dayjs()
    .startOf('day')
    .subtract((dayjs().day() + 6) % 7, 'day');
  const initialValues: Values = { sourceFrom: thisMonday.subtract(7, 'day'), days: 7, targetFrom: thisMonday };

  async function submit(values: Values) {
    if (!values.sourceFrom || !values.targetFrom) return;
    setSaving(true);
    setBanner(null);
    try {
      const result = await api('duty.shift.copy', {
        sourceFrom: toIsoDate(values.sourceFrom),
        targetFrom: toIsoDate(values.targetFrom),
        days: values.days ?? 7,
      });
      onClose(result);
    } catch (error) {
      setBanner(showApiError(form, error, FIELDS));
    } finally {
      setSaving(false);
    }
  }

  const date = (name: 'sourceFrom' | 'targetFrom', autoFocus = false) => (
    <Form.Item name={name} label={t[name]} rules={required}>
      <DatePicker
        format={[DISPLAY_DATE_FORMAT, ...INPUT_DATE_FORMATS]}
        placeholder={vi.common.datePlaceholder}
        style={{ width: '100%' }}
        autoFocus={autoFocus}
      />
    </Form.Item>
  );

  return (
    <FormDialog
      name="duty-copy"
      width={560}
      title={t.copyTitle}
      form={form}
      banner={banner}
      saving={saving}
      initialValues={initialValues}
      onSubmit={submit}
      onCancel={() => onClose(null)}
    >
      <Typography.Paragraph type="secondary">{t.copyHint}</Typography.Paragraph>
      <Row gutter={12}>
        <Col span={9}>{date('sourceFrom', true)}</Col>
        <Col span={6}>
          <Form.Item name="days" label={t.days} rules={required}>
            <InputNumber min={1} max={31} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={9}>{date('targetFrom')}</Col>
      </Row>
    </FormDialog>
  );
}
