import type { Migration } from './types';

/**
 * Covering indexes for the conscription list and the campaign dashboard (bench: 100,000 people,
 * ~33,000 records a campaign). Both join a campaign's records to their people only to learn each
 * person's ward/commune; without these, every record costs a records-row read plus a people-row
 * read (the people table is far larger than the page cache).
 * - records (campaign_id, state, person_id, branch): the state filter, the person and the branch
 *   straight from the index. It starts with the old (campaign_id, state) index, which it replaces.
 * - people (id, locality_id): a person's locality without reading the wide people row.
 */
export const migration0016: Migration = {
  version: 16,
  name: 'list-dashboard-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX conscription_records_campaign_state_person
        ON conscription_records (campaign_id, state, person_id, branch);
      DROP INDEX conscription_records_campaign_state;
      CREATE INDEX people_id_locality ON people (id, locality_id);
    `);
  },
};
