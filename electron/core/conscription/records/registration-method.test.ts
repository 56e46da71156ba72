import { describe, expect, it } from 'vitest';
import { call, refusal, type TestCore, useTestCore } from '../../db/test-helpers';
import { createPerson } from '../../people/test-steps';
import type { RuleFailure } from '../rules';
import { createCampaign, transition } from '../test-steps';
import type { ConscriptionRecordView, ConscriptionTransition } from './view';

/**
 * Issue 17 §2: the first registration records how it was made, in person or online (Art. 16 Luật
 * NVQS as amended by Law 98/2025/QH15); online before 01/07/2025 is kept with a warning.
 */
let core: TestCore;
let campaignId: string;
let serial = 0;

useTestCore(async (c) => {
  core = c;
  campaignId = (await createCampaign(core, { year: 2026, handoverStart: '2026-03-04' })).id;
});

async function newCitizen() {
  return createPerson(core, `Lý Văn Ký ${String.fromCharCode(65 + serial++)}`, { birthDate: '2008-05-10', sex: 'M' });
}

type Created = ConscriptionRecordView & { warnings: RuleFailure[] };

async function register(onDate: string, extra: Record<string, unknown> = {}, state = 'first_registered') {
  const person = await newCitizen();
  return call<Created>(core, 'conscription.record.create', {
    campaignId,
    personId: person.id,
    state,
    onDate,
    ...extra,
  });
}

async function historyOf(id: string) {
  return (await call<{ history: ConscriptionTransition[] }>(core, 'conscription.record.get', { id })).history;
}

describe('the first registration records its method', () => {
  it('stores an online registration, returns it, and keeps it in the history', async () => {
    const created = await register('2026-04-10', { registrationMethod: 'online', registrationCertificate: '12/GCN' });
    expect(created.registrationMethod).toBe('online');
    expect(created.warnings).toEqual([]);
    const { record } = await call<{ record: ConscriptionRecordView }>(core, 'conscription.record.get', {
      id: created.id,
    });
    expect(record.registrationMethod).toBe('online');
    const [first] = await historyOf(created.id);
    expect(first?.details).toMatchObject({ registrationMethod: 'online', registrationCertificate: '12/GCN' });
  });

  it('leaves the method unrecorded when not given, and never records one for a move-in to the pool', async () => {
    expect((await register('2026-04-10')).registrationMethod).toBeNull();
    expect((await register('2026-04-10', { registrationMethod: 'in_person' }, 'pool')).registrationMethod).toBeNull();
  });

  it('keeps an online registration dated before 01/07/2025, with a warning citing the text of that day', async () => {
    const created = await register('2025-06-30', { registrationMethod: 'online' });
    expect(created.registrationMethod).toBe('online');
    expect(created.warnings).toHaveLength(1);
    expect(created.warnings[0]).toMatchObject({ code: 'RULE_ONLINE_REGISTRATION', severity: 'warning' });
    expect(created.warnings[0]!.message).toContain('Điều 16 Luật Nghĩa vụ quân sự số 78/2015/QH13)');
    expect((await register('2025-06-30', { registrationMethod: 'in_person' })).warnings).toEqual([]);
  });

  it('records the method on a step to first registration, with the same warning, and in its history details', async () => {
    const barred = await register('2025-03-01', {}, 'registration_barred');
    const result = await call<{ record: ConscriptionRecordView; warnings: RuleFailure[] }>(
      core,
      'conscription.record.transition',
      {
        recordId: barred.id,
        version: barred.version,
        to: 'first_registered',
        onDate: '2025-06-30',
        registrationMethod: 'online',
      },
    );
    expect(result.record.registrationMethod).toBe('online');
    expect(result.warnings.map((w) => w.code)).toEqual(['RULE_ONLINE_REGISTRATION']);
    const history = await historyOf(barred.id);
    expect(history.at(-1)?.details).toMatchObject({ registrationMethod: 'online' });
  });

  it('keeps the recorded method when a later step to first registration does not say it', async () => {
    const barred = await register('2026-04-01', {}, 'registration_barred');
    const registered = await transition(core, barred, 'first_registered', '2026-04-10', {
      registrationMethod: 'in_person',
    });
    const again = await transition(core, registered, 'registration_barred', '2026-05-01');
    const back = await transition(core, again, 'first_registered', '2026-06-01');
    expect(back.registrationMethod).toBe('in_person');
  });

  it('carries the method into next year with the registration', async () => {
    const created = await register('2026-04-10', { registrationMethod: 'online' });
    const next = await createCampaign(core, { year: 2027, handoverStart: '2027-02-24' });
    await call(core, 'conscription.record.rollOver', {
      fromCampaignId: campaignId,
      toCampaignId: next.id,
      onDate: '2026-11-20',
    });
    const page = await call<{ rows: ConscriptionRecordView[] }>(core, 'conscription.record.list', {
      campaignId: next.id,
    });
    const carried = page.rows.find((r) => r.personId === created.personId);
    expect(carried).toMatchObject({ state: 'pool', registeredOn: '2026-04-10', registrationMethod: 'online' });
  });

  it('refuses an unknown method in Vietnamese', async () => {
    const person = await newCitizen();
    const error = await refusal(core, 'conscription.record.create', {
      campaignId,
      personId: person.id,
      state: 'first_registered',
      onDate: '2026-04-10',
      registrationMethod: 'by_post',
    });
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fieldErrors).toEqual({ registrationMethod: 'Hình thức đăng ký phải là trực tiếp hoặc trực tuyến.' });
  });
});
