import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { call, insertRow, useTestCore, type TestCore } from '../../db/test-helpers';
import { createPerson } from '../../people/test-steps';
import { canonicalJson } from '../format/canonical';
import type { SentBundle } from './build';
import { setUpSender } from './test-office';

let core: TestCore;
useTestCore((c) => (core = c));

/** Every line of every data file of a bundle, as the bytes hold it. */
function rawLines(base64: string): Map<string, string[]> {
  const entries = unzipSync(Buffer.from(base64, 'base64'));
  const out = new Map<string, string[]>();
  for (const [path, data] of Object.entries(entries)) {
    if (!path.startsWith('data/')) continue;
    const text = strFromU8(data);
    out.set(path, text === '' ? [] : text.slice(0, -1).split('\n'));
  }
  return out;
}

describe('exchange: rows written as canonical JSON', () => {
  it('writes every line in canonical form: escapes, Vietnamese and emoji text, REAL numbers', async () => {
    setUpSender(core);
    const tricky = 'Ghi "chú" \\ a\tb\nc\u0001 Đức 😀 \u2028 ' + "'";
    const person = await createPerson(core, 'Nguyễn Văn An', { birthDate: '2006-03-14', sex: 'M' });
    // The form refuses control characters; older data (an import, a restore) may still hold them.
    core.db.prepare('UPDATE people SET notes = ? WHERE id = ?').run(tricky, person.id);
    const campaign = insertRow(core, 'conscription_campaigns', {
      year: 2026,
      title: 'Tuyển quân 2026',
      handover_start: '2026-02-14',
      handover_end: '2026-02-16',
      status: 'open',
    });
    insertRow(core, 'conscription_records', {
      person_id: person.id,
      campaign_id: campaign,
      state: 'pool',
      state_since: '2026-01-10',
      height_cm: 170,
      weight_kg: 61.5,
      refraction_right: -0.25,
    });
    const sent = await call<SentBundle>(core, 'exchange.send.create', {});
    const files = rawLines(sent.base64);
    let checked = 0;
    for (const lines of files.values()) {
      for (const line of lines) {
        expect(canonicalJson(JSON.parse(line))).toBe(line);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(3);
    const people = files.get('data/people.ndjson')!.map((l) => JSON.parse(l) as { data: { notes: string } });
    expect(people[0]!.data.notes).toBe(tricky);
    const record = JSON.parse(files.get('data/conscription_records.ndjson')![0]!) as { data: Record<string, unknown> };
    expect(record.data).toMatchObject({ height_cm: 170, weight_kg: 61.5, refraction_right: -0.25 });
    expect(files.get('data/conscription_records.ndjson')![0]).toContain('"height_cm":170,');
  });
});
