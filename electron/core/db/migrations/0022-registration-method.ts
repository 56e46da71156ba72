import type { Migration } from './types';

/**
 * How the citizen made his first military-service registration: in person or online (Art. 16 Luật
 * NVQS as amended by Law 98/2025/QH15, codes of vocabulary/conscription.ts registrationMethodLabels).
 * Null = not recorded: every record made before this version keeps null, since nobody knows it.
 */
export const migration0022: Migration = {
  version: 22,
  name: 'registration-method',
  up(db) {
    db.exec(`
      ALTER TABLE conscription_records ADD COLUMN registration_method TEXT
        CHECK (registration_method IN ('in_person', 'online'));
    `);
  },
};
