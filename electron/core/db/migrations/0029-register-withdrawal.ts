import type { Migration } from './types';

/**
 * An issued document can be withdrawn (thu hồi) from the register: the entry stays, with when, why
 * and by whom, and its number stays used (numbers are never reused). Columns on the register rather
 * than a table: an entry is withdrawn at most once, and the list shows it on the entry's own line.
 * The register stays unchangeable otherwise: the trigger now lets through one update only — the
 * withdrawal itself, setting the three columns (and the version) of an entry not yet withdrawn.
 */
export const migration0029: Migration = {
  version: 29,
  name: 'register-withdrawal',
  up(db) {
    db.exec(`
      ALTER TABLE document_register ADD COLUMN withdrawn_at TEXT;
      ALTER TABLE document_register ADD COLUMN withdrawn_reason TEXT;
      ALTER TABLE document_register ADD COLUMN withdrawn_by TEXT;
      DROP TRIGGER document_register_no_update;
      CREATE TRIGGER document_register_no_update BEFORE UPDATE ON document_register
        WHEN OLD.withdrawn_at IS NOT NULL OR NEW.withdrawn_at IS NULL OR NEW.withdrawn_reason IS NULL OR NEW.withdrawn_by IS NULL
          OR NEW.id IS NOT OLD.id OR NEW.kind IS NOT OLD.kind OR NEW.format IS NOT OLD.format
          OR NEW.year IS NOT OLD.year OR NEW.type_code IS NOT OLD.type_code OR NEW.number IS NOT OLD.number
          OR NEW.issued_on IS NOT OLD.issued_on OR NEW.summary IS NOT OLD.summary OR NEW.signer_name IS NOT OLD.signer_name
          OR NEW.signer_title IS NOT OLD.signer_title OR NEW.input_json IS NOT OLD.input_json OR NEW.snapshot_json IS NOT OLD.snapshot_json
          OR NEW.file_name IS NOT OLD.file_name OR NEW.mime_type IS NOT OLD.mime_type OR NEW.file_size IS NOT OLD.file_size
          OR NEW.template_id IS NOT OLD.template_id OR NEW.replaces_id IS NOT OLD.replaces_id OR NEW.created_by IS NOT OLD.created_by
          OR NEW.created_at IS NOT OLD.created_at
        BEGIN SELECT RAISE(ABORT, 'document_register rows are never changed'); END;
    `);
  },
};
