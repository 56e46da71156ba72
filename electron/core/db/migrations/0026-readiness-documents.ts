import type { Migration } from './types';

/** An ISO timestamp of the migration's run, for the seeded rows' created_at/updated_at. */
const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ')`;

/**
 * Readiness documents (văn kiện sẵn sàng chiến đấu): the agencies and units that keep a set
 * (holders), the kinds of document a set holds (an editable list: the Ministry of Defence's
 * instructions that define the set are not public, so the office adjusts it), each review of a
 * holder's document (appended; the latest on or before a date is the document's state then), and
 * the on-the-spot practices of a combat plan (luyện tập phương án chiến đấu tại chỗ).
 */
export const migration0026: Migration = {
  version: 26,
  name: 'readiness-documents',
  up(db) {
    db.exec(`
      CREATE TABLE readiness_document_kinds (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        -- Which kinds of holder must keep it.
        for_office INTEGER NOT NULL DEFAULT 1 CHECK (for_office IN (0, 1)),
        for_locality INTEGER NOT NULL DEFAULT 1 CHECK (for_locality IN (0, 1)),
        for_militia INTEGER NOT NULL DEFAULT 0 CHECK (for_militia IN (0, 1)),
        sort_order INTEGER NOT NULL DEFAULT 0,
        -- The first day it is required (NULL: since always, as the seeded kinds): a period ending
        -- before it does not count it.
        active_from TEXT,
        retired_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;

      CREATE TABLE readiness_holders (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('office', 'locality', 'militia_unit')),
        locality_id TEXT REFERENCES localities (id),
        militia_unit_id TEXT REFERENCES militia_units (id),
        -- The name as the office records it ("Ban CHQS phường Đức Xuân").
        name TEXT NOT NULL,
        sort_order INTEGER NOT NULL DEFAULT 0,
        -- The first day its set is kept (NULL: since always): a period ending before it does not count it.
        active_from TEXT,
        retired_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        CHECK ((kind = 'office' AND locality_id IS NULL AND militia_unit_id IS NULL)
          OR (kind = 'locality' AND locality_id IS NOT NULL AND militia_unit_id IS NULL)
          OR (kind = 'militia_unit' AND militia_unit_id IS NOT NULL AND locality_id IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX readiness_holders_office ON readiness_holders (kind) WHERE kind = 'office';
      CREATE UNIQUE INDEX readiness_holders_locality ON readiness_holders (locality_id) WHERE locality_id IS NOT NULL;
      CREATE UNIQUE INDEX readiness_holders_militia ON readiness_holders (militia_unit_id)
        WHERE militia_unit_id IS NOT NULL;

      CREATE TABLE readiness_document_reviews (
        id TEXT PRIMARY KEY,
        holder_id TEXT NOT NULL REFERENCES readiness_holders (id),
        kind_id TEXT NOT NULL REFERENCES readiness_document_kinds (id),
        reviewed_on TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('complete', 'needs_revision', 'missing')),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX readiness_reviews_document ON readiness_document_reviews (holder_id, kind_id, reviewed_on);
      CREATE INDEX readiness_reviews_date ON readiness_document_reviews (reviewed_on);

      CREATE TABLE readiness_practices (
        id TEXT PRIMARY KEY,
        holder_id TEXT NOT NULL REFERENCES readiness_holders (id),
        kind_id TEXT NOT NULL REFERENCES readiness_document_kinds (id),
        status TEXT NOT NULL CHECK (status IN ('planned', 'done')),
        practised_on TEXT NOT NULL,
        -- The day the practice was planned (decided): Part II of a review lists only what was
        -- planned by the period's end.
        planned_at TEXT NOT NULL,
        participants INTEGER CHECK (participants IS NULL OR participants >= 0),
        rating TEXT CHECK (rating IS NULL OR rating IN ('outstanding', 'excellent', 'good', 'pass', 'fail')),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        CHECK (planned_at <= practised_on)
      ) STRICT;
      CREATE INDEX readiness_practices_date ON readiness_practices (practised_on);

      INSERT INTO readiness_document_kinds (id, name, for_office, for_locality, for_militia, sort_order, created_at, updated_at) VALUES
        ('00000000-0000-4000-8026-000000000001', 'Kế hoạch chiến đấu phòng thủ', 1, 1, 1, 1, ${NOW}, ${NOW}),
        ('00000000-0000-4000-8026-000000000002', 'Kế hoạch chiến đấu bảo vệ (mục tiêu)', 1, 1, 0, 2, ${NOW}, ${NOW}),
        ('00000000-0000-4000-8026-000000000003', 'Kế hoạch phòng chống bạo loạn, gây rối', 1, 1, 1, 3, ${NOW}, ${NOW}),
        ('00000000-0000-4000-8026-000000000004', 'Kế hoạch phòng chống thiên tai – tìm kiếm cứu nạn', 1, 1, 1, 4, ${NOW}, ${NOW}),
        ('00000000-0000-4000-8026-000000000005', 'Kế hoạch chuyển trạng thái sẵn sàng chiến đấu', 1, 1, 0, 5, ${NOW}, ${NOW}),
        ('00000000-0000-4000-8026-000000000006', 'Kế hoạch bảo đảm (hậu cần, kỹ thuật)', 1, 1, 0, 6, ${NOW}, ${NOW}),
        ('00000000-0000-4000-8026-000000000007', 'Quyết tâm chiến đấu (bản đồ)', 1, 1, 0, 7, ${NOW}, ${NOW}),
        ('00000000-0000-4000-8026-000000000008', 'Hệ thống sổ sách, biểu mẫu trực sẵn sàng chiến đấu', 1, 1, 0, 8, ${NOW}, ${NOW});
    `);
  },
};
