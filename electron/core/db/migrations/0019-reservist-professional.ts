import type { Migration } from './types';

const OLD_CHECK = "category TEXT NOT NULL CHECK (category IN ('officer', 'soldier'))";
const NEW_CHECK = "category TEXT NOT NULL CHECK (category IN ('officer', 'professional', 'soldier'))";

/**
 * Reserve professional soldiers (quân nhân chuyên nghiệp dự bị) become a reservist category of
 * their own (Luật Lực lượng dự bị động viên 2019): the reservists table's category CHECK gains
 * 'professional'.
 *
 * Only a CHECK is widened, which changes no stored row, so the table's text is edited in place
 * the way SQLite documents for such changes (ALTER TABLE, "Making Other Kinds Of Table Schema
 * Changes": writable_schema, then a schema_version bump). A copy-and-rename rebuild cannot run
 * here: migrations run in a transaction with foreign keys on, and dropping the old table would
 * orphan every reserve assignment for the rest of the transaction.
 */
export const migration0019: Migration = {
  version: 19,
  name: 'reservist-professional',
  up(db) {
    const table = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'reservists'").get() as
      { sql: string } | undefined;
    if (!table?.sql.includes(OLD_CHECK)) throw new Error('reservists: the category CHECK is not the expected one');
    const schemaVersion = db.pragma('schema_version', { simple: true }) as number;
    // better-sqlite3 opens connections in SQLite's defensive mode, which forbids writing the schema table.
    db.unsafeMode(true);
    db.pragma('writable_schema = ON');
    try {
      db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'reservists'").run(
        table.sql.replace(OLD_CHECK, NEW_CHECK),
      );
      db.pragma(`schema_version = ${schemaVersion + 1}`);
    } finally {
      db.pragma('writable_schema = OFF');
      db.unsafeMode(false);
    }
  },
};
