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
import { NewLocalityFields, newLocalityInput, type NewLocalityValues } from './NewLocalityFields';

interface AddValues extends NewLocalityValues {
  validFrom?: Dayjs | null;
}

interface AddProps {
  localities: readonly Locality[];
  onClose(changed: boolean): void;
}

export function AddLocalityDialog({ localities, onClose }: AddProps) {
  const { dialog } = useFormSave(
    ['name', 'kind', 'parentId', 'validFrom'],
    (values: AddValues) =>
      api('localities.create', {
        ...newLocalityInput(values),
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
