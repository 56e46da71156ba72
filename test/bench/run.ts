/**
 * `npm run bench`: figures, not pass/fail. Seeds a temporary office of 100,000
 * people with five conscription campaigns, then times what clerks wait for:
 * opening the database, search-as-you-type, list pages, the campaign dashboard,
 * the big documents, and the forces' lists and summaries on 20,000 militia
 * members and 30,000 reservists. Prints a readable table and the same figures as JSON.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../electron/core/app-core';
import { runAutoBackup } from '../../electron/core/backup/auto';
import { silentLogger } from '../../electron/core/log/logger';
import { foldVietnamese } from '../../electron/core/shared/vietnamese-text';
import { documentFigures } from './documents';
import { exchangeSendFigures } from './exchange';
import { forcesFigures } from './forces';
import { importFigures } from './import';
import { seedForces } from './seed-forces';
import { seedLargeOffice } from './seed-office';
import { BENCH_KEY, percentiles, round, seeded, timeOnce } from './stats';

const PEOPLE = 100_000;
const MEMBERSHIPS = 20_000;
const RESERVISTS = 30_000;

interface Figure {
  name: string;
  value: number | { p50: number; p95: number; max: number };
  target?: number;
}

async function main(): Promise<void> {
  const figures: Figure[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-bench-'));
  try {
    figures.push(...(await importFigures()));
    const fresh = await timeOnce(() =>
      createCore({ dataDir: path.join(dir, 'fresh'), key: BENCH_KEY, log: silentLogger }),
    );
    fresh.value.close();
    figures.push({ name: 'open + migrate a new database (ms)', value: round(fresh.ms) });

    const dataDir = path.join(dir, 'office');
    let core = createCore({ dataDir, key: BENCH_KEY, log: silentLogger });
    const seeding = await timeOnce(() => seedLargeOffice(core, PEOPLE));
    const office = seeding.value;
    figures.push({
      name: `seed ${PEOPLE} people + ${office.records} records (ms, not a target)`,
      value: round(seeding.ms),
    });
    const forces = await timeOnce(() => seedForces(core, office.localityIds, MEMBERSHIPS, RESERVISTS));
    figures.push({
      name: `seed ${forces.value.memberships} militia members + ${forces.value.reservists} reservists (ms, not a target)`,
      value: round(forces.ms),
    });
    core.close();
    const reopen = await timeOnce(() => createCore({ dataDir, key: BENCH_KEY, log: silentLogger }));
    core = reopen.value;
    figures.push({ name: 'open the seeded database incl. quick_check (ms)', value: round(reopen.ms) });
    // A backup is written synchronously (VACUUM INTO, container with its MAC, full verification): the pause it makes.
    const backup = await timeOnce(() => runAutoBackup(core.context, 'daily'));
    figures.push({
      name: `automatic backup of the whole office, written and verified (ms, ${Math.round(backup.value.size / 1e6)} MB)`,
      value: round(backup.ms),
    });

    const random = seeded(17);
    const sample = core.db
      .prepare(`SELECT family_name || ' ' || middle_name || ' ' || given_name AS n FROM people LIMIT 5000`)
      .all() as Array<{ n: string }>;
    const queries = Array.from({ length: 200 }, () => {
      const folded = foldVietnamese(sample[random(sample.length)]!.n);
      return folded.slice(0, 2 + random(11)).trim();
    });
    figures.push({
      name: 'search-as-you-type: people.list, 200 queries of 2–12 folded chars (ms)',
      value: await percentiles(queries.length, (i) => core.invoke('people.list', { search: queries[i], pageSize: 20 })),
      target: 30,
    });

    const campaignId = office.campaignIds[office.campaignIds.length - 1]!;
    figures.push({
      name: 'filtered + sorted page of 50 records (state, locality, Vietnamese order) (ms)',
      value: await percentiles(200, (i) =>
        core.invoke('conscription.record.list', {
          campaignId,
          states: ['pool', 'health_exam_passed', 'official_list'],
          localityId: office.localityIds[i % office.localityIds.length],
          sort: 'locality',
          pageSize: 50,
          page: 1 + (i % 3),
        }),
      ),
      target: 30,
    });
    figures.push({
      name: 'campaign dashboard for one campaign (ms)',
      value: await percentiles(20, () => core.invoke('conscription.campaign.dashboard', { campaignId })),
      target: 200,
    });
    figures.push(...(await forcesFigures(core, office.localityIds, forces.value)));
    // The overview runs the campaign dashboard and both forces' summaries (200 ms targets each) plus its alerts.
    figures.push({
      name: 'overview.get: the year at a glance with its four alerts (ms)',
      value: await percentiles(20, () => core.invoke('overview.get', {})),
      target: 1000,
    });
    figures.push(...(await documentFigures(core, campaignId)));
    core.close();

    // Issue 20 §4: a commune of 20,000 people with their records sends its bundles upward.
    const commune = createCore({ dataDir: path.join(dir, 'commune'), key: BENCH_KEY, log: silentLogger });
    const communeOffice = await seedLargeOffice(commune, 20_000);
    seedForces(commune, communeOffice.localityIds, 2_000, 3_000);
    figures.push(...(await exchangeSendFigures(commune)));
    commune.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  for (const f of figures) {
    const value =
      typeof f.value === 'number' ? `${f.value}` : `p50 ${f.value.p50}  p95 ${f.value.p95}  max ${f.value.max}`;
    const measured = typeof f.value === 'number' ? f.value : f.value.p95;
    const verdict =
      f.target === undefined ? '' : measured <= f.target ? `  ✓ target ≤ ${f.target}` : `  ✗ target ≤ ${f.target}`;
    console.log(`${f.name.padEnd(84)} ${value}${verdict}`);
  }
  console.log(JSON.stringify({ machine: `${os.cpus().length} cores`, figures }, null, 2));
}

void main();
