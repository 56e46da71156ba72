import { Button, Checkbox, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import type { EquipmentKind } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { requiredText } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useApiQuery } from '../../shared/use-api-query';
import { useFormSave } from '../../shared/use-form-save';
import { EditorButton } from '../auth/EditorButton';
import { useCan } from '../auth/session-context';
import { ListTable } from '../../shared/ListTable';
import { savedRowClassName, useSavedRowInView } from '../../shared/use-saved-row';

const t = vi.equipment;

// The kinds are one short list read whole: nothing to measure, only the saved row to bring into view.
const NO_MEASURE = () => {};

interface Values {
  name: string;
  unit: string;
  serialTracked: boolean;
  retired: boolean;
}

const FIELDS = ['name', 'unit', 'serialTracked', 'retired'] as const;

/** Add a kind of the office, or rename one / stop tracking it (how it is tracked is fixed once created). */
function KindDialog({ kind, onClose }: { kind: EquipmentKind | null; onClose(saved: EquipmentKind | null): void }) {
  const { dialog } = useFormSave(FIELDS, save, { onSuccess: onClose, success: t.kinds.saved });
  function save(v: Values): Promise<EquipmentKind> {
    return kind
      ? api('equipment.kind.update', {
          id: kind.id,
          version: kind.version,
          name: v.name,
          unit: v.unit,
          retired: v.retired,
        })
      : api('equipment.kind.create', { name: v.name, unit: v.unit, serialTracked: v.serialTracked });
  }
  return (
    <FormDialog<Values>
      {...dialog}
      name="equipment-kind"
      width={520}
      title={kind ? format(t.kinds.editTitle, { name: kind.name }) : t.kinds.addTitle}
      initialValues={kind ?? { name: '', unit: '', serialTracked: false, retired: false }}
      onCancel={() => onClose(null)}
    >
      <Form.Item name="name" label={t.kinds.name} rules={requiredText}>
        <Input maxLength={80} autoFocus />
      </Form.Item>
      <Form.Item name="unit" label={t.kinds.unit} rules={requiredText}>
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item name="serialTracked" valuePropName="checked">
        <Checkbox disabled={kind !== null}>{t.kinds.serialTracked}</Checkbox>
      </Form.Item>
      {kind && (
        <Form.Item name="retired" valuePropName="checked">
          <Checkbox>{t.kinds.retired}</Checkbox>
        </Form.Item>
      )}
    </FormDialog>
  );
}

/** The office's vocabulary of kinds (seeded with the usual militia equipment). */
export function KindsView() {
  const kinds = useApiQuery('equipment.kinds.list', { includeRetired: true });
  const [editing, setEditing] = useState<EquipmentKind | 'new' | null>(null);
  // The kind just saved: its row is highlighted and scrolled to.
  const [savedId, setSavedId] = useState<string | null>(null);
  const wrap = useSavedRowInView(NO_MEASURE, savedId, kinds.data);
  const can = useCan();
  const columns = [
    { key: 'name', title: t.columns.kind, dataIndex: 'name' },
    { key: 'unit', title: t.columns.unit, dataIndex: 'unit' },
    {
      key: 'tracking',
      title: t.columns.tracking,
      render: (_: unknown, k: EquipmentKind) => (k.serialTracked ? t.bySerial : t.byCount),
    },
    { key: 'retired', title: '', render: (_: unknown, k: EquipmentKind) => (k.retired ? t.kinds.retiredMark : '') },
    {
      key: 'edit',
      title: '',
      render: (_: unknown, k: EquipmentKind) =>
        can.edit && (
          <Button size="small" aria-label={`${t.kinds.edit} ${k.name}`} onClick={() => setEditing(k)}>
            {t.kinds.edit}
          </Button>
        ),
    },
  ];
  return (
    <>
      <Flex style={{ marginBottom: 12 }}>
        <EditorButton onClick={() => setEditing('new')}>{t.kinds.add}</EditorButton>
      </Flex>
      <div ref={wrap}>
        <ListTable<EquipmentKind>
          unit={vi.layout.units.kinds}
          rowKey="id"
          rowClassName={savedRowClassName(savedId)}
          loading={kinds.loading}
          dataSource={kinds.data ?? []}
          columns={columns}
          locale={{ emptyText: t.kinds.empty }}
        />
      </div>
      {editing && (
        <KindDialog
          kind={editing === 'new' ? null : editing}
          onClose={(saved) => {
            setEditing(null);
            if (!saved) return;
            setSavedId(saved.id);
            kinds.reload();
          }}
        />
      )}
    </>
  );
}
