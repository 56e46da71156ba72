/**
 * Test scenes for the receiving side: a board with its identity, communes that are real test
 * databases (records made through the API), and upward bundles built with writeBundle from the
 * communes' own rows — the shape slice S's sender writes (gid = the row's id, data = the row).
 */
import { randomUUID } from 'node:crypto';
import {
  createCampaign,
  enrolInCampaign,
  examine,
  transitionThrough,
  TO_OFFICIAL_LIST,
} from '../../conscription/test-steps';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { createTestCore, insertRow, TEST_NOW, type TestCore } from '../../db/test-helpers';
import { createLocality } from '../../localities/test-steps';
import { citizenIdFor, createPerson } from '../../people/test-steps';
import { upwardEntities, upwardEntityNames, type BundleFileName } from '../entities';
import { writeBundle } from '../format/bundle';
import { generateOfficeKeyPair, keyFingerprint, type OfficeKeyPair } from '../format/keys';
import type { RowLine } from '../format/lines';

export const BOARD = { code: '26-KV1', name: 'Ban CHPTKV 1 - Đức Xuân' };
const at = TEST_NOW.toISOString();

export function setUpBoard(core: TestCore): OfficeKeyPair {
  const key = generateOfficeKeyPair();
  insertRow(core, 'exchange_identity', {
    office_code: BOARD.code,
    office_name: BOARD.name,
    office_kind: 'regional_board',
    public_key: key.publicKeyHex,
    private_key: key.privateKeyPem,
  });
  return key;
}

/** Enrols a sender at the board with its public key; returns the key row's id. */
export function enrolSender(board: TestCore, code: string, name: string, publicKeyHex: string): string {
  const existing = board.db
    .prepare(`SELECT id FROM exchange_partners WHERE role = 'sender' AND office_code = ?`)
    .get(code) as { id: string } | undefined;
  const partnerId =
    existing?.id ??
    insertRow(board, 'exchange_partners', {
      role: 'sender',
      office_code: code,
      office_name: name,
      office_kind: 'ward_commune',
    });
  return insertRow(board, 'exchange_partner_keys', {
    partner_id: partnerId,
    public_key: publicKeyHex,
    fingerprint: keyFingerprint(publicKeyHex),
  });
}

export interface Commune {
  core: TestCore;
  code: string;
  name: string;
  key: OfficeKeyPair;
  wardId: string;
}

let serial = 100;

/**
 * A commune with `people` citizens in its pool for the 2026 campaign (quota army `quota`), the
 * first `examined` of them examined fit (class 1), the first `official` of those on the official
 * list, and a militia platoon with `militia` active members.
 */
export async function makeCommune(
  code: string,
  name: string,
  scene: { people: number; quota: number; examined: number; official: number; militia: number; population?: number },
): Promise<Commune> {
  const core = createTestCore();
  const ward = await createLocality(core, name, 'ward');
  const campaign = await createCampaign(core, { year: 2026, handoverStart: '2026-12-20' }, [
    { localityId: ward.id, army: scene.quota },
  ]);
  const unitId = insertRow(core, 'militia_units', {
    locality_id: ward.id,
    name: `Trung đội dân quân ${name}`,
    level: 'platoon',
    force: 'militia',
    component: 'on_the_spot',
  });
  if (scene.population)
    insertRow(core, 'locality_populations', { locality_id: ward.id, year: 2026, population: scene.population });
  for (let i = 0; i < scene.people; i++) {
    const birthDate = '2005-03-15';
    const person = await createPerson(core, `Nguyễn Văn ${name.split(' ').at(-1)} ${i + 1}`, {
      birthDate,
      sex: 'M',
      citizenId: citizenIdFor(birthDate, 'M', ++serial),
      localityId: ward.id,
    });
    let record = await enrolInCampaign(core, { campaignId: campaign.id, personId: person.id, onDate: '2026-01-05' });
    if (i < scene.examined) record = await examine(core, record, '2026-01-10', 1);
    if (i < scene.official) await transitionThrough(core, record, TO_OFFICIAL_LIST, '2026-01-15');
    if (i < scene.militia) {
      const row = core.db
        .prepare(`SELECT sort_given, sort_middle, sort_family FROM people WHERE id = ?`)
        .get(person.id) as Record<string, string>;
      insertRow(core, 'militia_memberships', {
        person_id: person.id,
        unit_id: unitId,
        position: 'member',
        started_on: '2025-01-01',
        term_ends_on: '2029-01-01',
        ...row,
        birth_date: birthDate,
        sex: 'M',
      });
    }
  }
  return { core, code, name, key: generateOfficeKeyPair(), wardId: ward.id };
}

function jsonValue(value: unknown): unknown {
  return Buffer.isBuffer(value) ? value.toString('base64') : value;
}

/** Every row of every upward entity of the commune's database, as version `version` lines. */
export function communeRows(commune: Commune, version = 1): Map<BundleFileName, RowLine[]> {
  const files = new Map<BundleFileName, RowLine[]>();
  for (const entity of upwardEntityNames) {
    const rows = commune.core.db.prepare(`SELECT * FROM ${upwardEntities[entity]}`).all() as Array<
      Record<string, unknown>
    >;
    files.set(
      entity,
      rows.map((row) => ({
        gid: String(row.id),
        origin: commune.code,
        version,
        deleted: false,
        data: Object.fromEntries(Object.entries(row).map(([k, v]) => [k, jsonValue(v)])),
      })),
    );
  }
  return files;
}

export interface UpBundleOptions {
  seq?: number;
  prevHash?: string | null;
  ack?: number;
  recipient?: { code: string; name: string };
  schemaVersion?: number;
  key?: OfficeKeyPair;
  createdAt?: string;
}

/** An upward bundle from the commune with the given files (rows, review_figures, answers). */
export function upBundle(
  commune: Commune,
  files: ReadonlyMap<BundleFileName, readonly unknown[]>,
  o: UpBundleOptions = {},
) {
  const written = writeBundle(
    {
      schemaVersion: o.schemaVersion ?? LATEST_SCHEMA_VERSION,
      direction: 'up',
      sender: { code: commune.code, name: commune.name, kind: 'ward_commune' },
      recipient: o.recipient ?? BOARD,
      seq: o.seq ?? 1,
      prevHash: o.prevHash ?? null,
      ack: o.ack ?? 0,
      full: true,
      period: { from: null, to: '2026-11-27' },
      createdAt: o.createdAt ?? at,
    },
    files,
    o.key ?? commune.key,
  );
  return {
    ...written,
    input: {
      fileName: `qsdp-${commune.code}-gui-${BOARD.code}-so-${o.seq ?? 1}.zip`,
      base64: Buffer.from(written.bytes).toString('base64'),
    },
  };
}

/** Row counts of every table the receiving side writes, to compare before and after a refusal. */
export function receivingCounts(core: TestCore): Record<string, number> {
  const tables = core.db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'x\\_%' ESCAPE '\\' OR name LIKE 'exchange_bundle%' OR name = 'audit_log')`,
    )
    .all() as Array<{ name: string }>;
  return Object.fromEntries(
    tables.map((t) => [t.name, (core.db.prepare(`SELECT COUNT(*) AS n FROM ${t.name}`).get() as { n: number }).n]),
  );
}

export const newGid = () => randomUUID();
