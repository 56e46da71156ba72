import { Form, Input, Radio, Select } from 'antd';
import type {
  Locality,
  MilitiaComponent,
  MilitiaForce,
  MilitiaLevel,
  MilitiaUnit,
  MilitiaUnitGroup,
} from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { requiredRule as required } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { liveTops } from '../localities/locality-labels';
import { componentOptions, flattenUnits, forceOptions, levelOptions } from './militia-labels';
import { SearchSelect } from '../../shared/SearchSelect';

interface Values {
  force: MilitiaForce;
  localityId?: string;
  agency?: string;
  parentId?: string | null;
  name: string;
  level: MilitiaLevel;
  component: MilitiaComponent;
  notes?: string;
}

const FIELDS = ['force', 'localityId', 'agency', 'parentId', 'name', 'level', 'component', 'notes'] as const;
const t = vi.militia.units;

interface Props {
  /** The unit being edited, or null for a new one. */
  unit: MilitiaUnit | null;
  /** For a new sub-unit: the unit it belongs to. */
  parent: MilitiaUnit | null;
  groups: readonly MilitiaUnitGroup[];
  localities: readonly Locality[];
  onClose(saved: MilitiaUnit | null): void;
}

/** Create or edit a unit: force, ward/commune or agency, parent, name, level and component. */
export function UnitDialog({ unit, parent, groups, localities, onClose }: Props) {
  const { form, dialog } = useFormSave(FIELDS, save, { onSuccess: onClose });
  const base = unit ?? parent;
  const initialValues: Partial<Values> = unit
    ? { ...unit, localityId: unit.localityId ?? undefined }
    : {
        force: parent?.force ?? 'militia',
        localityId: parent?.localityId ?? undefined,
        agency: parent?.agency ?? '',
        parentId: parent?.id ?? null,
        level: parent ? 'squad' : 'platoon',
        component: parent?.component ?? 'mobile',
        notes: '',
      };
  const force = Form.useWatch('force', form) ?? initialValues.force;
  const localityId = Form.useWatch('localityId', form) ?? initialValues.localityId;
  const agency = Form.useWatch('agency', form) ?? initialValues.agency;
  const placeFixed = base !== null;

  // Possible parents: units of the same ward/commune or agency, never the unit itself or below it.
  const excluded = new Set<string>();
  if (unit) {
    const mark = (id: string) => {
      excluded.add(id);
      for (const u of flattenUnits(groups)) if (u.parentId === id) mark(u.id);
    };
    mark(unit.id);
  }
  const parentOptions = [
    { value: null as string | null, label: t.noParent },
    ...flattenUnits(groups)
      .filter((u) => !excluded.has(u.id) && !u.retiredOn)
      .filter((u) => (force === 'militia' ? u.localityId === localityId : u.agency === agency && !u.localityId))
      .map((u) => ({ value: u.id as string | null, label: `${'— '.repeat(u.depth)}${u.name}` })),
  ];

  function save(values: Values) {
    const common = {
      parentId: values.parentId ?? null,
      name: values.name,
      level: values.level,
      component: values.component,
      notes: values.notes ?? '',
    };
    return unit
      ? api('militia.unit.update', { ...common, id: unit.id, version: unit.version })
      : api('militia.unit.create', {
          ...common,
          force: values.force,
          localityId: values.force === 'militia' ? (values.localityId ?? null) : null,
          agency: values.force === 'self_defence' ? (values.agency ?? '') : '',
        });
  }

  return (
    <FormDialog
      {...dialog}
      name="militiaUnit"
      title={unit ? t.editTitle : t.addTitle}
      initialValues={initialValues}
      onCancel={() => onClose(null)}
    >
      <Form.Item name="force" label={t.force} rules={required}>
        <Radio.Group options={forceOptions} disabled={placeFixed} />
      </Form.Item>
      {force === 'militia' ? (
        <Form.Item name="localityId" label={t.locality} rules={required}>
          <SearchSelect
            disabled={placeFixed}
            options={liveTops(localities).map((l) => ({ value: l.id, label: l.name }))}
          />
        </Form.Item>
      ) : (
        <Form.Item name="agency" label={t.agency} rules={required}>
          <Input placeholder={t.agencyPlaceholder} disabled={placeFixed} />
        </Form.Item>
      )}
      <Form.Item name="parentId" label={t.parent}>
        <Select options={parentOptions} />
      </Form.Item>
      <Form.Item name="name" label={t.name} rules={required}>
        <Input autoFocus placeholder={t.namePlaceholder} />
      </Form.Item>
      <Form.Item name="level" label={t.level} rules={required}>
        <Select options={levelOptions} />
      </Form.Item>
      <Form.Item name="component" label={t.component} rules={required}>
        <Select options={componentOptions} />
      </Form.Item>
      <Form.Item name="notes" label={t.notes}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormDialog>
  );
}
