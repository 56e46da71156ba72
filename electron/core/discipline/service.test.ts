import { describe, expect, it } from 'vitest';
import { auditFor } from '../db/audit';
import { call, refusal, type TestCore, useTestCore } from '../db/test-helpers';
import { person, unit, ward } from '../militia/test-fixtures';
import { reservesFixture } from '../reserves/test-fixtures';
import type { DisciplineBreach, DisciplineFigures } from './public-types';
import { recordBreach } from './test-steps';

let core: TestCore;
useTestCore((c) => (core = c));

const count = () => (core.db.prepare(`SELECT COUNT(*) AS n FROM discipline_breaches`).get() as { n: number }).n;

/** A ward's mobile platoon with a member (from 01/03/2022) and a squad leader (from 01/03/2022). */
async function militia() {
  const w = await ward(core);
  const platoon = await unit(core, { localityId: w.id, name: 'Trung đội cơ động' });
  const an = await person(core, 'An', '2000-01-01');
  const binh = await person(core, 'Bình', '1995-05-05');
  const member = await call<{ id: string; version: number }>(core, 'militia.member.create', {
    personId: an.id,
    unitId: platoon.id,
    startedOn: '2022-03-01',
  });
  await call(core, 'militia.member.create', {
    personId: binh.id,
    unitId: platoon.id,
    startedOn: '2022-03-01',
    position: 'unit_leader',
  });
  return { w, platoon, an, binh, member };
}

