import type { Migration } from './types';

/**
 * The office profile as dated periods, and the office's kind. Since 01/07/2025 the district military
 * commands are dissolved (Decision 2786/QĐ-BQP) and since Resolution 66.12/2026/NQ-CP the commune
 * command stands under the provincial one: an office's name, parent body and signers change on a
 * date, and a document dated before the change must still print the old ones. Each row of
 * office_profiles is now one period, in force from `valid_from` until the next period starts; the
 * existing single row becomes the first period (valid_from NULL: since the office's records begin).
 * Its kind is read from its name, as an office typed it (the program was first written for a city
 * military command, so anything unrecognised is one). `people_committee_json`: the ward/commune
 * People's Committee and its chair, for the documents the law gives to the commune chairman.
 */
export const migration0017: Migration = {
  version: 17,
  name: 'office-periods',
  up(db) {
    db.exec(`
      ALTER TABLE office_profiles ADD COLUMN valid_from TEXT;
      ALTER TABLE office_profiles ADD COLUMN kind TEXT NOT NULL DEFAULT 'city_district'
        CHECK (kind IN ('ward_commune', 'regional_defence', 'provincial', 'city_district'));
      ALTER TABLE office_profiles ADD COLUMN people_committee_json TEXT
        CHECK (people_committee_json IS NULL OR json_valid(people_committee_json));
      CREATE UNIQUE INDEX office_profiles_valid_from ON office_profiles (ifnull(valid_from, ''));
    `);
    const rows = db.prepare(`SELECT id, name FROM office_profiles`).all() as { id: string; name: string }[];
    const setKind = db.prepare(`UPDATE office_profiles SET kind = ? WHERE id = ?`);
    for (const row of rows) setKind.run(kindFromName(row.name), row.id);
  },
};

/** The kind an office's name says it is ("BAN CHQS XÃ AN PHÚ" → ward_commune). Frozen with the migration. */
export function kindFromName(name: string): string {
  // A town (thị xã) was a district-level unit: its "XÃ" is not a commune's.
  const upper = name.toLocaleUpperCase('vi').replace(/THỊ XÃ/g, 'THỊ_XÃ');
  const words = upper.split(/[\s,.–-]+/);
  if (upper.includes('PHÒNG THỦ KHU VỰC') || words.some((w) => w.startsWith('CHPTKV') || w === 'PTKV')) {
    return 'regional_defence';
  }
  if (words.includes('XÃ') || words.includes('PHƯỜNG') || upper.includes('THỊ TRẤN') || upper.includes('ĐẶC KHU')) {
    return 'ward_commune';
  }
  if (upper.startsWith('BỘ CHQS') || upper.startsWith('BỘ CHỈ HUY')) return 'provincial';
  return 'city_district';
}
