/**
 * `npm run bench`: figures, not pass/fail. Builds a register of 100,000 people in
 * a temp folder through the same repository code the API uses, then times the
 * people list as a clerk uses it (first page, deep page, search, filters, sorts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../../electron/core/app-core';
import { silentLogger } from '../../electron/core/log/logger';
import { insertPerson } from '../../electron/core/people/repository';
import type { PersonCreateInput } from '../../electron/core/people/schema';

const PEOPLE = 100_000;
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Hà', 'Đặng', 'Nông', 'Triệu', 'Ma', 'Lục', 'Bế'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Quang', 'Thu', 'Hồng', 'Ngọc', 'Hữu', 'Thế'];
const GIVEN = ['An', 'Ánh', 'Bình', 'Cường', 'Dũng', 'Đức', 'Giang', 'Hà', 'Hùng', 'Lan', 'Mai', 'Nam', 'Ơn', 'Ưng'];

function time<T>(label: string, runs: number, work: () => T): T {
  let result!: T;
  const started = performance.now();
  for (let i = 0; i < runs; i++) result = work();
  const perRun = (performance.now() - started) / runs;
  console.log(`${label.padEnd(58)} ${perRun.toFixed(2).padStart(9)} ms`);
  return result;
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-bench-'));
  const core = createCore({ dataDir, log: silentLogger });
  try {
    const localityIds: string[] = [];
    const create = await core.invoke('localities.create', { name: 'Phường Đức Xuân', kind: 'ward' });
    if (create.ok) localityIds.push((create.value as { id: string }).id);

    time(`insert ${PEOPLE.toLocaleString('en')} people (one transaction)`, 1, () =>
      core.db.transaction(() => {
        for (let i = 0; i < PEOPLE; i++) {
          const year = 1960 + (i % 50);
          const person: PersonCreateInput = {
            familyName: FAMILY[i % FAMILY.length]!,
            middleName: MIDDLE[(i >> 3) % MIDDLE.length]!,
            givenName: GIVEN[(i >> 5) % GIVEN.length]!,
            birthDate: `${year}-${String((i % 12) + 1).padStart(2, '0')}-15`,
            sex: i % 3 === 0 ? 'F' : 'M',
            citizenId: `006${year < 2000 ? '0' : '2'}${String(year % 100).padStart(2, '0')}${String(i).padStart(6, '0')}`,
            localityId: i % 2 === 0 ? localityIds[0]! : null,
            address: '',
            phone: null,
            ethnicity: 'Kinh',
            religion: 'Không',
            education: '12/12',
            occupation: '',
            notes: '',
          };
          insertPerson(core.db, person, new Date().toISOString());
        }
      })(),
    );
    const list = (input: object) => core.invoke('people.list', input);
    const runs = 20;
    await list({});
    const cases: Array<[string, object]> = [
      ['list page 1 (20 rows, Vietnamese name order)', {}],
      ['list page 2,500 (deep page, name order)', { page: 2500 }],
      ['list sorted by birth date, descending', { sort: 'birthDate', order: 'desc' }],
      ['list sorted by locality', { sort: 'locality' }],
      ['search "nguyen duc" (accent-free, every word)', { search: 'nguyen duc' }],
      ['search by citizen ID prefix "006205"', { search: '006205' }],
      [
        'filter locality + sex + birth years 1990–1999',
        { localityId: localityIds[0], sex: 'M', birthYearFrom: 1990, birthYearTo: 1999 },
      ],
    ];
    for (const [label, input] of cases) {
      const started = performance.now();
      let total = 0;
      for (let i = 0; i < runs; i++) {
        const result = await list(input);
        if (result.ok) total = (result.value as { total: number }).total;
      }
      console.log(
        `${`${label} [${total} match]`.padEnd(58)} ${((performance.now() - started) / runs).toFixed(2).padStart(9)} ms`,
      );
    }
    console.log(`database file: ${(fs.statSync(path.join(dataDir, 'qsdp.sqlite')).size / 1e6).toFixed(1)} MB (+ WAL)`);
  } finally {
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
