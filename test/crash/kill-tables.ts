/** The kill tests' own tables: numbered batches whose header row says how many rows the batch holds. */
export const KILL_TABLES = `
  CREATE TABLE IF NOT EXISTS kill_batches (batch INTEGER PRIMARY KEY, rows INTEGER NOT NULL) STRICT;
  CREATE TABLE IF NOT EXISTS kill_rows (
    batch INTEGER NOT NULL REFERENCES kill_batches (batch),
    seq INTEGER NOT NULL,
    payload TEXT NOT NULL,
    PRIMARY KEY (batch, seq)
  ) STRICT;
`;
