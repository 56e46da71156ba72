import type { Migration } from './types';

/**
 * A full-text index of people's folded names, citizen IDs and phones, so the
 * search box answers by word prefix from an index instead of scanning every
 * row with LIKE (search-as-you-type on 100,000 people). The indexed text is
 * `people.search_text`, already folded by us (đ→d, no tones), so the tokenizer
 * only splits words. Triggers keep it in step with every write to `people`.
 * Its rowids are the people rows' rowids: after a VACUUM (which may renumber
 * them) call `rebuildPeopleSearch` (people/search-index.ts).
 */
export const migration0005: Migration = {
  version: 5,
  name: 'people-search-index',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE people_search USING fts5(
        words, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3'
      );
      INSERT INTO people_search (rowid, words) SELECT rowid, search_text FROM people;
      CREATE TRIGGER people_search_insert AFTER INSERT ON people BEGIN
        INSERT INTO people_search (rowid, words) VALUES (new.rowid, new.search_text);
      END;
      CREATE TRIGGER people_search_update AFTER UPDATE OF search_text ON people BEGIN
        DELETE FROM people_search WHERE rowid = old.rowid;
        INSERT INTO people_search (rowid, words) VALUES (new.rowid, new.search_text);
      END;
      CREATE TRIGGER people_search_delete AFTER DELETE ON people BEGIN
        DELETE FROM people_search WHERE rowid = old.rowid;
      END;
    `);
  },
};
