import { keysOf } from './keys';

/**
 * The specialties of the military-service health exam sheet (phiếu sức khỏe NVQS, Circular
 * 105/2023/TT-BQP), each with a short note the clerk copies from the council's sheet. Codes are
 * stored (as JSON keys) and never renamed.
 */
export const healthSpecialtyLabels = {
  internal: 'Nội khoa',
  surgery: 'Ngoại khoa',
  neuro: 'Thần kinh – Tâm thần',
  eyes: 'Mắt',
  ent: 'Tai – Mũi – Họng',
  dental: 'Răng – Hàm – Mặt',
  skin: 'Da liễu',
} as const;
export type HealthSpecialty = keyof typeof healthSpecialtyLabels;
export const HEALTH_SPECIALTIES = keysOf(healthSpecialtyLabels);
