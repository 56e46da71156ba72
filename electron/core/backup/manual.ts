import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { statement } from '../db/statements';
import { listAutoBackups, type BackupListItem } from './auto';

/** How many "Sao lưu ngay" copies the list recalls: the recent ones are those a clerk looks for. */
const MANUAL_RECALLED = 50;

/**
 * The "Sao lưu ngay" copies, newest first. They live wherever the clerk chose (usually a USB stick),
 * so the program knows them from its own audit trail, where each was recorded with its file and
 * size; `present` says whether the file is there now (a stick that is unplugged is not).
 */
export function listManualBackups(db: Database): BackupListItem[] {
  const rows = statement(
    db,
    `SELECT at, json_extract(after_json, '$.file') AS file, json_extract(after_json, '$.size') AS size
       FROM audit_log
      WHERE entity = 'backup' AND action = 'create' AND json_valid(after_json)
      ORDER BY seq DESC LIMIT ?`,
  ).all(MANUAL_RECALLED) as Array<{ at: string; file: string | null; size: number | null }>;
  return rows
    .filter((row): row is { at: string; file: string; size: number | null } => typeof row.file === 'string')
    .map((row) => ({
      file: row.file,
      name: path.basename(row.file),
      at: row.at,
      size: row.size ?? 0,
      kind: 'manual' as const,
      present: fs.existsSync(row.file),
    }));
}

/** Every backup the office made, automatic and "Sao lưu ngay", newest first. */
export function listAllBackups(db: Database, dataDir: string): BackupListItem[] {
  const auto = listAutoBackups(dataDir);
  const manual = listManualBackups(db).filter((item) => !auto.some((a) => a.file === item.file));
  return [...auto, ...manual].sort((a, b) => b.at.localeCompare(a.at) || b.name.localeCompare(a.name));
}
