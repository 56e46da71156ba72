import { Form, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { OfficeProfile } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { displayDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { OfficeProfileFields } from './OfficeProfileFields';
import { OFFICE_FIELDS, profileInputOf, valuesOf, type OfficeValues } from './office-values';

interface PeriodValues extends OfficeValues {
  validFrom: Dayjs;
}

/**
 * `add`: a new period from a date (the office renamed, regrouped or replaced), starting as a copy of
 * the latest so only what changed is typed. `edit`: one period as it was (its start stays; e.g. the
 * kind the upgrade read from an old office's name).
 */
export type PeriodDialogMode = { kind: 'add'; latest: OfficeProfile } | { kind: 'edit'; period: OfficeProfile };

interface Props {
  mode: PeriodDialogMode;
  onClose(changed: boolean): void;
}

export function OfficePeriodDialog({ mode, onClose }: Props) {
  const { dialog } = useFormSave(
    ['validFrom', ...OFFICE_FIELDS],
    (values: PeriodValues) =>
      mode.kind === 'add'
        ? api('office.period.create', { ...profileInputOf(values), validFrom: toIsoDate(values.validFrom) })
        : api('office.update', { ...profileInputOf(values), periodId: mode.period.id, version: mode.period.version }),
    { onSuccess: () => onClose(true) },
  );
  const source = mode.kind === 'add' ? mode.latest : mode.period;
  const from = source.validFrom ? displayDate(source.validFrom) : vi.office.sinceStart.toLocaleLowerCase('vi');
  return (
    <FormDialog
      {...dialog}
      name="office-period"
      title={mode.kind === 'add' ? vi.office.addPeriod : format(vi.office.editPeriod, { from })}
      width={860}
      initialValues={valuesOf(source)}
      onCancel={() => onClose(false)}
    >
      {mode.kind === 'add' && (
        <>
          <Form.Item name="validFrom" label={vi.office.validFrom} rules={requiredRule}>
            <DateInput autoFocus />
          </Form.Item>
          <Typography.Paragraph type="secondary">{vi.office.addPeriodHint}</Typography.Paragraph>
        </>
      )}
      <OfficeProfileFields />
    </FormDialog>
  );
}
