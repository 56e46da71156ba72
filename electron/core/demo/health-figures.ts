import type { ExamMeasures } from '../conscription/records/schema';
import type { HealthSpecialty } from '../../../vocabulary/health-exam';
import type { Random } from './random';

/**
 * Invented exam-sheet figures for the demo's health exams: height, weight, each eye's refraction
 * (signed dioptres) and a few notes by specialty. Most young men pass Circular 68/2025/TT-BQP's
 * limits (BMI 18.0–29.9, myopia up to 1.5 D, no hyperopia); the notes the council wrote
 * (conscription-data.ts HEALTH_NOTES) get figures that agree with them.
 */

/** Figures the council's note states, so the sheet and the note never disagree. */
const FROM_NOTE: Record<string, Partial<ExamMeasures>> = {
  'Cao 158 cm, nặng 46 kg': { heightCm: 158, weightKg: 46 },
  'Cận thị 1,0 D mắt phải': { refractionRight: -1, refractionLeft: 0 },
  'Cận thị 2,5 D hai mắt': { refractionRight: -2.5, refractionLeft: -2.5 },
  'Thiếu cân: BMI 17,4': { heightCm: 165, weightKg: 47.4 },
  'Cận thị 5,0 D hai mắt': { refractionRight: -5, refractionLeft: -5 },
};

const SPECIALTY_NOTES: ReadonlyArray<readonly [HealthSpecialty, string]> = [
  ['internal', 'Mạch 76 l/ph, huyết áp 120/70 mmHg'],
  ['surgery', 'Sẹo cũ cẳng chân phải, không ảnh hưởng vận động'],
  ['eyes', 'Thị lực 10/10 hai mắt'],
  ['ent', 'Viêm mũi dị ứng nhẹ'],
  ['dental', 'Sâu răng R36'],
  ['skin', 'Nấm da vùng lưng'],
];

/** A refraction as an optometrist writes it: mostly none, some mild myopia up to 1.5 D. */
function refraction(rng: Random): number {
  const roll = rng.next();
  if (roll < 0.72) return 0;
  return -0.25 * rng.int(1, roll < 0.92 ? 4 : 6);
}

/**
 * One citizen's sheet. `rng` is the exams' own stream (not the campaign's), so adding the figures
 * changed nothing else the demo draws.
 */
export function examFigures(rng: Random, healthNote: string): ExamMeasures {
  const heightCm = rng.int(160, 178);
  const bmi = 18.6 + rng.next() * 6.4;
  const weightKg = Math.round((bmi * heightCm * heightCm) / 1_000) / 10;
  const specialtyNotes: ExamMeasures['specialtyNotes'] = {};
  for (const [specialty, note] of SPECIALTY_NOTES) if (rng.chance(0.12)) specialtyNotes[specialty] = note;
  return {
    heightCm,
    weightKg,
    refractionRight: refraction(rng),
    refractionLeft: refraction(rng),
    specialtyNotes,
    ...FROM_NOTE[healthNote],
  };
}

/**
 * Figures that fail point c clause 3 Art. 4 Circular 68/2025/TT-BQP (and passed the texts before
 * it): a thin young man (BMI 17.8) and a short-sighted one (2.0 D in the right eye). In a campaign
 * handed over before 01/07/2025 they are called up as usual; after it, not into the Army.
 */
export const OUTSIDE_CIRCULAR_68: readonly ExamMeasures[] = [
  {
    heightCm: 168,
    weightKg: 50.2,
    refractionRight: 0,
    refractionLeft: 0,
    specialtyNotes: { internal: 'Thể trạng gầy, BMI 17,8' },
  },
  {
    heightCm: 171,
    weightKg: 63,
    refractionRight: -2,
    refractionLeft: -1,
    specialtyNotes: { eyes: 'Cận thị 2,0 D mắt phải, 1,0 D mắt trái' },
  },
];
