import { Button, Col, Form, Input, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { EquipmentMovement, EquipmentMovementKind } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { displayDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { RemoteSelect } from '../../shared/RemoteSelect';
import { useApiQuery } from '../../shared/use-api-query';
import { useFormSave } from '../../shared/use-form-save';
import { unitOptions } from '../militia/militia-labels';
import { movementKindOptions } from './equipment-labels';
import { MovementLineFields, type LineValues } from './MovementLineFields';
import { SearchSelect } from '../../shared/SearchSelect';

interface Values {
  kind: EquipmentMovementKind;
  movedOn: Dayjs | null;
  holderKind: 'unit' | 'person';
  unitId?: string;
  personId?: string;
  source?: string;
  reference?: string;
  result?: string;
  note?: string;
  lines: LineValues[];
}

const FIELDS = ['kind', 'movedOn', 'unitId', 'personId', 'source', 'reference', 'result', 'note', 'lines'] as const;
const t = vi.equipment.movementDialog;
const NEW_LINE: LineValues = { kindId: undefined, serial: '', quantity: 1, state: null };

/** One movement of the book (receive, issue, return, maintenance, write-off) with its lines; saved whole or not at all. */
export function MovementDialog({ onClose }: { onClose(saved: EquipmentMovement | null): void }) {
  const { dialog, form } = useFormSave(FIELDS, save, { onSuccess: onClose, success: t.saved });
  const kinds = useApiQuery('equipment.kinds.list', {});
  const units = useApiQuery('militia.unit.list', {});
  const kind = Form.useWatch('kind', form) as EquipmentMovementKind | undefined;
  const holderKind = Form.useWatch('holderKind', form) as Values['holderKind'] | undefined;
  const withHolder = kind === 'issue' || kind === 'return';

  function save(values: Values): Promise<EquipmentMovement> {
    const withHolder = values.kind === 'issue' || values.kind === 'return';
    const holder = withHolder ? values.holderKind : null;
    return api('equipment.movement.create', {
      kind: values.kind,
      movedOn: values.movedOn ? toIsoDate(values.movedOn) : '',
      unitId: holder === 'unit' ? (values.unitId ?? null) : null,
      personId: holder === 'person' ? (values.personId ?? null) : null,
      source: values.source ?? '',
      reference: values.reference ?? '',
      result: values.result ?? '',
      note: values.note ?? '',
      lines: (values.lines ?? []).map((l) => ({
        kindId: l.kindId ?? '',
        serial: l.serial ?? '',
        quantity: l.quantity ?? 1,
        state: values.kind === 'maintenance' ? (l.state ?? null) : null,
      })),
    });
  }

  return (
    <FormDialog<Values>
      {...dialog}
      name="equipment-movement"
      width={860}
      title={t.title}
      initialValues={{ kind: 'receive', movedOn: dayjs(), holderKind: 'unit', lines: [{ ...NEW_LINE }] }}
      onCancel={() => onClose(null)}
    >
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="kind" label={t.kind} rules={requiredRule}>
            <Select options={movementKindOptions} autoFocus />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="movedOn" label={t.movedOn} rules={requiredRule}>
            <DateInput />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="reference" label={t.reference}>
            <Input maxLength={80} />
          </Form.Item>
        </Col>
      </Row>
      {withHolder && (
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="holderKind" label={t.holderKind}>
              <Radio.Group
                options={[
                  { value: 'unit', label: t.toUnit },
                  { value: 'person', label: t.toPerson },
                ]}
              />
            </Form.Item>
          </Col>
          <Col span={16}>
            {holderKind === 'person' ? (
              <Form.Item name="personId" label={t.person} rules={requiredRule}>
                <RemoteSelect
                  method="militia.member.list"
                  input={(search) => ({ search, pageSize: 10 })}
                  options={(page) =>
                    page.rows.map((m) => ({
                      value: m.personId,
                      label: `${m.fullName} (${displayDate(m.birthDate)}) — ${m.unitName}`,
                    }))
                  }
                  placeholder={t.personPlaceholder}
                />
              </Form.Item>
            ) : (
              <Form.Item name="unitId" label={t.unit} rules={requiredRule}>
                <SearchSelect options={unitOptions(units.data ?? [])} />
              </Form.Item>
            )}
          </Col>
        </Row>
      )}
      {kind === 'receive' && (
        <Form.Item name="source" label={t.source}>
          <Input maxLength={200} />
        </Form.Item>
      )}
      {kind === 'maintenance' && (
        <Form.Item name="result" label={t.result}>
          <Input maxLength={500} />
        </Form.Item>
      )}
      <Form.List name="lines">
        {(fields, { add, remove }) => (
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend style={{ fontSize: 14, fontWeight: 600 }}>{t.lines}</legend>
            {fields.map((field, index) => (
              <MovementLineFields
                key={field.key}
                field={field}
                index={index}
                kinds={kinds.data ?? []}
                maintenance={kind === 'maintenance'}
                onRemove={fields.length > 1 ? () => remove(field.name) : undefined}
              />
            ))}
            <Button onClick={() => add({ ...NEW_LINE })}>{t.addLine}</Button>
          </fieldset>
        )}
      </Form.List>
      <Form.Item name="note" label={t.note}>
        <Input maxLength={500} />
      </Form.Item>
    </FormDialog>
  );
}
