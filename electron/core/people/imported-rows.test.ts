import { describe, expect, it } from 'vitest';
import { createCampaign, enrolInCampaign } from '../conscription/test-steps';
import { refusal, type TestCore, useTestCore } from '../db/test-helpers';
import {
  commit,
  inspect,
  maleId,
  peopleWorkbook,
  seedLocalities,
  type PeopleRow,
} from '../import/people-import-fixtures';
import { call } from '../db/test-helpers';
import type { PersonPage } from './schema';

let core: TestCore;
useTestCore(async (c) => {
  core = c;
  await seedLocalities(core);
});

const ROWS: PeopleRow[] = [
  ['Nguyễn Văn An', '05/02/2004', 'Nam', maleId(2004, 1), 'Tổ 7', 'Phường Đức Xuân'],
  ['Trần Văn Bình', '10/03/2004', 'Nam', maleId(2004, 2), 'Tổ 8', 'Phường Đức Xuân'],
];

const people = async () => (await call<PersonPage>(core, 'people.list', { pageSize: 50 })).rows;

describe("people's face for an import's undo", () => {
  it('refuses while an imported person was since put on a campaign list, naming them', async () => {
    const { token } = await inspect(core, await peopleWorkbook(ROWS));
    const { batchId } = await commit(core, token);
    const binh = (await people()).find((p) => p.givenName === 'Bình')!;
    const campaign = await createCampaign(core, { year: 2027, handoverStart: '2027-02-15' });
    await enrolInCampaign(core, { campaignId: campaign.id, personId: binh.id, onDate: '2026-11-20' });
    const refused = await refusal(core, 'import.batch.undo', { id: batchId, version: 1 });
    expect(refused.code).toBe('IMPORT_UNDO_BLOCKED');
    expect(refused.message).toContain('dòng 6 (Trần Văn Bình) đã có thêm hồ sơ tuyển quân');
    expect(refused.message).not.toContain('Nguyễn Văn An');
    expect(await people()).toHaveLength(2);
  });

  it('deletes the people once nothing points at them, each with its own audit entry', async () => {
    const { token } = await inspect(core, await peopleWorkbook(ROWS));
    const { batchId } = await commit(core, token);
    await call(core, 'import.batch.undo', { id: batchId, version: 1 });
    expect(await people()).toHaveLength(0);
    const audited = core.db
      .prepare(`SELECT count(*) FROM audit_log WHERE entity = 'person' AND action = 'delete'`)
      .pluck()
      .get();
    expect(audited).toBe(2);
  });
});
