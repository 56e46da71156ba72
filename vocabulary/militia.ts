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

/** Art. 11 Luật DQTV 48/2019: a decision on militia duty either defers it (khoản 1) or exempts from it (khoản 2). */
export const militiaDecisionKindLabels = { deferral: 'Tạm hoãn', exemption: 'Miễn' } as const;
export type MilitiaDecisionKind = keyof typeof militiaDecisionKindLabels;
export const militiaDecisionKinds = keysOf(militiaDecisionKindLabels);

/*
 * The cases of Art. 11, coded "<clause>-<point>". The cases' content was checked against public
 * summaries of the 2019 law (news and legal-information pages, not the gazette text). Unverified
 * [U]: the point letters of clause 1 (taken from memory of the text: a, b, c, d, e, g, h), and
 * whether clause 1 holds further cases (a spouse posted to a hard area, living away from home 3
 * months or more) — not listed here until read in the text. Clause 2's five cases are in the
 * order the summaries give them (a–đ).
 */
export const militiaDeferralPointLabels = {
  '1-a': 'Phụ nữ mang thai hoặc nuôi con dưới 36 tháng tuổi; nam giới một mình nuôi con dưới 36 tháng tuổi',
  '1-b': 'Không đủ sức khỏe thực hiện nhiệm vụ của Dân quân tự vệ',
  '1-c':
    'Có chồng hoặc vợ là sĩ quan, quân nhân chuyên nghiệp, công chức, viên chức, công nhân quốc phòng, hạ sĩ quan, binh sĩ đang phục vụ trong Quân đội',
  '1-d': 'Có chồng hoặc vợ là sĩ quan, hạ sĩ quan, chiến sĩ, công nhân công an đang phục vụ trong Công an nhân dân',
  '1-e':
    'Lao động duy nhất trong hộ nghèo, hộ cận nghèo; người trong hộ gia đình bị thiệt hại nặng về người và tài sản do tai nạn, thiên tai, dịch bệnh nguy hiểm gây ra',
  '1-g':
    'Vợ hoặc chồng, một con của thương binh, bệnh binh, người bị nhiễm chất độc da cam suy giảm khả năng lao động từ 61% đến 80%',
  '1-h':
    'Người đang học tại trường của cơ quan nhà nước, tổ chức chính trị, cơ sở giáo dục đại học, giáo dục nghề nghiệp',
} as const;
export const militiaExemptionPointLabels = {
  '2-a': 'Vợ hoặc chồng, một con của liệt sĩ',
  '2-b':
    'Vợ hoặc chồng, một con của thương binh, bệnh binh, người bị nhiễm chất độc da cam suy giảm khả năng lao động từ 81% trở lên',
  '2-c': 'Quân nhân dự bị đã được sắp xếp vào đơn vị dự bị động viên',
  '2-d':
    'Người trực tiếp nuôi dưỡng, chăm sóc Bà mẹ Việt Nam anh hùng; người trực tiếp nuôi dưỡng người suy giảm khả năng lao động từ 81% trở lên',
  '2-đ': 'Người làm công tác cơ yếu',
} as const;
export type MilitiaDeferralPoint = keyof typeof militiaDeferralPointLabels;
export type MilitiaExemptionPoint = keyof typeof militiaExemptionPointLabels;
export type MilitiaDecisionPoint = MilitiaDeferralPoint | MilitiaExemptionPoint;
export const militiaDeferralPoints = keysOf(militiaDeferralPointLabels);
export const militiaExemptionPoints = keysOf(militiaExemptionPointLabels);
export const militiaDecisionPointLabels = { ...militiaDeferralPointLabels, ...militiaExemptionPointLabels } as const;
export const militiaDecisionPoints = keysOf(militiaDecisionPointLabels);