describe('discipline breaches', () => {
  it('records a militia member breach handled by a reprimand, with its audit row', async () => {
    const { an } = await militia();
    const breach = await recordBreach(core, { personId: an.id });
    expect(breach).toMatchObject({ fullName: 'Nguyễn Văn An', force: 'militia', status: 'handled', form: 'reprimand' });
    expect(auditFor(core.db, 'discipline_breach', breach.id).map((a) => a.action)).toEqual(['create']);
  });

  it('refuses a person who was not a militia member on the day, naming him and the date', async () => {
    const { an } = await militia();
    const err = await refusal(core, 'discipline.breach.create', {
      personId: an.id,
      force: 'militia',
      occurredOn: '2022-02-28',
      description: 'Vắng mặt',
      status: 'reviewing',
    });
    expect(err).toMatchObject({
      code: 'RULE_DISCIPLINE_NOT_IN_FORCE',
      fieldErrors: {
        personId:
          'Nguyễn Văn An không phải dân quân tự vệ vào ngày 28/02/2022: chỉ ghi vi phạm kỷ luật của người đang là dân quân tự vệ tại thời điểm vi phạm.',
      },
    });
    const asReservist = await refusal(core, 'discipline.breach.create', {
      personId: an.id,
      force: 'reserves',
      occurredOn: '2023-03-10',
      description: 'Vắng mặt',
      status: 'reviewing',
    });
    expect(asReservist.code).toBe('RULE_DISCIPLINE_NOT_IN_FORCE');
    expect(count()).toBe(0);
  });

  it('judges by the membership held that day, even one that has ended since', async () => {
    const { an, member } = await militia();
    await call(core, 'militia.member.end', {
      id: member.id,
      version: member.version,
      endedOn: '2023-05-31',
      endReason: 'moved',
    });
    await recordBreach(core, { personId: an.id, occurredOn: '2023-05-20', handledOn: '2023-06-01' });
    const after = await refusal(core, 'discipline.breach.create', {
      personId: an.id,
      force: 'militia',
      occurredOn: '2023-06-02',
      description: 'Vắng mặt',
      status: 'reviewing',
    });
    expect(after.code).toBe('RULE_DISCIPLINE_NOT_IN_FORCE');
  });

  it('records a reservist on the register that day, and refuses one removed before it', async () => {
    const r = reservesFixture(core);
    const cuong = await r.person('Trần Văn Cường', '1998-04-04');
    const reservist = await r.reservist(cuong.id, { registeredOn: '2021-01-10' });
    const breach = await recordBreach(core, {
      personId: cuong.id,
      force: 'reserves',
      form: 'warning',
      description: 'Không chấp hành lệnh gọi tập trung huấn luyện',
    });
    expect(breach).toMatchObject({ force: 'reserves', form: 'warning' });
    await r.remove(reservist.id, '2023-04-01', 'Chuyển nơi cư trú');
    const err = await refusal(core, 'discipline.breach.create', {
      personId: cuong.id,
      force: 'reserves',
      occurredOn: '2023-04-02',
      description: 'Vắng mặt',
      status: 'reviewing',
    });
    expect(err.message).toContain('không phải quân nhân dự bị vào ngày 02/04/2023');
  });

  it('allows dismissal for a commander but not for a member, citing Art. 48 of the Militia Law', async () => {
    const { an, binh } = await militia();
    const err = await refusal(core, 'discipline.breach.create', {
      personId: an.id,
      force: 'militia',
      occurredOn: '2023-03-10',
      description: 'Vi phạm',
      status: 'handled',
      form: 'dismissal',
      decisionNumber: '16/QĐ-BCH',
      handledOn: '2023-03-20',
    });
    expect(err).toMatchObject({ code: 'RULE_DISCIPLINE_FORM_FOR_FORCE' });
    expect(err.fieldErrors?.form).toBe(
      'Hình thức "Cách chức" không áp dụng cho chiến sĩ dân quân tự vệ (khoản 1, 2 Điều 48 Luật Dân quân tự vệ năm 2019; Điều 8 Thông tư 75/2020/TT-BQP). Các hình thức áp dụng: Nhắc nhở, kiểm điểm, Khiển trách, Cảnh cáo, Tước danh hiệu.',
    );
    const commander = await recordBreach(core, { personId: binh.id, form: 'dismissal' });
    expect(commander.form).toBe('dismissal');
  });

  it('refuses a decision dated before the breach, a handled breach without a form, and a reprimand with no decision number', async () => {
    const { an } = await militia();
    const before = await refusal(core, 'discipline.breach.create', {
      personId: an.id,
      force: 'militia',
      occurredOn: '2023-03-10',
      description: 'Vi phạm',
      status: 'handled',
      form: 'reprimand',
      decisionNumber: '15/QĐ-BCH',
      handledOn: '2023-03-09',
    });
    expect(before).toMatchObject({
      code: 'RULE_DISCIPLINE_DECISION_BEFORE_BREACH',
      fieldErrors: {
        handledOn:
          'Ngày xử lý 09/03/2023 trước ngày vi phạm 10/03/2023: quyết định xử lý chỉ có sau khi vi phạm xảy ra.',
      },
    });
    const noForm = await refusal(core, 'discipline.breach.create', {
      personId: an.id,
      force: 'militia',
      occurredOn: '2023-03-10',
      description: 'Vi phạm',
      status: 'handled',
    });
    expect(noForm.code).toBe('RULE_DISCIPLINE_HANDLED_NEEDS_FORM');
    const noNumber = await refusal(core, 'discipline.breach.create', {
      personId: an.id,
      force: 'militia',
      occurredOn: '2023-03-10',
      description: 'Vi phạm',
      status: 'handled',
      form: 'reprimand',
      handledOn: '2023-03-20',
    });
    expect(noNumber.code).toBe('RULE_DISCIPLINE_DECISION_NUMBER');
    // A reminder needs no decision.
    await recordBreach(core, { personId: an.id, form: 'reminder', decisionNumber: '' });
    expect(count()).toBe(1);
  });

  it('updates a breach under review once handled, audited, and refuses a stale version', async () => {
    const { an } = await militia();
    const open = await recordBreach(core, {
      personId: an.id,
      status: 'reviewing',
      form: null,
      decisionNumber: '',
      handledOn: null,
    });
    const input = stripDerived(open);
    const handled = await call<DisciplineBreach>(core, 'discipline.breach.update', {
      ...input,
      status: 'handled',
      form: 'reminder',
      handledOn: '2023-03-15',
    });
    expect(handled).toMatchObject({ status: 'handled', version: 2 });
    expect(auditFor(core.db, 'discipline_breach', open.id).map((a) => a.action)).toEqual(['create', 'update']);
    expect((await refusal(core, 'discipline.breach.update', input)).code).toBe('CONFLICT_VERSION');
  });

  it('counts breaches by force and form, handled by the end of the range; 30/06 in H1, 01/07 in H2', async () => {
    const { an, binh } = await militia();
    const r = reservesFixture(core);
    const cuong = await r.person('Trần Văn Cường', '1998-04-04');
    await r.reservist(cuong.id);
    await recordBreach(core, { personId: an.id, occurredOn: '2023-01-01', handledOn: '2023-01-10' });
    await recordBreach(core, {
      personId: binh.id,
      occurredOn: '2023-06-30',
      form: 'reminder',
      decisionNumber: '',
      handledOn: '2023-06-30',
    });
    // Dated in H1, decided in H2: counted but not yet handled in H1.
    await recordBreach(core, {
      personId: cuong.id,
      force: 'reserves',
      occurredOn: '2023-06-20',
      form: 'warning',
      handledOn: '2023-07-05',
    });
    await recordBreach(core, {
      personId: an.id,
      occurredOn: '2023-07-01',
      status: 'reviewing',
      form: null,
      decisionNumber: '',
      handledOn: null,
    });
    const h1 = await call<DisciplineFigures>(core, 'discipline.figures', { from: '2023-01-01', to: '2023-06-30' });
    expect(h1).toEqual({
      total: 3,
      byForce: { militia: 2, reserves: 1 },
      handled: 2,
      byForm: { reprimand: 1, reminder: 1 },
    });
    const h2 = await call<DisciplineFigures>(core, 'discipline.figures', { from: '2023-07-01', to: '2023-12-31' });
    expect(h2).toEqual({ total: 1, byForce: { militia: 1, reserves: 0 }, handled: 0, byForm: {} });
    const reversed = await refusal(core, 'discipline.figures', { from: '2023-12-31', to: '2023-07-01' });
    expect(reversed.fieldErrors).toEqual({ to: 'Ngày "đến" không được trước ngày "từ".' });
  });
});

function stripDerived(b: DisciplineBreach) {
  const { fullName: _n, birthDate: _b, ...input } = b;
  return input;
}
