import type { Migration } from './types';

/*
 * The seeded kinds: what a ward's or city's militia typically holds (small arms, ammunition,
 * training mines, radios, rescue equipment, uniforms). The office renames, adds and retires kinds.
 * Fixed ids so every database starts with the same vocabulary.
 */
const SEEDED_KINDS: readonly [string, string, number][] = [
  ['Súng tiểu liên AK', 'khẩu', 1],
  ['Súng trường CKC', 'khẩu', 1],
  ['Lựu đạn', 'quả', 0],
  ['Đạn các loại', 'viên', 0],
  ['Mìn tập', 'quả', 0],
  ['Máy thông tin', 'bộ', 1],
  ['Áo phao', 'cái', 0],
  ['Nhà bạt', 'bộ', 0],
  ['Xuồng', 'cái', 1],
  ['Máy phát điện', 'cái', 1],
  ['Trang phục dân quân', 'bộ', 0],
];

const seedRows = SEEDED_KINDS.map(
  ([name, unit, serial], i) =>
    `('00000000-0000-4000-8027-${String(i + 1).padStart(12, '0')}', '${name}', '${unit}', ${serial}, ${i + 1},
      strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'))`,
).join(',\n');

/**
 * The militia's weapons and equipment book (Luật Dân quân tự vệ 48/2019/QH14; Law 14/2017/QH14
 * Art. 18, replaced from 01/01/2025 by Law 42/2024/QH15, on managing and using weapons — see
 * equipment/rules.ts for what was and was not verified). Kinds are the office's vocabulary; a kind tracked by serial has one row per
 * piece (equipment_items), the others are counted stock. Every change of stock is a movement with
 * lines (receive, issue, return, maintenance, write-off): quantities on hand are computed from the
 * movements, never stored, so the book at any date can be replayed. Stocktakes keep the counted
 * quantity and the book quantity computed when they were recorded.
 */
export const migration0027: Migration = {
  version: 27,
  name: 'equipment',
  up(db) {
    db.exec(`
      CREATE TABLE equipment_kinds (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        unit TEXT NOT NULL,
        serial_tracked INTEGER NOT NULL CHECK (serial_tracked IN (0, 1)),
        sort_order INTEGER NOT NULL DEFAULT 0,
        retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;

      CREATE TABLE equipment_items (
        id TEXT PRIMARY KEY,
        kind_id TEXT NOT NULL REFERENCES equipment_kinds (id),
        serial TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('good', 'needs_repair', 'written_off')),
        received_on TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (kind_id, serial)
      ) STRICT;

      CREATE TABLE equipment_movements (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('receive', 'issue', 'return', 'maintenance', 'write_off')),
        moved_on TEXT NOT NULL,
        -- The holder of an issue or a return: a militia unit or a person (a militia member).
        unit_id TEXT REFERENCES militia_units (id),
        person_id TEXT REFERENCES people (id),
        source TEXT NOT NULL DEFAULT '',
        reference TEXT NOT NULL DEFAULT '',
        result TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        CHECK (kind NOT IN ('issue', 'return') OR (unit_id IS NULL) <> (person_id IS NULL))
      ) STRICT;
      CREATE INDEX equipment_movements_on ON equipment_movements (moved_on, kind);

      CREATE TABLE equipment_movement_lines (
        id TEXT PRIMARY KEY,
        movement_id TEXT NOT NULL REFERENCES equipment_movements (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind_id TEXT NOT NULL REFERENCES equipment_kinds (id),
        item_id TEXT REFERENCES equipment_items (id),
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        -- A maintenance line may record the piece's state found (good / needs repair).
        state TEXT CHECK (state IN ('good', 'needs_repair')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        CHECK (item_id IS NULL OR quantity = 1),
        UNIQUE (movement_id, position)
      ) STRICT;
      CREATE INDEX equipment_movement_lines_kind ON equipment_movement_lines (kind_id);
      CREATE INDEX equipment_movement_lines_item ON equipment_movement_lines (item_id);

      CREATE TABLE equipment_stocktakes (
        id TEXT PRIMARY KEY,
        taken_on TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX equipment_stocktakes_on ON equipment_stocktakes (taken_on);

      CREATE TABLE equipment_stocktake_lines (
        id TEXT PRIMARY KEY,
        stocktake_id TEXT NOT NULL REFERENCES equipment_stocktakes (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind_id TEXT NOT NULL REFERENCES equipment_kinds (id),
        counted INTEGER NOT NULL CHECK (counted >= 0),
        book INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (stocktake_id, position),
        UNIQUE (stocktake_id, kind_id)
      ) STRICT;

      INSERT INTO equipment_kinds (id, name, unit, serial_tracked, sort_order, created_at, updated_at) VALUES
      ${seedRows};
    `);
  },
};
