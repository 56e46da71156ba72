import { Alert, Button, Form, Typography } from 'antd';
import type { OfficeProfile } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { useFormSave } from '../../shared/use-form-save';
import { OfficeProfileFields } from './OfficeProfileFields';
import { emptyOfficeValues, OFFICE_FIELDS, profileInputOf, valuesOf, type OfficeValues } from './office-values';

interface Props {
  /** The period to edit (the one in force today in Cài đặt); null on first run. */
  profile: OfficeProfile | null;
  submitLabel: string;
  /** Shown to a non-administrator in Cài đặt: fields disabled, no add/remove/save (office.update is admin). */
  readOnly?: boolean;
  onSaved(profile: OfficeProfile): void;
}

/** The office's identity as printed on documents: used on first run and in Cài đặt. */
export function OfficeProfileForm({ profile, submitLabel, readOnly, onSaved }: Props) {
  const { form, dialog: save } = useFormSave(
    OFFICE_FIELDS,
    (values: OfficeValues) =>
      api('office.update', {
        ...profileInputOf(values),
        ...(profile ? { periodId: profile.id, version: profile.version } : {}),
      }),
    { success: vi.common.saved, onSuccess: onSaved },
  );

  return (
    <Form
      name="office-profile"
      form={form}
      layout="vertical"
      initialValues={profile ? valuesOf(profile) : emptyOfficeValues}
      onFinish={save.onSubmit}
      disabled={readOnly}
      style={{ maxWidth: 820 }}
    >
      {save.banner && <Alert type="error" showIcon title={save.banner} style={{ marginBottom: 16 }} />}
      {profile && (
        <Typography.Paragraph type="secondary">
          {format(vi.office.editingPeriod, {
            from: profile.validFrom ? displayDate(profile.validFrom) : vi.office.sinceStart.toLocaleLowerCase('vi'),
          })}
        </Typography.Paragraph>
      )}
      <OfficeProfileFields readOnly={readOnly} />
      {!readOnly && (
        <Button type="primary" htmlType="submit" loading={save.saving}>
          {submitLabel}
        </Button>
      )}
    </Form>
  );
}
