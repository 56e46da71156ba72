import type { Migration } from './types';

/**
 * The health exam's figures on the conscription record, which Circular 68/2025/TT-BQP (point c
 * clause 3 Art. 4) judges: height (cm), weight (kg), each eye's refraction in dioptres (signed:
 * negative = myopia, positive = hyperopia), and a short note per specialty of the exam sheet (a JSON
 * object keyed by the codes of vocabulary/health-exam.ts). Null = not recorded; exams recorded
 * before this version have none.
 */
export const migration0018: Migration = {
  version: 18,
  name: 'health-exam-measures',
  up(db) {
    db.exec(`
      ALTER TABLE conscription_records ADD COLUMN height_cm REAL CHECK (height_cm BETWEEN 100 AND 230);
      ALTER TABLE conscription_records ADD COLUMN weight_kg REAL CHECK (weight_kg BETWEEN 25 AND 250);
      ALTER TABLE conscription_records ADD COLUMN refraction_right REAL CHECK (refraction_right BETWEEN -30 AND 30);
      ALTER TABLE conscription_records ADD COLUMN refraction_left REAL CHECK (refraction_left BETWEEN -30 AND 30);
      ALTER TABLE conscription_records ADD COLUMN specialty_notes_json TEXT NOT NULL DEFAULT '{}'
        CHECK (json_valid(specialty_notes_json));
    `);
  },
};
