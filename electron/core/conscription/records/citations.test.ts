import { describe, expect, it } from 'vitest';
import { refusal, type TestCore, useTestCore } from '../../db/test-helpers';
import { createLocality } from '../../localities/test-steps';
import { createPerson } from '../../people/test-steps';
import type { Campaign } from '../campaigns/schema';
import { createCampaign, enrolInCampaign, examine } from '../test-steps';

/**
 * Issue 17: a refusal cites the text applied on the record's reference date — the exam's day for
 * the health standard — so a 2023 campaign cites the texts of 2023 and a 2026 one the 2025
 * amendments, for the same citizen and the same class.
 */
let core: TestCore;
let wardId: string;
let serial = 0;
/** One campaign a year (the program allows no more): the test's campaigns by year. */
let campaigns: Map<number, Campaign>;

useTestCore(async (c) => {
  core = c;
  campaigns = new Map();
  wardId = (await createLocality(core, 'Phường Đức Xuân')).id;
});

/** A class-4 citizen of the campaign of `year`, examined on `examOn`, then put forward for the official list. */
async function officialListRefusal(year: number, handoverStart: string, examOn: string) {
  const campaign = campaigns.get(year) ?? (await createCampaign(core, { year, handoverStart }));
  campaigns.set(year, campaign);
  const person = await createPerson(core, `Hoàng Văn Khám ${String.fromCharCode(65 + serial++)}`, {
    birthDate: `${year - 21}-05-10`,
    sex: 'M',
    localityId: wardId,
  });
  const enrolled = await enrolInCampaign(core, {
    campaignId: campaign.id,
    personId: person.id,
    onDate: `${year - 1}-04-01`,
  });
  const record = await examine(core, enrolled, examOn, 4);
  const error = await refusal(core, 'conscription.record.transition', {
    recordId: record.id,
    version: record.version,
    to: 'official_list',
    onDate: examOn,
  });
  expect(error.code).toBe('RULE_HEALTH_CLASS');
  return error.message;
}

describe('the health standard cited is the one in force on the exam day', () => {
  it('cites Joint Circular 16/2016 in the 2023 campaign and Circular 148/2018 as amended by 68/2025 in the 2026 one', async () => {
    const in2023 = await officialListRefusal(2023, '2023-02-15', '2022-12-10');
    expect(in2023).toContain(
      'Sức khỏe loại 4: chỉ gọi nhập ngũ công dân có sức khỏe loại 1, 2, 3 (Điều 31 Luật Nghĩa vụ quân sự số 78/2015/QH13; Thông tư liên tịch số 16/2016/TTLT-BYT-BQP).',
    );
    const in2026 = await officialListRefusal(2026, '2026-03-04', '2025-12-10');
    expect(in2026).toContain(
      '(điểm a khoản 3 Điều 4 Thông tư số 148/2018/TT-BQP (được sửa đổi, bổ sung bởi Thông tư số 68/2025/TT-BQP); Điều 5, 6 Thông tư số 105/2023/TT-BQP)',
    );
    expect(in2026).not.toContain('16/2016');
  });

  it('judges a 2024 handover by the exam day: the old standard for an exam in December 2023, Circular 105/2023 from January', async () => {
    // Circular 105/2023 applies from 01/01/2024; exams held before keep Joint Circular 16/2016.
    const december = await officialListRefusal(2024, '2024-02-20', '2023-12-28');
    expect(december).toContain('Thông tư liên tịch số 16/2016/TTLT-BYT-BQP');
    const january = await officialListRefusal(2024, '2024-02-20', '2024-01-05');
    expect(january).toContain('Điều 5, 6 Thông tư số 105/2023/TT-BQP');
    expect(january).not.toContain('16/2016');
  });
});
