/**
 * The militia's fixed words (Luật Dân quân tự vệ 48/2019): unit levels, forces, components,
 * positions and the reasons a membership ends. Codes are the CHECK constraints of migration 0007.
 */
import { keysOf } from './keys';

export const militiaLevelLabels = {
  team: 'Tổ',
  squad: 'Tiểu đội',
  gun_crew: 'Khẩu đội',
  boat: 'Thuyền',
  platoon: 'Trung đội',
  company: 'Đại đội',
  sea_company: 'Hải đội',
  battalion: 'Tiểu đoàn',
  sea_battalion: 'Hải đoàn',
} as const;
export type MilitiaLevel = keyof typeof militiaLevelLabels;
export const militiaLevels = keysOf(militiaLevelLabels);

export const militiaForceLabels = { militia: 'Dân quân', self_defence: 'Tự vệ' } as const;
export type MilitiaForce = keyof typeof militiaForceLabels;
export const militiaForces = keysOf(militiaForceLabels);

export const militiaComponentLabels = {
  on_the_spot: 'Tại chỗ',
  mobile: 'Cơ động',
  standing: 'Thường trực',
  sea: 'Biển',
  air_defence_artillery: 'Phòng không – pháo binh',
  reconnaissance: 'Trinh sát',
  signals: 'Thông tin',
  engineers: 'Công binh',
  chemical_defence: 'Phòng hóa',
  medical: 'Y tế',
} as const;
export type MilitiaComponent = keyof typeof militiaComponentLabels;
export const militiaComponents = keysOf(militiaComponentLabels);

export const militiaPositionLabels = {
  commander: 'Chỉ huy trưởng',
  political_officer: 'Chính trị viên',
  deputy_commander: 'Phó chỉ huy trưởng',
  deputy_political_officer: 'Phó chính trị viên',
  unit_leader: 'Chỉ huy đơn vị',
  deputy_unit_leader: 'Phó chỉ huy đơn vị',
  member: 'Chiến sĩ',
} as const;
export type MilitiaPosition = keyof typeof militiaPositionLabels;
export const militiaPositions = keysOf(militiaPositionLabels);

export const militiaEndReasonLabels = {
  term_completed: 'Hoàn thành nghĩa vụ',
  moved: 'Chuyển nơi cư trú, công tác',
  health: 'Sức khỏe',
  enlisted: 'Nhập ngũ',
  age: 'Hết tuổi',
  other: 'Lý do khác',
} as const;
export type MilitiaEndReason = keyof typeof militiaEndReasonLabels;
export const militiaEndReasons = keysOf(militiaEndReasonLabels);
