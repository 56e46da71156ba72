import type { EquipmentMovement, EquipmentMovementLine } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { optionsOf } from '../../shared/options';

const t = vi.equipment;

export const movementKindOptions = optionsOf(t.movementKinds);
export const maintenanceStateOptions = [
  { value: 'good', label: t.states.good },
  { value: 'needs_repair', label: t.states.needs_repair },
];

/** "Súng tiểu liên AK số hiệu AK-001" or "1.000 viên Đạn các loại". */
export function lineText(l: EquipmentMovementLine): string {
  return l.serial
    ? format(t.lineSerial, { kind: l.kindName, serial: l.serial })
    : format(t.lineText, { quantity: l.quantity.toLocaleString('vi-VN'), unit: l.unit, kind: l.kindName });
}

/** "Cấp phát — Trung đội cơ động". */
export function movementTitle(m: EquipmentMovement): string {
  const kind = t.movementKinds[m.kind];
  return m.holder ? `${kind} — ${m.holder.name}` : kind;
}
