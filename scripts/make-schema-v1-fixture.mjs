#!/usr/bin/env node
// Writes test/fixtures/schema-v1.sqlite: a database as the FIRST release left it (only migration 0001), with an
// office profile, a commune with one village and two people. The upgrade test opens it with today's core.
// Run after `npm run build:electron` (it uses the compiled core): node scripts/make-schema-v1-fixture.mjs
// Rows are written with SQL, the way the v1 program stored them, so later code cannot change the fixture.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const core = (rel) => require(path.join(root, 'dist-electron', 'electron', 'core', rel));
const { openDatabase } = core('db/connection.js');
const { migration0001 } = core('db/migrations/0001-core.js');
const { foldVietnamese, vietnameseSortKey } = core('shared/vietnamese-text.js');

const file = path.join(root, 'test', 'fixtures', 'schema-v1.sqlite');
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });

const AT = '2026-01-15T02:00:00.000Z';
const db = openDatabase(file, { migrations: [migration0001] });
db.prepare(
  `INSERT INTO office_profiles (id, name, parent_body, place_name, symbol, signers_json, created_at, updated_at, version)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)`,
).run(
  '00000000-0000-4000-8000-000000000001',
  'BAN CHỈ HUY QUÂN SỰ XÃ AN PHÚ',
  'ỦY BAN NHÂN DÂN XÃ AN PHÚ',
  'An Phú',
  'BCHQS',
  JSON.stringify([{ role: 'commander', title: 'CHỈ HUY TRƯỞNG', rank: 'Đại úy', name: 'Nguyễn Văn Thành' }]),
  AT,
  AT,
);

const localities = [
  { id: '10000000-0000-4000-8000-000000000001', kind: 'commune', parent: null, name: 'Xã An Phú' },
  {
    id: '10000000-0000-4000-8000-000000000002',
    kind: 'village',
    parent: '10000000-0000-4000-8000-000000000001',
    name: 'Thôn Đông',
  },
];
for (const l of localities) {
  db.prepare(
    `INSERT INTO localities (id, kind, parent_id, retired_on, created_at, updated_at, version) VALUES (?, ?, ?, NULL, ?, ?, 1)`,
  ).run(l.id, l.kind, l.parent, AT, AT);
  db.prepare(
    `INSERT INTO locality_names (id, locality_id, name, valid_from, valid_to, created_at, updated_at, version)
     VALUES (?, ?, ?, '2020-01-01', NULL, ?, ?, 1)`,
  ).run(l.id.replace(/^1/, '2'), l.id, l.name, AT, AT);
}

const people = [
  {
    id: '30000000-0000-4000-8000-000000000001',
    family: 'Trần',
    middle: 'Văn',
    given: 'Đức',
    birth: '2007-03-09',
    sex: 'M',
    cid: '001207012345',
  },
  {
    id: '30000000-0000-4000-8000-000000000002',
    family: 'Lê',
    middle: 'Thị',
    given: 'Hoa',
    birth: '2006-11-20',
    sex: 'F',
    cid: null,
  },
];
for (const p of people) {
  const fullName = [p.family, p.middle, p.given].join(' ');
  db.prepare(
    `INSERT INTO people (id, family_name, middle_name, given_name, birth_date, sex, citizen_id, locality_id, address,
       search_text, sort_given, sort_middle, sort_family, created_at, updated_at, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'Thôn Đông, xã An Phú', ?, ?, ?, ?, ?, ?, 1)`,
  ).run(
    p.id,
    p.family,
    p.middle,
    p.given,
    p.birth,
    p.sex,
    p.cid,
    localities[1].id,
    [foldVietnamese(fullName), p.cid ?? ''].filter(Boolean).join(' '),
    vietnameseSortKey(p.given),
    vietnameseSortKey(p.middle),
    vietnameseSortKey(p.family),
    AT,
    AT,
  );
}
// One self-contained file to commit: fold the WAL back in and leave rollback-journal mode.
db.pragma('wal_checkpoint(TRUNCATE)');
db.pragma('journal_mode = DELETE');
db.close();
console.log(`Wrote ${path.relative(root, file)} (user_version 1)`);
