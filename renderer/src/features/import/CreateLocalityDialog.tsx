import { Form, Input, Select } from 'antd';
import { useState } from 'react';
import type { Locality, LocalityKind } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { showApiError } from '../../shared/form-errors';
import { FormDialog } from '../../shared/FormDialog';
import { kindOptions, TOP_LEVEL_KINDS } from '../localities/locality-labels';
import type { UnknownLocality } from './import-fields';

const required = [{ required: true, whitespace: true, message: vi.common.required }];

interface Values {
  name: string;
  kind: LocalityKind;
  parentId?: string;
}

const liveTops = (localities: readonly Locality[]) =>
  localities.filter((l) => TOP_LEVEL_KINDS.includes(l.kind) && !l.retiredOn);

/** A locality named in the file can be created here when its level has somewhere to go. */
export function canCreateLocality(locality: UnknownLocality, localities: readonly Locality[]): boolean {
  return locality.field === 'commune' || liveTops(localities).length > 0;
}

/** The kind most used at that level in the office's list, so "Tổ 9" next to "Tổ 7" needs no choice. */
function likelyKind(locality: UnknownLocality, localities: readonly Locality[]): LocalityKind {
  const top = locality.field === 'commune';
  const same = localities.filter((l) => TOP_LEVEL_KINDS.includes(l.kind) === top && !l.retiredOn);
  return same[0]?.kind ?? (top ? 'commune' : 'village');
}

/** "Tạo địa bàn …" from the preview: the name the file used, its kind and (for a village) its ward. */
export function CreateLocalityDialog({
  locality,
  localities,
  onClose,
}: {
  locality: UnknownLocality;
  localities: readonly Locality[];
  onClose(created: Locality | null): void;
}) {
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const kind = Form.useWatch('kind', form);
  const needsParent = kind !== undefined && !TOP_LEVEL_KINDS.includes(kind);
  const parents = liveTops(localities);

  async function submit(values: Values) {
    setSaving(true);
    try {
      const created = await api('localities.create', {
        name: values.name,
        kind: values.kind,
        parentId: needsParent ? (values.parentId ?? null) : null,
      });
      onClose(created);
    } catch (error) {
      setBanner(showApiError(form, error, ['name', 'kind', 'parentId']));
      setSaving(false);
    }
  }

  return (
    <FormDialog
      name="import-locality"
      title={vi.import.locality.title}
      form={form}
      banner={banner}
      saving={saving}
      initialValues={{
        name: locality.name,
        kind: likelyKind(locality, localities),
        parentId: parents.length === 1 ? parents[0]!.id : undefined,
      }}
      onSubmit={(values) => void submit(values)}
      onCancel={() => onClose(null)}
    >
      <Form.Item name="kind" label={vi.localities.kind} rules={required}>
        <Select options={kindOptions} />
      </Form.Item>
      {needsParent && (
        <Form.Item name="parentId" label={vi.localities.parent} rules={required}>
          <Select options={parents.map((p) => ({ value: p.id, label: p.name }))} showSearch optionFilterProp="label" />
        </Form.Item>
      )}
      <Form.Item name="name" label={vi.localities.name} rules={required}>
        <Input autoFocus />
      </Form.Item>
    </FormDialog>
  );
}
