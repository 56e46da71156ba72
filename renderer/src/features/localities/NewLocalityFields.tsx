import { Form, Input, Select } from 'antd';
import type { Locality, LocalityKind } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { requiredText } from '../../shared/form-rules';
import { kindOptions, liveTops, needsParent } from './locality-labels';
import { SearchSelect } from '../../shared/SearchSelect';

/** The fields `localities.create` needs from a form: kind, the ward/commune (for a village) and name. */
export interface NewLocalityValues {
  name: string;
  kind: LocalityKind;
  parentId?: string;
}

/** The input of `localities.create` from those fields: a ward/commune has no parent, whatever was picked. */
export function newLocalityInput(values: NewLocalityValues) {
  return {
    name: values.name,
    kind: values.kind,
    parentId: needsParent(values.kind) ? (values.parentId ?? null) : null,
  };
}

/**
 * The kind, the ward/commune it belongs to (asked only for a village or residential group) and the
 * name of a new locality: in the localities panel and in the import's "Tạo địa bàn".
 */
export function NewLocalityFields({ localities }: { localities: readonly Locality[] }) {
  const form = Form.useFormInstance<NewLocalityValues>();
  const kind = Form.useWatch('kind', form);
  return (
    <>
      <Form.Item name="kind" label={vi.localities.kind} rules={requiredText}>
        <Select options={kindOptions} />
      </Form.Item>
      {needsParent(kind) && (
        <Form.Item name="parentId" label={vi.localities.parent} rules={requiredText}>
          <SearchSelect options={liveTops(localities).map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
      )}
      <Form.Item name="name" label={vi.localities.name} rules={requiredText}>
        <Input autoFocus />
      </Form.Item>
    </>
  );
}
