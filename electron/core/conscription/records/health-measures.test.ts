import { describe, expect, it } from 'vitest';
import { call, refusal, type TestCore, useTestCore } from '../../db/test-helpers';
import { createLocality } from '../../localities/test-steps';
import { createPerson } from '../../people/test-steps';
import type { Campaign } from '../campaigns/schema';
import { createCampaign, enrolInCampaign, transition } from '../test-steps';
import type { RuleFailure } from '../rules';
import type { ConscriptionRecordView } from './view';

/**
 * The exam sheet's figures on the record and point c clause 3 Art. 4 Circular 68/2025/TT-BQP (no
 * call-up into the Army with myopia above 1.5 D, any hyperopia, a BMI below 18.0 or above 29.9),
 * judged by the campaign's handover date: 13/02/2025 is before the Circular (01/07/2025), 04/03/2026
 * after. The exam step warns; the official list, reserve list, call-up order and handover refuse.
 */
let core: TestCore;
let wardId: string;
let before2025: Campaign;
let after2026: Campaign;

useTestCore(async (c) => {
  core = c;
  wardId = (await createLocality(core, 'Phường Đức Xuân')).id;
  before2025 = await createCampaign(core, { year: 2025, handoverStart: '2025-02-13' });
  after2026 = await createCampaign(core, { year: 2026, handoverStart: '2026-03-04' });
});

const CITED = 'điểm c khoản 3 Điều 4 Thông tư 68/2025/TT-BQP';
const normal = { refractionRight: 0, refractionLeft: -0.5 };
/** 170 cm: 51.7 kg is a BMI of 17.9, 52.0 kg one of 18.0. */
const thin = { heightCm: 170, weightKg: 51.7, ...normal };
const justEnough = { heightCm: 170, weightKg: 52, ...normal };

type ExamAnswer = { record: ConscriptionRecordView; warnings: RuleFailure[] };

async function examined(campaign: Campaign, fullName: string, healthClass: number, measures: object) {
  const person = await createPerson(core, fullName, { birthDate: '2005-04-12', sex: 'M', localityId: wardId });
  const record = await enrolInCampaign(core, { campaignId: campaign.id, personId: person.id, onDate: '2024-04-01' });
  const exam = { recordId: record.id, version: record.version, onDate: '2024-11-20', healthClass, ...measures };
  return call<ExamAnswer>(core, 'conscription.record.healthExam', exam);
}

async function reviewed(campaign: Campaign, fullName: string, healthClass: number, measures: object) {
  const { record } = await examined(campaign, fullName, healthClass, measures);
  return transition(core, record, 'political_review_passed', '2024-12-05');
}

function step(record: ConscriptionRecordView, to: string, onDate: string, extra: object = {}) {
  return { recordId: record.id, version: record.version, to, onDate, ...extra };
}

const handover = { receivingUnit: 'Sư đoàn 346', branch: 'army' };
const correction = { isCorrection: true, note: 'Đính chính theo hồ sơ' };

describe('the health exam records the exam sheet’s figures', () => {
  it('stores height, weight, refraction per eye and notes by specialty, and computes the BMI', async () => {
    const { record } = await examined(after2026, 'Nguyễn Văn An', 2, {
      heightCm: 168,
      weightKg: 60.5,
      refractionRight: -0.75,
      refractionLeft: 0,
      specialtyNotes: { eyes: 'Cận nhẹ mắt phải', dental: ' Sâu răng 36 ', ent: '' },
    });
    const { record: stored } = await call<{ record: ConscriptionRecordView }>(core, 'conscription.record.get', {
      id: record.id,
    });
    expect(stored).toMatchObject({
      state: 'health_exam_passed',
      heightCm: 168,
      weightKg: 60.5,
      refractionRight: -0.75,
      refractionLeft: 0,
      bmi: 21.4,
      specialtyNotes: { eyes: 'Cận nhẹ mắt phải', dental: 'Sâu răng 36' },
    });
  });

  it('refuses figures out of range and refraction off the 0.25 D steps', async () => {
    const person = await createPerson(core, 'Lê Văn Bình', { birthDate: '2005-01-01', sex: 'M', localityId: wardId });
    const record = await enrolInCampaign(core, { campaignId: after2026.id, personId: person.id, onDate: '2025-04-01' });
    const base = { recordId: record.id, version: record.version, onDate: '2025-11-20', healthClass: 1 };
    const error = await refusal(core, 'conscription.record.healthExam', {
      ...base,
      heightCm: 1.7,
      refractionLeft: -1.3,
      specialtyNotes: { cardiology: 'x' },
    });
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual([
      'heightCm',
      'refractionLeft',
      'specialtyNotes.cardiology',
    ]);
  });

  it('warns, without refusing, when a class 1–3 exam’s figures exclude the citizen after the change', async () => {
    const after = await examined(after2026, 'Trần Văn Cường', 3, { ...thin, refractionRight: -2 });
    expect(after.record.state).toBe('health_exam_passed');
    expect(after.warnings.map((w) => [w.code, w.severity])).toEqual([
      ['RULE_HEALTH_CIRCULAR68', 'warning'],
      ['RULE_HEALTH_CIRCULAR68', 'warning'],
    ]);
    expect(after.warnings[0]!.message).toContain('Mắt phải cận thị 2,0 điốp');
    expect(after.warnings[1]!.message).toContain('Chỉ số BMI 17,9');

    const before = await examined(before2025, 'Trần Văn Dũng', 3, { ...thin, refractionRight: -2 });
    expect(before.warnings).toEqual([]);
  });

  it('warns that figures are missing on a post-change exam, and not on an older one', async () => {
    const after = await examined(after2026, 'Phạm Văn Em', 1, { heightCm: 170 });
    expect(after.warnings).toHaveLength(1);
    expect(after.warnings[0]).toMatchObject({ code: 'RULE_HEALTH_MEASURES_MISSING', severity: 'warning' });
    expect(after.warnings[0]!.message).toContain('thiếu cân nặng, khúc xạ mắt phải, khúc xạ mắt trái');
    expect((await examined(before2025, 'Phạm Văn Giang', 1, {})).warnings).toEqual([]);
    // A class 4–6 exam is not called anyway: nothing to ask.
    expect((await examined(after2026, 'Phạm Văn Hùng', 4, {})).warnings).toEqual([]);
  });
});

