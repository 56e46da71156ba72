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

/**
 * BMI = weight (kg) / height (m)², rounded to one decimal: Circular 68/2025/TT-BQP's limits have one
 * decimal and the exam sheet records one, so 29.94 counts as 29.9 and 17.96 as 18.0. Shared here so
 * the exam dialog shows the very figure the core judges; null without both figures.
 */
export function bodyMassIndex(heightCm: number | null, weightKg: number | null): number | null {
  if (heightCm === null || weightKg === null || heightCm <= 0) return null;
  const metres = heightCm / 100;
  return Math.round((weightKg / (metres * metres)) * 10) / 10;
}

const decimal = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 2 });
/** A BMI or dioptres as the exam sheet writes them: "17,9", "2,0", "1,75" (Vietnamese decimal comma). */
export const measureText = (value: number): string => decimal.format(value);
