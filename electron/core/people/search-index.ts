import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { FilterClause } from '../db/where';
import { foldVietnamese } from '../shared/vietnamese-text';

/**
 * The filter (on alias `p`, for `whereClause`) for the search box, null when nothing was typed: every typed word, folded (no
 * diacritics, no case), must begin a word of the person's name, citizen ID or
 * phone ("nguyen du" finds "Nguyễn Đức"). Answered by the people_search index.
 * Only letters and digits reach the FTS query, each as a quoted prefix term,
 * and the whole query is a bound value.
 */
export function personSearchFilter(search: string): FilterClause | null {
  const words = foldVietnamese(search)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 8);
  if (words.length === 0) return null;
  return [
    'p.rowid IN (SELECT rowid FROM people_search WHERE people_search MATCH @searchQuery)',
    { searchQuery: words.map((w) => `"${w}"*`).join(' ') },
  ];
}

/** Re-indexes every person; needed after a VACUUM, which may renumber rowids. */
export function rebuildPeopleSearch(db: Database): void {
  db.transaction(() => {
    db.exec(
      `DELETE FROM people_search; INSERT INTO people_search (rowid, words) SELECT rowid, search_text FROM people;`,
    );
  })();
}
