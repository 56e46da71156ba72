import type { Migration } from './types';

/**
 * The review reports (báo cáo sơ kết 6 tháng / tổng kết năm) with their saved
 * draft versions; the register of documents sent (sổ văn bản đi), each with the
 * input and data it was built from and the file itself; and the office's own
 * .docx templates per document kind. Call-up orders gain their delivery date.
 */
export const migration0011: Migration = {
  version: 11,
  name: 'reviews-register-templates',
  up(db) {
    db.exec(`
      CREATE TABLE review_reports (
        id TEXT PRIMARY KEY,
        -- 'h1', 'h2', 'year' or 'custom' (any date range).
        period_kind TEXT NOT NULL CHECK (period_kind IN ('h1', 'h2', 'year', 'custom')),
        date_from TEXT NOT NULL,
        date_to TEXT NOT NULL,
        title TEXT NOT NULL,
        -- The last saved version's number (review_report_versions.version_no).
        current_version INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        CHECK (date_to >= date_from)
      ) STRICT;
      CREATE INDEX review_reports_period ON review_reports (date_from, date_to);

      -- Every save keeps a new version; earlier ones are never changed.
      CREATE TABLE review_report_versions (
        id TEXT PRIMARY KEY,
        report_id TEXT NOT NULL REFERENCES review_reports (id) ON DELETE CASCADE,
        version_no INTEGER NOT NULL,
        -- JSON: { sectionKey: text } for the narrative sections.
        sections_json TEXT NOT NULL,
        -- JSON: the figures as computed when the version was saved.
        figures_json TEXT NOT NULL,
        saved_by TEXT NOT NULL,
        -- created_at is when the version was saved; a version is never changed (version stays 1).
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (report_id, version_no)
      ) STRICT;

      -- Sổ văn bản đi: one row per document produced. Rows are never updated
      -- or deleted; a correction is a new row (and a new number) that points
      -- at the one it replaces.
      CREATE TABLE document_register (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('docx', 'xlsx')),
        year INTEGER NOT NULL,
        type_code TEXT,
        -- NULL for a document without a number (a draft, or call-up orders numbered per citizen).
        number INTEGER,
        issued_on TEXT NOT NULL,
        summary TEXT NOT NULL,
        signer_name TEXT NOT NULL DEFAULT '',
        signer_title TEXT NOT NULL DEFAULT '',
        -- JSON: the generate input (what to rebuild from); and the data the document was built from.
        input_json TEXT NOT NULL,
        snapshot_json TEXT NOT NULL,
        file_name TEXT NOT NULL,
        mime_type TEXT NOT NULL,
        file_size INTEGER NOT NULL,
        -- The office's template it was filled into, if any.
        template_id TEXT,
        replaces_id TEXT REFERENCES document_register (id),
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        -- Kept for the shape every record table has; a register row never changes.
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE UNIQUE INDEX document_register_number
        ON document_register (year, type_code, number) WHERE number IS NOT NULL;
      CREATE INDEX document_register_issued ON document_register (issued_on DESC, created_at DESC);
      CREATE INDEX document_register_kind ON document_register (kind, issued_on DESC);
      CREATE INDEX document_register_replaces ON document_register (replaces_id) WHERE replaces_id IS NOT NULL;
      CREATE TRIGGER document_register_no_update BEFORE UPDATE ON document_register
        BEGIN SELECT RAISE(ABORT, 'document_register rows are never changed'); END;
      CREATE TRIGGER document_register_no_delete BEFORE DELETE ON document_register
        BEGIN SELECT RAISE(ABORT, 'document_register rows are never deleted'); END;

      -- The files apart from their entries: listing, counting and searching the register then
      -- never reads through the stored bytes.
      CREATE TABLE document_register_files (
        id TEXT PRIMARY KEY REFERENCES document_register (id),
        file_data BLOB NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE TRIGGER document_register_files_no_update BEFORE UPDATE ON document_register_files
        BEGIN SELECT RAISE(ABORT, 'document_register rows are never changed'); END;
      CREATE TRIGGER document_register_files_no_delete BEFORE DELETE ON document_register_files
        BEGIN SELECT RAISE(ABORT, 'document_register rows are never deleted'); END;

      -- The office's own .docx templates; at most one active per document kind.
      CREATE TABLE document_templates (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        file_name TEXT NOT NULL,
        file_data BLOB NOT NULL,
        -- JSON array of the tags the template uses, as checked when it was accepted.
        tags_json TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE UNIQUE INDEX document_templates_active ON document_templates (kind) WHERE active = 1;

      -- The day the call-up order reached the citizen (Luật NVQS Art. 33: at least 15 days before
      -- the handover); the overview warns about orders still undelivered near the handover.
      ALTER TABLE conscription_records ADD COLUMN order_delivered_on TEXT;
    `);
  },
};