describe('every step towards the army refuses the Circular 68/2025 exclusions from its effective date', () => {
  it('refuses BMI 17.9 at the official list, reserve list, call-up order and handover of the 2026 campaign', async () => {
    const record = await reviewed(after2026, 'Hoàng Văn Khoa', 1, thin);
    const attempts = [
      ['official_list', {}, /^Không thể đưa vào danh sách chính thức: /],
      ['reserve_list', {}, /^Không thể đưa vào danh sách dự bị: /],
      ['call_up_ordered', correction, /^Không thể cấp lệnh gọi: /],
      ['handed_over', { ...handover, ...correction }, /^Không thể ghi nhận bàn giao: /],
    ] as const;
    for (const [to, extra, opening] of attempts) {
      const refused = await refusal(core, 'conscription.record.transition', step(record, to, '2026-03-04', extra));
      expect(refused.code, to).toBe('RULE_HEALTH_CIRCULAR68');
      expect(refused.message, to).toMatch(opening);
      expect(refused.message, to).toContain(`Chỉ số BMI 17,9 (cao 170 cm, nặng 51,7 kg) nhỏ hơn 18,0`);
      expect(refused.message, to).toContain(CITED);
    }
  });

  it('passes BMI 18.0 and myopia of exactly 1.5 D in the 2026 campaign', async () => {
    const record = await reviewed(after2026, 'Vũ Văn Lâm', 3, { ...justEnough, refractionRight: -1.5 });
    const listed = await transition(core, record, 'official_list', '2026-01-10');
    const ordered = await transition(core, listed, 'call_up_ordered', '2026-01-20');
    const handed = await transition(core, ordered, 'handed_over', '2026-03-04', handover);
    expect(handed.state).toBe('handed_over');
  });

  it('hands over BMI 17.9, class 3 with 2.0 D of myopia and 0.25 D of hyperopia in the 2025 campaign, before the change', async () => {
    for (const [name, measures] of [
      ['Đỗ Văn Minh', thin],
      ['Đỗ Văn Nam', { ...justEnough, refractionRight: -2 }],
      ['Đỗ Văn Phúc', { ...justEnough, refractionLeft: 0.25 }],
    ] as const) {
      const record = await reviewed(before2025, name, 3, measures);
      const listed = await transition(core, record, 'official_list', '2024-12-20');
      const ordered = await transition(core, listed, 'call_up_ordered', '2025-01-10');
      expect((await transition(core, ordered, 'handed_over', '2025-02-13', handover)).state, name).toBe('handed_over');
    }
  });

  it('refuses class 3 with 2.0 D of myopia and 0.25 D of hyperopia in the 2026 campaign', async () => {
    const myopic = await reviewed(after2026, 'Bùi Văn Quang', 3, { ...justEnough, refractionRight: -2 });
    const farsighted = await reviewed(after2026, 'Bùi Văn Sơn', 1, { ...justEnough, refractionLeft: 0.25 });
    const myopia = await refusal(core, 'conscription.record.transition', step(myopic, 'official_list', '2026-01-10'));
    expect(myopia.message).toContain(`Mắt phải cận thị 2,0 điốp, lớn hơn 1,5 điốp`);
    const hyperopia = await refusal(
      core,
      'conscription.record.transition',
      step(farsighted, 'official_list', '2026-01-10'),
    );
    expect(hyperopia.message).toContain(`Mắt trái viễn thị 0,25 điốp`);
    expect(hyperopia.message).toContain(CITED);
  });
});
