import { describe, expect, it } from 'vitest';
import { auditFor } from '../db/audit';
import { call, refusal, type TestCore, useTestCore } from '../db/test-helpers';
import type {
  FamilySupportPage,
  PolicyCase,
  PolicyCasePage,
  PolicySoldierOption,
  Returnee,
  ReturneePage,
} from './public-types';
import { giveSupport, receiveCase, recordReturn, soldier } from './test-steps';

let core: TestCore;
useTestCore((c) => (core = c));

const count = (table: string) => (core.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
const UNKNOWN = '00000000-0000-4000-8000-00000000beef';

describe('family supports', () => {
  it('records a Tết gift for a serving soldier, shows his handover year, finds him without accents and audits it', async () => {
    const an = await soldier(core, 'Nguyễn Văn An', '2003-05-02', 2022);
    await soldier(core, 'Lê Văn Bình', '2003-07-09');
    const gift = await giveSupport(core, { personId: an.id, supportOn: '2023-01-14', amount: 500000 });
    expect(gift).toMatchObject({
      fullName: 'Nguyễn Văn An',
      birthDate: '2003-05-02',
      handoverYear: 2022,
      amount: 500000,
    });
    const page = await call<FamilySupportPage>(core, 'policy.support.list', { search: 'nguyen van an', year: 2023 });
    expect(page.rows.map((r) => r.id)).toEqual([gift.id]);
    expect((await call<FamilySupportPage>(core, 'policy.support.list', { year: 2022 })).total).toBe(0);
    expect(auditFor(core.db, 'policy_family_support', gift.id).map((a) => a.action)).toEqual(['create']);
    const picker = await call<PolicySoldierOption[]>(core, 'policy.soldiers', { search: '' });
    expect(picker.map((p) => [p.fullName, p.handoverYear])).toEqual([
      ['Nguyễn Văn An', 2022],
      ['Lê Văn Bình', null],
    ]);
  });

  it('refuses a negative amount, a gift without an amount and an unknown person; a visit needs no money', async () => {
    const an = await soldier(core, 'Nguyễn Văn An', '2003-05-02', 2022);
    const negative = await refusal(core, 'policy.support.create', {
      personId: an.id,
      supportOn: '2023-01-14',
      kind: 'tet_gift',
      amount: -1,
    });
    expect(negative.fieldErrors).toEqual({ amount: 'Số tiền phải là số nguyên không âm (đồng).' });
    const missing = await refusal(core, 'policy.support.create', {
      personId: an.id,
      supportOn: '2023-01-14',
      kind: 'hardship',
    });
    expect(missing.fieldErrors?.amount).toContain('chỉ thăm hỏi mới được để trống');
    const unknown = await refusal(core, 'policy.support.create', {
      personId: UNKNOWN,
      supportOn: '2023-01-14',
      kind: 'visit',
    });
    expect(unknown).toMatchObject({ code: 'RULE_POLICY_PERSON_UNKNOWN' });
    expect(unknown.fieldErrors).toEqual({ personId: 'Không tìm thấy người này trong danh sách công dân.' });
    expect(count('policy_family_supports')).toBe(0);
    const visit = await giveSupport(core, { personId: an.id, supportOn: '2023-03-02', kind: 'visit' });
    expect(visit.amount).toBeNull();
  });

  it('edits at the current version only and deletes with an audit row', async () => {
    const an = await soldier(core, 'Nguyễn Văn An', '2003-05-02', 2022);
    const gift = await giveSupport(core, { personId: an.id, supportOn: '2023-01-14', amount: 500000 });
    const edited = await call<{ amount: number; version: number }>(core, 'policy.support.update', {
      id: gift.id,
      version: gift.version,
      personId: an.id,
      supportOn: gift.supportOn,
      kind: gift.kind,
      amount: 700000,
    });
    expect(edited).toMatchObject({ amount: 700000, version: 2 });
    const stale = await refusal(core, 'policy.support.delete', { id: gift.id, version: 1 });
    expect(stale.code).toBe('CONFLICT_VERSION');
    await call(core, 'policy.support.delete', { id: gift.id, version: 2 });
    expect(count('policy_family_supports')).toBe(0);
    expect(auditFor(core.db, 'policy_family_support', gift.id).map((a) => a.action)).toEqual([
      'create',
      'update',
      'delete',
    ]);
  });
});

describe('returning soldiers', () => {
  const back = (personId: string, values: Record<string, unknown> = {}) => ({
    personId,
    dischargedOn: '2023-02-01',
    returnedOn: '2023-02-06',
    reserveRegisteredOn: '2023-02-20',
    ...values,
  });

  it('records a return with its job support in one go, with the registration deadline', async () => {
    const an = await soldier(core, 'Nguyễn Văn An', '2001-05-02', 2021);
    const r = await recordReturn(core, {
      ...back(an.id),
      supports: [
        { kind: 'job_referral', supportOn: '2023-03-01', note: 'Công ty may Bắc Kạn' },
        { kind: 'vocational_training', supportOn: '2023-03-15' },
      ],
    });
    expect(r).toMatchObject({ handoverYear: 2021, registrationDeadline: '2023-02-27', registrationWarning: null });
    expect(r.supports.map((s) => s.kind)).toEqual(['job_referral', 'vocational_training']);
    expect(auditFor(core.db, 'policy_returnee', r.id).map((a) => a.action)).toEqual(['create']);
  });

  it('warns (does not refuse) a late registration, and an overdue one not yet made', async () => {
    const an = await soldier(core, 'Nguyễn Văn An', '2001-05-02', 2021);
    const binh = await soldier(core, 'Lê Văn Bình', '2001-07-09', 2021);
    const late = await recordReturn(core, back(an.id, { reserveRegisteredOn: '2023-02-28' }));
    expect(late.registrationWarning).toContain('quá thời hạn 15 ngày làm việc');
    const none = await recordReturn(core, back(binh.id, { reserveRegisteredOn: null }));
    expect(none.registrationWarning).toContain('Chưa đăng ký ngạch dự bị');
    const page = await call<ReturneePage>(core, 'policy.returnee.list', { year: 2023 });
    expect(page.rows.filter((r) => r.registrationWarning !== null)).toHaveLength(2);
  });

  it('refuses a return before the discharge, a registration before it, a duplicate and an unknown person', async () => {
    const an = await soldier(core, 'Nguyễn Văn An', '2001-05-02', 2021);
    const early = await refusal(core, 'policy.returnee.create', back(an.id, { returnedOn: '2023-01-31' }));
    expect(early).toMatchObject({ code: 'RULE_POLICY_RETURN_BEFORE_DISCHARGE' });
    expect(early.fieldErrors?.returnedOn).toBe(
      'Ngày về địa phương (31/01/2023) không được trước ngày quyết định xuất ngũ (01/02/2023) (Điều 43 Luật Nghĩa vụ quân sự năm 2015: quân nhân về địa phương sau khi có quyết định xuất ngũ).',
    );
    const registered = await refusal(
      core,
      'policy.returnee.create',
      back(an.id, { reserveRegisteredOn: '2023-01-20' }),
    );
    expect(registered.code).toBe('RULE_POLICY_REGISTERED_BEFORE_DISCHARGE');
    expect((await refusal(core, 'policy.returnee.create', back(UNKNOWN))).code).toBe('RULE_POLICY_PERSON_UNKNOWN');
    await recordReturn(core, back(an.id));
    const duplicate = await refusal(core, 'policy.returnee.create', back(an.id));
    expect(duplicate.code).toBe('RULE_POLICY_RETURNEE_DUPLICATE');
    expect(duplicate.message).toContain('01/02/2023');
  });

  it('writes nothing when one support line is refused, and an edit with a bad line keeps the old lines', async () => {
    const an = await soldier(core, 'Nguyễn Văn An', '2001-05-02', 2021);
    const bad = [
      { kind: 'job_referral', supportOn: '2023-03-01' },
      { kind: 'other', supportOn: '2023-01-15' },
    ];
    const audits = count('audit_log');
    const err = await refusal(core, 'policy.returnee.create', { ...back(an.id), supports: bad });
    expect(err.code).toBe('RULE_POLICY_SUPPORT_BEFORE_DISCHARGE');
    expect(err.fieldErrors).toEqual({
      'supports.1.supportOn':
        'Ngày hỗ trợ việc làm, học nghề (15/01/2023) không được trước ngày quyết định xuất ngũ (01/02/2023) (chế độ khi xuất ngũ, Điều 50 Luật Nghĩa vụ quân sự năm 2015; Nghị định 27/2016/NĐ-CP).',
    });
    expect([count('policy_returnees'), count('policy_returnee_supports'), count('audit_log')]).toEqual([0, 0, audits]);
    const r = await recordReturn(core, { ...back(an.id), supports: [bad[0]] });
    const edit = await refusal(core, 'policy.returnee.update', {
      id: r.id,
      version: r.version,
      ...back(an.id, { note: 'sửa' }),
      supports: bad,
    });
    expect(edit.code).toBe('RULE_POLICY_SUPPORT_BEFORE_DISCHARGE');
    const kept = await call<Returnee>(core, 'policy.returnee.get', { id: r.id });
    expect(kept).toMatchObject({ version: 1, note: '' });
    expect(kept.supports).toHaveLength(1);
  });

  it('deletes a returnee with his support lines, audited', async () => {
    const an = await soldier(core, 'Nguyễn Văn An', '2001-05-02', 2021);
    const r = await recordReturn(core, {
      ...back(an.id),
      supports: [{ kind: 'job_referral', supportOn: '2023-03-01' }],
    });
    await call(core, 'policy.returnee.delete', { id: r.id, version: r.version });
    expect([count('policy_returnees'), count('policy_returnee_supports')]).toEqual([0, 0]);
    expect(auditFor(core.db, 'policy_returnee', r.id).map((a) => a.action)).toEqual(['create', 'delete']);
  });
});

describe('other policy cases', () => {
  it('takes a typed name, found without accents, and refuses a resolved date before the received date', async () => {
    const c = await receiveCase(core, {
      subjectName: 'Hoàng Thị Đào',
      kind: 'decision_62_2011',
      receivedOn: '2023-03-01',
      decisionNumber: '125/QĐ-UBND',
    });
    expect(c).toMatchObject({ personId: null, subjectName: 'Hoàng Thị Đào', outcome: 'pending' });
    const found = await call<PolicyCasePage>(core, 'policy.case.list', { search: 'thi dao' });
    expect(found.rows.map((r) => r.id)).toEqual([c.id]);
    const err = await refusal(core, 'policy.case.update', {
      id: c.id,
      version: c.version,
      subjectName: 'Hoàng Thị Đào',
      kind: 'decision_62_2011',
      receivedOn: '2023-03-01',
      outcome: 'resolved',
      resolvedOn: '2023-02-27',
    });
    expect(err).toMatchObject({ code: 'RULE_POLICY_RESOLVED_BEFORE_RECEIVED' });
    expect(err.fieldErrors?.resolvedOn).toBe(
      'Ngày giải quyết xong (27/02/2023) không được trước ngày tiếp nhận hồ sơ (01/03/2023).',
    );
    const noName = await refusal(core, 'policy.case.create', {
      kind: 'other',
      outcome: 'pending',
      receivedOn: '2023-03-01',
    });
    expect(noName.fieldErrors).toEqual({
      subjectName: 'Chọn người trong danh sách công dân, hoặc ghi họ tên đối tượng.',
    });
  });

  it('resolves a case of a registered person, audited, and lists it in the years it was open', async () => {
    const an = await soldier(core, 'Nguyễn Văn An', '1955-05-02');
    const c = await receiveCase(core, { personId: an.id, receivedOn: '2022-11-20' });
    const done = await call<PolicyCase>(core, 'policy.case.update', {
      id: c.id,
      version: c.version,
      personId: an.id,
      kind: 'meritorious',
      receivedOn: '2022-11-20',
      decisionNumber: '88/QĐ-UBND',
      decisionOn: '2023-02-10',
      outcome: 'resolved',
      resolvedOn: '2023-02-10',
    });
    expect(done).toMatchObject({ subjectName: 'Nguyễn Văn An', outcome: 'resolved', version: 2 });
    for (const [year, total] of [
      [2022, 1],
      [2023, 1],
      [2024, 0],
    ] as const)
      expect((await call<PolicyCasePage>(core, 'policy.case.list', { year })).total).toBe(total);
    await call(core, 'policy.case.delete', { id: c.id, version: 2 });
    expect(auditFor(core.db, 'policy_case', c.id).map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });
});
