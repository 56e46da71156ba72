import { Form, type FormInstance, Typography } from 'antd';
import { bodyMassIndex, measureText } from '../../../../vocabulary/health-exam';
import { format, vi } from '../../messages/vi';

/**
 * The BMI of one row of the exam dialog, worked out as the clerk types height and weight, with the
 * core's own formula (one decimal, the figure Circular 68/2025/TT-BQP's limits are read against).
 */
export function BmiCell({ form, id, name }: { form: FormInstance; id: string; name: string }) {
  const height = Form.useWatch(['heights', id], form) as number | null | undefined;
  const weight = Form.useWatch(['weights', id], form) as number | null | undefined;
  const bmi = bodyMassIndex(height ?? null, weight ?? null);
  return (
    <Typography.Text aria-label={format(vi.conscription.health.exam.bmiFor, { name })}>
      {bmi === null ? '—' : measureText(bmi)}
    </Typography.Text>
  );
}
