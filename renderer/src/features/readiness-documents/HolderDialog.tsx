import { Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReadinessHolder, ReadinessHolderKind } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule, requiredText } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useApiQuery } from '../../shared/use-api-query';
import { useFormSave } from '../../shared/use-form-save';
import { SearchSelect } from '../../shared/SearchSelect';

interface Values {
  kind: ReadinessHolderKind;
  refId: string | null;
  name: string;
  activeFrom: Dayjs | null;
}

const FIELDS = ['kind', 'refId', 'name', 'activeFrom'] as const;
const t = vi.readinessDocuments;
const KIND_OPTIONS = (['locality', 'office', 'militia_unit'] as const).map((value) => ({
  value,
  label: t.holderKinds[value],
}));

type UnitNode = { id: string; name: string; children: UnitNode[] };
/** Every unit of the militia tree, with its ward/commune or agency: "Trung đội dân quân cơ động – Phường Đức Xuân". */
function unitOptions(groups: readonly { name: string; units: UnitNode[] }[]) {
  const flat = (units: UnitNode[], group: string): { value: string; label: string }[] =>
    units.flatMap((u) => [{ value: u.id, label: `${u.name} – ${group}` }, ...flat(u.children, group)]);
  return groups.flatMap((g) => flat(g.units, g.name));
}

/** Add an agency or unit that keeps a set of readiness documents; a ward's name is proposed from it. */
export function HolderDialog({ onClose }: { onClose(saved: ReadinessHolder | null): void }) {
  const { form, dialog } = useFormSave(FIELDS, save, { onSuccess: onClose, success: t.holderSaved });
  const kind = Form.useWatch('kind', form);
  const localities = useApiQuery('localities.list', {});
  const units = useApiQuery('militia.unit.list', {});
  const options =
    kind === 'militia_unit'
      ? unitOptions(units.data ?? [])
      : (localities.data ?? [])
          .filter((l) => l.kind === 'ward' || l.kind === 'commune' || l.kind === 'town')
          .map((l) => ({ value: l.id, label: l.name }));

  function save(values: Values) {
    return api('readinessDocuments.holder.create', {
      kind: values.kind,
      refId: values.kind === 'office' ? null : (values.refId ?? null),
      name: values.name ?? '',
      ...(values.activeFrom ? { activeFrom: toIsoDate(values.activeFrom) } : {}),
    });
  }

  /** A ward's command is named from the ward ("Ban CHQS phường Đức Xuân"), a unit as listed. */
  function pick(id: string) {
    const name = options.find((o) => o.value === id)?.label ?? '';
    const lower = name.charAt(0).toLowerCase() + name.slice(1);
    form.setFieldValue('name', kind === 'militia_unit' ? name : format(t.holderNameOf, { name: lower }));
  }

  return (
    <FormDialog<Values>
      {...dialog}
      name="readiness-holder"
      width={520}
      title={t.addHolder}
      initialValues={{ kind: 'locality', refId: null, name: '', activeFrom: null }}
      onCancel={() => onClose(null)}
    >
      <Form.Item name="kind" label={t.fields.holderKind} rules={requiredRule}>
        <Select options={KIND_OPTIONS} autoFocus onChange={() => form.setFieldsValue({ refId: null, name: '' })} />
      </Form.Item>
      {kind !== 'office' && (
        <Form.Item
          name="refId"
          label={kind === 'militia_unit' ? t.fields.unit : t.fields.locality}
          rules={requiredRule}
        >
          <SearchSelect options={options} onChange={pick} />
        </Form.Item>
      )}
      <Form.Item name="name" label={t.fields.name} rules={requiredText}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="activeFrom" label={t.fields.activeFrom} extra={t.fields.activeFromHelp}>
        <DateInput style={{ width: 180 }} />
      </Form.Item>
    </FormDialog>
  );
}
