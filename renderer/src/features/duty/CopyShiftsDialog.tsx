import { Col, Form, InputNumber, Row, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { CopyShiftsResult } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { FieldCol } from '../../shared/FieldCol';
import { toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule as required } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';

interface Values {
  sourceFrom: Dayjs | null;
  days: number | null;
  targetFrom: Dayjs | null;
}

const FIELDS = ['sourceFrom', 'days', 'targetFrom'] as const;
const t = vi.duty;

interface Props {
  onClose(result: CopyShiftsResult | null): void;
}

/** "Copy last week": by default last week's Monday–Sunday onto this week. */
export function CopyShiftsDialog({ onClose }: Props) {
  const thisMonday = dayjs()
    .startOf('day')
    .subtract((dayjs().day() + 6) % 7, 'day');
  const initialValues: Values = { sourceFrom: thisMonday.subtract(7, 'day'), days: 7, targetFrom: thisMonday };

  const { dialog } = useFormSave(
    FIELDS,
    (values: { sourceFrom: Dayjs; days: number | null; targetFrom: Dayjs }) =>
      api('duty.shift.copy', {
        sourceFrom: toIsoDate(values.sourceFrom),
        targetFrom: toIsoDate(values.targetFrom),
        days: values.days ?? 7,
      }),
    { onSuccess: onClose },
  );

  const date = (name: 'sourceFrom' | 'targetFrom', autoFocus = false) => (
    <Form.Item name={name} label={t[name]} rules={required}>
      <DateInput autoFocus={autoFocus} />
    </Form.Item>
  );

  return (
    <FormDialog
      {...dialog}
      name="duty-copy"
      width={560}
      title={t.copyTitle}
      initialValues={initialValues}
      onCancel={() => onClose(null)}
    >
      <Typography.Paragraph type="secondary">{t.copyHint}</Typography.Paragraph>
      <Row gutter={12}>
        <Col span={9}>{date('sourceFrom', true)}</Col>
        <FieldCol span={6} name="days" label={t.days} rules={required}>
          <InputNumber min={1} max={31} precision={0} style={{ width: '100%' }} />
        </FieldCol>
        <Col span={9}>{date('targetFrom')}</Col>
      </Row>
    </FormDialog>
  );
}
