import { Button, Col, Form, Input, InputNumber, Row, Select, type FormListFieldData } from 'antd';
import type { EquipmentKind } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { requiredRule, requiredText } from '../../shared/form-rules';
import { maintenanceStateOptions } from './equipment-labels';
import { SearchSelect } from '../../shared/SearchSelect';

const t = vi.equipment.movementDialog;

export interface LineValues {
  kindId?: string;
  serial?: string;
  quantity?: number;
  state?: 'good' | 'needs_repair' | null;
}

interface Props {
  field: FormListFieldData;
  index: number;
  kinds: readonly EquipmentKind[];
  maintenance: boolean;
  onRemove?(): void;
}

/** One line: a kind, then the piece's serial (a serial kind) or the quantity (a counted kind). */
export function MovementLineFields({ field, index, kinds, maintenance, onRemove }: Props) {
  const n = index + 1;
  const kindId = Form.useWatch(['lines', field.name, 'kindId']) as string | undefined;
  const kind = kinds.find((k) => k.id === kindId);
  return (
    <Row gutter={12} role="group" aria-label={format(t.lineTitle, { n })} align="bottom">
      <Col span={9}>
        <Form.Item name={[field.name, 'kindId']} label={t.lineKind} rules={requiredRule}>
          <SearchSelect options={kinds.map((k) => ({ value: k.id, label: `${k.name} (${k.unit})` }))} />
        </Form.Item>
      </Col>
      <Col span={maintenance && kind?.serialTracked ? 6 : 11}>
        {kind?.serialTracked !== false ? (
          <Form.Item name={[field.name, 'serial']} label={t.serial} rules={requiredText}>
            <Input maxLength={40} />
          </Form.Item>
        ) : (
          <Form.Item
            name={[field.name, 'quantity']}
            label={format('{q} ({unit})', { q: t.quantity, unit: kind.unit })}
            rules={requiredRule}
          >
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        )}
      </Col>
      {maintenance && kind?.serialTracked && (
        <Col span={5}>
          <Form.Item name={[field.name, 'state']} label={t.state}>
            <Select allowClear options={maintenanceStateOptions} />
          </Form.Item>
        </Col>
      )}
      <Col span={4}>
        {onRemove && (
          <Form.Item>
            <Button danger type="text" onClick={onRemove}>
              {format(t.removeLine, { n })}
            </Button>
          </Form.Item>
        )}
      </Col>
    </Row>
  );
}
