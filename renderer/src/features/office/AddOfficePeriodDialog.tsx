import { Form, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { OfficeProfile } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { OfficeProfileFields } from './OfficeProfileFields';
import { OFFICE_FIELDS, profileInputOf, valuesOf, type OfficeValues } from './office-values';

interface PeriodValues extends OfficeValues {
  validFrom: Dayjs;
}

interface Props {
  /** The latest period: the new one starts as its copy, so only what changed is typed. */
  latest: OfficeProfile;
  onClose(changed: boolean): void;
}

/** A new period of the office profile from a date (the office renamed, regrouped or replaced). */
export function AddOfficePeriodDialog({ latest, onClose }: Props) {
  const { dialog } = useFormSave(
    ['validFrom', ...OFFICE_FIELDS],
    (values: PeriodValues) =>
      api('office.period.create', { ...profileInputOf(values), validFrom: toIsoDate(values.validFrom) }),
    { onSuccess: () => onClose(true) },
  );
  return (
    <FormDialog
      {...dialog}
      name="office-period-add"
      title={vi.office.addPeriod}
      width={860}
      initialValues={valuesOf(latest)}
      onCancel={() => onClose(false)}
    >
      <Form.Item name="validFrom" label={vi.office.validFrom} rules={requiredRule}>
        <DateInput autoFocus />
      </Form.Item>
      <Typography.Paragraph type="secondary">{vi.office.addPeriodHint}</Typography.Paragraph>
      <OfficeProfileFields />
    </FormDialog>
  );
}
