import { Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Locality } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule, requiredText } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { needsParent } from './locality-labels';
import { NewLocalityFields, newLocalityInput, type NewLocalityValues } from './NewLocalityFields';

interface AddValues extends NewLocalityValues {
  validFrom?: Dayjs | null;
  unitCode?: string;
}

/** The national unit code of a ward/commune (5 digits, Decision 19/2025/QĐ-TTg); the core checks it is not taken. */
function UnitCodeField({ autoFocus }: { autoFocus?: boolean }) {
  return (
    <Form.Item
      name="unitCode"
      label={vi.localities.unitCode}
      extra={vi.localities.unitCodeHint}
      rules={[{ pattern: /^\d{5}$/, message: vi.localities.unitCodeInvalid }]}
    >
      <Input autoFocus={autoFocus} style={{ width: 160 }} maxLength={5} inputMode="numeric" />
    </Form.Item>
  );
}

/** Only a ward, commune or town has a unit code; a village has none. */
function AddUnitCodeField() {
  const form = Form.useFormInstance<NewLocalityValues>();
  const kind = Form.useWatch('kind', form);
  return needsParent(kind) ? null : <UnitCodeField />;
}

interface AddProps {
  localities: readonly Locality[];
  onClose(changed: boolean): void;
}

export function AddLocalityDialog({ localities, onClose }: AddProps) {
  const { dialog } = useFormSave(
    ['name', 'kind', 'parentId', 'validFrom', 'unitCode'],
    (values: AddValues) =>
      api('localities.create', {
        ...newLocalityInput(values),
        ...(values.unitCode && !needsParent(values.kind) ? { unitCode: values.unitCode } : {}),
        ...(values.validFrom ? { validFrom: toIsoDate(values.validFrom) } : {}),
      }),
    { onSuccess: () => onClose(true) },
  );

  return (
    <FormDialog
      {...dialog}
      name="locality-add"
      title={vi.localities.add}
      initialValues={{ kind: 'ward' }}
      onCancel={() => onClose(false)}
    >
      <NewLocalityFields localities={localities} />
      <AddUnitCodeField />
      <Form.Item name="validFrom" label={vi.localities.validFrom}>
        <DateInput />
      </Form.Item>
    </FormDialog>
  );
}

interface RenameValues {
  name: string;
  effectiveOn: Dayjs;
}

interface RenameProps {
  locality: Locality;
  onClose(changed: boolean): void;
}

export function RenameLocalityDialog({ locality, onClose }: RenameProps) {
  const { dialog } = useFormSave(
    ['name', 'effectiveOn'],
    (values: RenameValues) =>
      api('localities.rename', {
        id: locality.id,
        name: values.name,
        effectiveOn: toIsoDate(values.effectiveOn),
        version: locality.version,
      }),
    { onSuccess: () => onClose(true) },
  );

  return (
    <FormDialog
      {...dialog}
      name="locality-rename"
      title={`${vi.localities.rename}: ${locality.name}`}
      onCancel={() => onClose(false)}
    >
      <Form.Item name="name" label={vi.localities.newName} rules={requiredText}>
        <Input autoFocus />
      </Form.Item>
      <Form.Item
        name="effectiveOn"
        label={vi.localities.effectiveOn}
        rules={requiredRule}
        extra={vi.localities.renameHint}
      >
        <DateInput />
      </Form.Item>
    </FormDialog>
  );
}

/** "Sửa mã": sets or clears a ward/commune's national unit code. */
export function UnitCodeDialog({ locality, onClose }: RenameProps) {
  const { dialog } = useFormSave(
    ['unitCode'],
    (values: { unitCode?: string }) =>
      api('localities.update', { id: locality.id, unitCode: values.unitCode ?? '', version: locality.version }),
    { onSuccess: () => onClose(true) },
  );
  return (
    <FormDialog
      {...dialog}
      name="locality-unit-code"
      title={`${vi.localities.unitCode}: ${locality.name}`}
      initialValues={{ unitCode: locality.unitCode ?? '' }}
      onCancel={() => onClose(false)}
    >
      <UnitCodeField autoFocus />
    </FormDialog>
  );
}
