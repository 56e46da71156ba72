import { Alert, Button, Card, Checkbox, Descriptions, Empty, Flex, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import type { ReserveSlot, ReserveUnit } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { ConfirmButton } from '../../shared/ConfirmButton';
import { todayIso } from '../../shared/dates';
import { useApiAction } from '../../shared/use-api-action';
import { useApiQuery } from '../../shared/use-api-query';
import { EditorButton } from '../auth/EditorButton';
import { useCan } from '../auth/session-context';
import { AssignDialog } from './AssignDialog';
import { percentText } from './reserve-labels';
import { SlotDialog } from './SlotDialog';
import { SlotMembers } from './SlotMembers';
import { UnitDialog } from './UnitDialog';

const t = vi.reserves.units;

type Dialog =
  | { kind: 'unit'; unit: ReserveUnit | null }
  | { kind: 'slot'; unit: ReserveUnit; slot: ReserveSlot | null }
  | { kind: 'assign'; unit: ReserveUnit; slot: ReserveSlot };

/** Đơn vị DBĐV: each reserve unit with its slots, fill rate and surplus; slots filled from here. */
export function UnitsTab() {
  const [includeRetired, setIncludeRetired] = useState(false);
  const units = useApiQuery('reserves.unit.list', { includeRetired });
  const specialties = useApiQuery('reserves.specialty.list', { includeRetired: true });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [generation, setGeneration] = useState(0);
  const can = useCan();

  const changed = () => {
    units.reload();
    setGeneration((g) => g + 1);
  };
  const { run: act } = useApiAction((run: () => Promise<unknown>, _done?: string) => run(), {
    success: (_result, [, done]) => done ?? vi.common.saved,
    onSettled: changed,
  });
  const close = (saved: boolean) => {
    setDialog(null);
    if (saved) changed();
  };

  return (
    <>
      <Flex justify="flex-end" gap={12} align="center" style={{ marginBottom: 12 }}>
        <Checkbox checked={includeRetired} onChange={(e) => setIncludeRetired(e.target.checked)}>
          {t.showRetired}
        </Checkbox>
        <EditorButton onClick={() => setDialog({ kind: 'unit', unit: null })}>{t.add}</EditorButton>
      </Flex>
      {units.error && <Alert type="error" showIcon title={units.error.message} />}
      {units.data?.length === 0 && <Empty description={t.empty} />}
      <Flex vertical gap={16}>
        {(units.data ?? []).map((unit) => (
          <Card
            key={unit.id}
            title={
              <Flex gap={8} align="center">
                {unit.name}
                <Tag color={unit.kind === 'combat' ? 'red' : 'blue'}>{vi.reserves.unitKinds[unit.kind]}</Tag>
                {unit.retiredOn && <Tag>{t.retiredTag}</Tag>}
              </Flex>
            }
            extra={
              !unit.retiredOn &&
              can.edit && (
                <Flex gap={8}>
                  <Button size="small" onClick={() => setDialog({ kind: 'slot', unit, slot: null })}>
                    {t.addSlot}
                  </Button>
                  <Button size="small" onClick={() => setDialog({ kind: 'unit', unit })}>
                    {vi.common.edit}
                  </Button>
                  <ConfirmButton
                    confirm={t.retireConfirm}
                    onConfirm={() =>
                      act(() =>
                        api('reserves.unit.retire', { id: unit.id, version: unit.version, retiredOn: todayIso() }),
                      )
                    }
                    size="small"
                    danger
                  >
                    {t.retire}
                  </ConfirmButton>
                </Flex>
              )
            }
          >
            <Descriptions
              size="small"
              column={5}
              items={[
                { key: 'receiving', label: t.receivingUnit, children: unit.receivingUnit || vi.common.none },
                { key: 'required', label: t.required, children: unit.required },
                { key: 'assigned', label: t.assigned, children: unit.assigned },
                { key: 'fill', label: t.fillRate, children: percentText(unit.fillRate) },
                {
                  key: 'surplus',
                  label: <Tooltip title={t.surplusHint}>{t.surplus}</Tooltip>,
                  children: `${unit.surplus} (${percentText(unit.surplusRate)})`,
                },
              ]}
            />
            <Table<ReserveSlot>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={unit.slots}
              locale={{ emptyText: t.noSlots }}
              expandable={{
                expandedRowRender: (s) => (
                  <SlotMembers key={generation} slotId={s.id} canEdit={can.edit} onChanged={changed} />
                ),
              }}
              columns={[
                { title: t.slotTitle, dataIndex: 'title' },
                { title: t.slotSpecialty, key: 'sp', render: (_, s) => `${s.specialtyCode} – ${s.specialtyName}` },
                { title: t.slotRequired, dataIndex: 'required', width: 90 },
                { title: t.slotCapacity, dataIndex: 'capacity', width: 100 },
                { title: t.assigned, dataIndex: 'assigned', width: 100 },
                { title: t.slotMatched, dataIndex: 'matched', width: 100 },
                {
                  title: vi.common.actions,
                  key: 'actions',
                  hidden: !can.edit,
                  render: (_, s) =>
                    !unit.retiredOn && (
                      <Flex gap={8}>
                        <Button
                          size="small"
                          type="primary"
                          onClick={() => setDialog({ kind: 'assign', unit, slot: s })}
                        >
                          {t.assignHere}
                        </Button>
                        <Button size="small" onClick={() => setDialog({ kind: 'slot', unit, slot: s })}>
                          {vi.common.edit}
                        </Button>
                        <ConfirmButton
                          confirm={t.deleteSlotConfirm}
                          onConfirm={() =>
                            act(() => api('reserves.slot.delete', { id: s.id, version: s.version }), t.deleted)
                          }
                          size="small"
                          danger
                        >
                          {t.deleteSlot}
                        </ConfirmButton>
                      </Flex>
                    ),
                },
              ]}
            />
          </Card>
        ))}
      </Flex>
      {dialog?.kind === 'unit' && <UnitDialog unit={dialog.unit} units={units.data ?? []} onClose={close} />}
      {dialog?.kind === 'slot' && (
        <SlotDialog unit={dialog.unit} slot={dialog.slot} specialties={specialties.data ?? []} onClose={close} />
      )}
      {dialog?.kind === 'assign' && <AssignDialog unit={dialog.unit} slot={dialog.slot} onClose={close} />}
    </>
  );
}
