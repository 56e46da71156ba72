/**
 * The reserves' fixed words (Luật Lực lượng dự bị động viên 53/2019): the three categories of
 * reservists — reserve officers, reserve professional soldiers (quân nhân chuyên nghiệp dự bị,
 * QNCN) and reserve NCOs and soldiers — their ranks (hạ sĩ quan, binh sĩ from private to senior
 * sergeant; officers from second lieutenant to colonel; QNCN from second lieutenant to senior
 * lieutenant colonel, Law 98/2015/QH13 Art. 16) and the kinds of reserve unit.
 */
import { keysOf } from './keys';

export const reservistCategoryLabels = {
  officer: 'Sĩ quan dự bị',
  professional: 'Quân nhân chuyên nghiệp dự bị',
  soldier: 'Hạ sĩ quan, binh sĩ dự bị',
} as const;
export type ReservistCategory = keyof typeof reservistCategoryLabels;
export const RESERVIST_CATEGORIES = keysOf(reservistCategoryLabels);

export const SOLDIER_RANKS = ['private_2', 'private_1', 'corporal', 'sergeant', 'senior_sergeant'] as const;
export const OFFICER_RANKS = [
  'second_lieutenant',
  'lieutenant',
  'senior_lieutenant',
  'captain',
  'major',
  'lieutenant_colonel',
  'senior_lieutenant_colonel',
  'colonel',
] as const;
/** A professional soldier's ranks: "thiếu úy QNCN" to "thượng tá QNCN" (no colonel). */
export const PROFESSIONAL_RANKS = [
  'second_lieutenant',
  'lieutenant',
  'senior_lieutenant',
  'captain',
  'major',
  'lieutenant_colonel',
  'senior_lieutenant_colonel',
] as const;
export const RANKS = [...SOLDIER_RANKS, ...OFFICER_RANKS] as const;
export type Rank = (typeof RANKS)[number];
export type OfficerRank = (typeof OFFICER_RANKS)[number];
export type ProfessionalRank = (typeof PROFESSIONAL_RANKS)[number];

export const rankLabels = {
  private_2: 'Binh nhì',
  private_1: 'Binh nhất',
  corporal: 'Hạ sĩ',
  sergeant: 'Trung sĩ',
  senior_sergeant: 'Thượng sĩ',
  second_lieutenant: 'Thiếu úy',
  lieutenant: 'Trung úy',
  senior_lieutenant: 'Thượng úy',
  captain: 'Đại úy',
  major: 'Thiếu tá',
  lieutenant_colonel: 'Trung tá',
  senior_lieutenant_colonel: 'Thượng tá',
  colonel: 'Đại tá',
} as const satisfies Record<Rank, string>;

/** A reserve unit fights (chiến đấu) or supports the fighting (bảo đảm chiến đấu); the age limits differ. */
export const reserveUnitKindLabels = { combat: 'Chiến đấu', support: 'Bảo đảm chiến đấu' } as const;
export type ReserveUnitKind = keyof typeof reserveUnitKindLabels;
export const RESERVE_UNIT_KINDS = keysOf(reserveUnitKindLabels);
