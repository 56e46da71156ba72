/**
 * The register (sổ văn bản đi) through the API router on real SQLite: every .docx produced is one
 * entry with its number, date, signer, input, snapshot and exact bytes; .xlsx tables are not
 * entries; a number is never given twice (typed by hand or taken after the counter was set back);
 * a correction is a new entry with a new number; the table itself refuses changes.
 */
import { describe, expect, it } from 'vitest';
import { type TestCore, useOffice } from '../../../../test/docs/document-scene';
import { auditFor } from '../../db/audit';
import { call, refusal } from '../../db/test-helpers';
import { buildDrillsFixture, type DrillsFixture } from '../../../../test/docs/drills-fixture';
import type { OfficeProfile } from '../../office/schema';
import type { IssuePlan, ProducedDocument } from '../generate-schema';
import type { RegisterEntryDetail, RegisterFile, RegisterPage } from './public-types';
import { inTransaction } from '../../kernel/transaction';
import { typeCodeOf } from '../families';
import { insertRegisterEntry, summaryOf } from './register';

let core: TestCore;
let fixture: DrillsFixture;
useOffice(buildDrillsFixture, (scene) => ({ core, fixture } = scene));

const generate = (input: Record<string, unknown>) =>
  call<ProducedDocument>(core, 'documents.generate', { date: '2026-11-27', ...input });

const rowCount = () => (core.db.prepare('SELECT count(*) AS n FROM document_register').get() as { n: number }).n;
const counter = (year: number, code: string) =>
  (
    core.db
      .prepare('SELECT last_number AS n FROM document_counters WHERE year = ? AND type_code = ?')
      .get(year, code) as { n: number } | undefined
  )?.n ?? 0;
const auditCount = () =>
  (core.db.prepare(`SELECT count(*) AS n FROM audit_log WHERE entity = 'document'`).get() as { n: number }).n;

describe('registering produced documents', () => {
  it('writes one entry per .docx with its number, date, kind, signer, input, snapshot and the exact bytes', async () => {
    const before = rowCount();
    const plan = await generate({ kind: 'exercises.plan', exerciseId: fixture.plannedExercise });
    expect(plan.registerId).toEqual(expect.any(String));
    expect(rowCount()).toBe(before + 1);

    const entry = await call<RegisterEntryDetail>(core, 'documents.register.get', { id: plan.registerId });
    expect(entry).toMatchObject({
      kind: 'exercises.plan',
      format: 'docx',
      year: 2026,
      typeCode: 'KH',
      number: plan.number,
      reference: `${String(plan.number).padStart(2, '0')}/KH-BCH`,
      issuedOn: '2026-11-27',
      summary: 'Kế hoạch diễn tập năm 2027',
      signerName: 'Thiếu tá Hoàng Văn Minh',
      signerTitle: 'CHỈ HUY TRƯỞNG',
      fileName: plan.fileName,
      createdBy: 'tester',
      replaces: null,
      replacedBy: null,
    });
    // The input as used: the number actually given, so the entry says exactly what was built.
    expect(entry.input).toMatchObject({
      kind: 'exercises.plan',
      exerciseId: fixture.plannedExercise,
      date: '2026-11-27',
      number: plan.number,
    });
    expect(entry.snapshot).toEqual(expect.objectContaining({ fields: expect.any(Object), tables: expect.any(Object) }));
    expect(entry).not.toHaveProperty('base64');

    const file = await call<RegisterFile>(core, 'documents.register.download', { id: plan.registerId });
    expect(file).toEqual({ fileName: plan.fileName, mimeType: plan.mimeType, base64: plan.base64 });
  });

  it('takes the document date from today when none is given, and records the year of that date', async () => {
    const report = await call<ProducedDocument>(core, 'documents.generate', {
      kind: 'exercises.resultReport',
      exerciseId: fixture.doneExercise,
    });
    const entry = await call<RegisterEntryDetail>(core, 'documents.register.get', { id: report.registerId });
    expect(entry).toMatchObject({ issuedOn: '2026-11-27', year: 2026, typeCode: 'BC', number: report.number });
  });

  it('audits the registration without the file', async () => {
    const plan = await generate({ kind: 'exercises.plan', exerciseId: fixture.doneExercise });
    const [audit, ...more] = auditFor(core.db, 'document', plan.registerId!);
    expect(more).toHaveLength(0);
    expect(audit).toMatchObject({ action: 'create', actor: 'tester', before_json: null });
    const after = JSON.parse(audit!.after_json!) as Record<string, unknown>;
    expect(after).toMatchObject({ kind: 'exercises.plan', number: plan.number, typeCode: 'KH' });
    expect(audit!.after_json!).not.toContain(plan.base64.slice(0, 40));
  });

  it('does not register .xlsx working tables', async () => {
    const before = rowCount();
    const table = await generate({ kind: 'training.resultReport', courseId: fixture.course, format: 'xlsx' });
    expect(table.registerId).toBeNull();
    expect(rowCount()).toBe(before);
  });

  it('hands a draft back without a number, any number of times, writing nothing and moving no counter', async () => {
    await generate({ kind: 'exercises.plan', exerciseId: fixture.plannedExercise });
    const [rows, audits, kh] = [rowCount(), auditCount(), counter(2026, 'KH')];
    for (let i = 0; i < 2; i += 1) {
      const draft = await generate({ kind: 'exercises.plan', exerciseId: fixture.doneExercise, mode: 'draft' });
      expect(draft).toMatchObject({ number: null, reference: null, registerId: null, typeCode: 'KH' });
    }
    expect([rowCount(), auditCount(), counter(2026, 'KH')]).toEqual([rows, audits, kh]);
    // The draft used nothing: the next document issued takes the number after the last one issued.
    const issued = await generate({ kind: 'exercises.plan', exerciseId: fixture.doneExercise, mode: 'issue' });
    expect(issued.number).toBe(kh + 1);
  });

  it('says before issuing which number, date, signer and summary the document will take, using nothing', async () => {
    const kh = counter(2026, 'KH');
    const plan = await call<IssuePlan>(core, 'documents.issuePlan', {
      kind: 'exercises.plan',
      exerciseId: fixture.doneExercise,
      date: '2026-11-27',
    });
    expect(plan).toEqual({
      reference: `${String(kh + 1).padStart(2, '0')}/KH-BCH`,
      lastReference: null,
      date: '2026-11-27',
      signer: 'CHỈ HUY TRƯỞNG Thiếu tá Hoàng Văn Minh',
      summary: 'Kế hoạch diễn tập năm 2026',
    });
    expect(counter(2026, 'KH')).toBe(kh);
    const issued = await generate({ kind: 'exercises.plan', exerciseId: fixture.doneExercise });
    expect(issued.reference).toBe(plan.reference);
  });
});

describe('withdrawing an issued document', () => {
  const withdraw = (entry: { id: string; version: number }, reason: string) =>
    call<RegisterEntryDetail>(core, 'documents.register.withdraw', { id: entry.id, version: entry.version, reason });
  const get = (id: string | null) => call<RegisterEntryDetail>(core, 'documents.register.get', { id });

  it('keeps the entry and its number used, with the reason, audited; the next document takes the number after', async () => {
    const first = await generate({ kind: 'exercises.plan', exerciseId: fixture.doneExercise });
    const entry = await get(first.registerId);
    const audits = auditCount();
    const withdrawn = await withdraw(entry, 'Sai danh sách lực lượng tham gia');
    expect(withdrawn).toMatchObject({
      id: entry.id,
      number: first.number,
      version: entry.version + 1,
      withdrawn: { reason: 'Sai danh sách lực lượng tham gia', by: 'tester', at: expect.any(String) },
    });
    expect(auditCount()).toBe(audits + 1);
    const [audit] = auditFor(core.db, 'document', entry.id).filter((a) => a.action === 'update');
    expect(JSON.parse(audit!.after_json!)).toMatchObject({ withdrawnReason: 'Sai danh sách lực lượng tham gia' });
    // Its number is never given again, even with the counter set back before it.
    const [kh] = (
      await call<{ typeCode: string; version: number }[]>(core, 'documents.counter.list', { year: 2026 })
    ).filter((c) => c.typeCode === 'KH');
    await call(core, 'documents.counter.update', {
      year: 2026,
      typeCode: 'KH',
      lastNumber: first.number! - 1,
      version: kh!.version,
    });
    const next = await generate({ kind: 'exercises.plan', exerciseId: fixture.doneExercise });
    expect(next.number).toBe(first.number! + 1);
    expect(
      await refusal(core, 'documents.generate', {
        kind: 'exercises.plan',
        exerciseId: fixture.doneExercise,
        date: '2026-11-27',
        number: first.number,
      }),
    ).toMatchObject({ code: 'CONFLICT_DOCUMENT_NUMBER' });
  });

  it('refuses to withdraw twice, at an old version, without a reason or an unknown entry', async () => {
    const issued = await generate({ kind: 'exercises.plan', exerciseId: fixture.doneExercise });
    const entry = await get(issued.registerId);
    expect(
      await refusal(core, 'documents.register.withdraw', { id: entry.id, version: entry.version, reason: ' ' }),
    ).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: { reason: expect.any(String) } });
    await withdraw(entry, 'Ban hành nhầm');
    expect(
      await refusal(core, 'documents.register.withdraw', {
        id: entry.id,
        version: entry.version + 1,
        reason: 'Lần hai',
      }),
    ).toMatchObject({ code: 'REGISTER_ALREADY_WITHDRAWN', message: expect.stringContaining('đã được thu hồi') });
    const other = await get((await generate({ kind: 'exercises.plan', exerciseId: fixture.doneExercise })).registerId);
    expect(
      await refusal(core, 'documents.register.withdraw', { id: other.id, version: other.version + 1, reason: 'Cũ' }),
    ).toMatchObject({ code: 'CONFLICT_VERSION' });
    expect(
      await refusal(core, 'documents.register.withdraw', {
        id: '00000000-0000-4000-8000-00000000abcd',
        version: 1,
        reason: 'Không có',
      }),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect((await get(entry.id)).withdrawn?.reason).toBe('Ban hành nhầm');
  });

  it('lets the table change nothing but a first withdrawal', async () => {
    const issued = await generate({ kind: 'exercises.plan', exerciseId: fixture.doneExercise });
    const sneak = `UPDATE document_register SET withdrawn_at = 'x', withdrawn_reason = 'y', summary = 'z' WHERE id = ?`;
    expect(() => core.db.prepare(sneak).run(issued.registerId)).toThrow(/never changed/);
  });
});

describe('numbers are never reused', () => {
  it('gives two documents of the same series two numbers', async () => {
    const a = await generate({ kind: 'training.resultReport', courseId: fixture.course });
    const b = await generate({ kind: 'exercises.resultReport', exerciseId: fixture.doneExercise });
    expect(a.typeCode).toBe('BC');
    expect(b.typeCode).toBe('BC');
    expect(b.number).not.toBe(a.number);
    const rows = core.db
      .prepare(
        `SELECT number, count(*) AS n FROM document_register WHERE year = 2026 AND type_code = 'BC'
        AND number IS NOT NULL GROUP BY number HAVING n > 1`,
      )
      .all();
    expect(rows).toEqual([]);
  });

  it('knows before building the series each kind is numbered in', async () => {
    const built = [
      await generate({ kind: 'exercises.plan', exerciseId: fixture.plannedExercise, mode: 'draft' }),
      await generate({ kind: 'exercises.resultReport', exerciseId: fixture.doneExercise, mode: 'draft' }),
      await generate({ kind: 'training.resultReport', courseId: fixture.course, mode: 'draft' }),
      await generate({ kind: 'duty.monthRoster', year: 2026, month: 11, mode: 'draft' }),
    ];
    const kinds = ['exercises.plan', 'exercises.resultReport', 'training.resultReport', 'duty.monthRoster'] as const;
    expect(kinds.map((kind) => typeCodeOf(kind))).toEqual(built.map((file) => file.typeCode));
  });

  it('refuses a number typed by hand that the register holds, writing nothing and leaving the counter', async () => {
    const first = await generate({ kind: 'exercises.plan', exerciseId: fixture.doneExercise, number: 40 });
    const rows = rowCount();
    const audits = auditCount();
    const counterBefore = counter(2026, 'KH');
    const error = await refusal(core, 'documents.generate', {
      kind: 'exercises.plan',
      exerciseId: fixture.plannedExercise,
      date: '2026-12-01',
      number: 40,
    });
    expect(error.code).toBe('CONFLICT_DOCUMENT_NUMBER');
    expect(error.message).toBe(
      `Số 40/KH-BCH năm 2026 đã cấp cho văn bản khác ("${summaryOf(first.fileName)}", ngày 27/11/2026). ` +
        'Mỗi số chỉ dùng một lần; văn bản sửa đổi được cấp số mới.',
    );
    expect(rowCount()).toBe(rows);
    expect(auditCount()).toBe(audits);
    expect(counter(2026, 'KH')).toBe(counterBefore);
    // The same number in another year, or in another series, is a different number.
    const nextYear = await generate({
      kind: 'exercises.plan',
      exerciseId: fixture.doneExercise,
      number: 40,
      date: '2027-01-04',
    });
    expect(nextYear.number).toBe(40);
    const otherSeries = await generate({
      kind: 'exercises.resultReport',
      exerciseId: fixture.doneExercise,
      number: 40,
    });
    expect(otherSeries.number).toBe(40);
  });

  it('steps the counter over numbers already issued when it was set back or a number was typed ahead', async () => {
    const taken = await generate({ kind: 'duty.monthRoster', year: 2026, month: 11 });
    expect(taken.typeCode).toBe('LT');
    const ahead = await generate({ kind: 'duty.monthRoster', year: 2026, month: 11, number: taken.number! + 1 });
    const [lt] = (
      await call<{ typeCode: string; version: number }[]>(core, 'documents.counter.list', { year: 2026 })
    ).filter((c) => c.typeCode === 'LT');
    await call(core, 'documents.counter.update', {
      year: 2026,
      typeCode: 'LT',
      lastNumber: taken.number! - 1,
      version: lt!.version,
    });
    const next = await generate({ kind: 'duty.monthRoster', year: 2026, month: 11 });
    expect(next.number).toBe(ahead.number! + 1);
    expect(counter(2026, 'LT')).toBe(next.number);
  });

  it('refuses at registration a number the register already holds, the last guard, writing nothing', async () => {
    const held = await generate({ kind: 'exercises.plan', exerciseId: fixture.doneExercise });
    const rows = rowCount();
    const audits = auditCount();
    const built = { ...held, registerId: undefined, templateId: undefined };
    const input = {
      kind: 'exercises.plan' as const,
      format: 'docx' as const,
      mode: 'issue' as const,
      date: '2026-11-27',
    };
    const office = await call<OfficeProfile>(core, 'office.get', {});
    const request = { input, office, signer: office.signers[0]!, date: '2026-11-27' as const };
    expect(() => inTransaction(core.context, () => insertRegisterEntry(core.context, request, built, null))).toThrow(
      expect.objectContaining({ code: 'CONFLICT_DOCUMENT_NUMBER' }),
    );
    expect(rowCount()).toBe(rows);
    expect(auditCount()).toBe(audits);
  });
});

describe('regenerating as a new document', () => {
  it('takes a new number, points at the entry it replaces and leaves that entry as it was', async () => {
    const old = await generate({ kind: 'exercises.resultReport', exerciseId: fixture.doneExercise });
    const oldEntry = await call<RegisterEntryDetail>(core, 'documents.register.get', { id: old.registerId });
    const fresh = await call<ProducedDocument>(core, 'documents.register.regenerate', {
      id: old.registerId,
      date: '2026-12-02',
    });
    expect(fresh.registerId).not.toBe(old.registerId);
    expect(fresh.typeCode).toBe('BC');
    expect(fresh.number).toBeGreaterThan(old.number!);

    const entry = await call<RegisterEntryDetail>(core, 'documents.register.get', { id: fresh.registerId });
    expect(entry).toMatchObject({
      issuedOn: '2026-12-02',
      number: fresh.number,
      replaces: { id: old.registerId, reference: oldEntry.reference, issuedOn: '2026-11-27' },
      input: { kind: 'exercises.resultReport', exerciseId: fixture.doneExercise, number: fresh.number },
    });
    const oldAfter = await call<RegisterEntryDetail>(core, 'documents.register.get', { id: old.registerId });
    expect(oldAfter).toEqual({
      ...oldEntry,
      replacedBy: { id: fresh.registerId, reference: entry.reference, issuedOn: '2026-12-02' },
    });
  });

  it('refuses an unknown entry', async () => {
    const unknown = '00000000-0000-4000-8000-00000000abcd';
    expect((await refusal(core, 'documents.register.regenerate', { id: unknown })).code).toBe('NOT_FOUND');
    expect((await refusal(core, 'documents.register.get', { id: unknown })).code).toBe('NOT_FOUND');
    expect((await refusal(core, 'documents.register.download', { id: unknown })).code).toBe('NOT_FOUND');
  });
});

describe('the register table', () => {
  it('refuses UPDATE and DELETE', async () => {
    const plan = await generate({ kind: 'exercises.plan', exerciseId: fixture.doneExercise });
    expect(() =>
      core.db.prepare(`UPDATE document_register SET summary = 'x' WHERE id = ?`).run(plan.registerId),
    ).toThrow(/never changed/);
    expect(() => core.db.prepare('DELETE FROM document_register WHERE id = ?').run(plan.registerId)).toThrow(
      /never deleted/,
    );
    const entry = await call<RegisterEntryDetail>(core, 'documents.register.get', { id: plan.registerId });
    expect(entry.summary).toBe('Kế hoạch diễn tập năm 2026');
  });
});

describe('summaries', () => {
  it('reads the title with "năm" before a bare year and keeps other titles', () => {
    expect(summaryOf('Danh sách công dân nhập ngũ 2026.docx')).toBe('Danh sách công dân nhập ngũ năm 2026');
    expect(summaryOf('Lịch trực sẵn sàng chiến đấu tháng 11-2026.docx')).toBe(
      'Lịch trực sẵn sàng chiến đấu tháng 11-2026',
    );
    expect(summaryOf('Báo cáo 6 tháng đầu năm 2026.docx')).toBe('Báo cáo 6 tháng đầu năm 2026');
  });
});

describe('listing', () => {
  it('pages newest first and filters by year, kind, series and accent-free words', async () => {
    const page = (input: Record<string, unknown>) => call<RegisterPage>(core, 'documents.register.list', input);
    const all = await page({ pageSize: 200 });
    expect(all.total).toBe(rowCount());
    const dates = all.rows.map((r) => r.issuedOn);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(all.rows.every((r) => !('base64' in r) && !('fileData' in r))).toBe(true);
    expect(all.years).toEqual([2027, 2026]);

    const first = await page({ page: 1, pageSize: 3 });
    const second = await page({ page: 2, pageSize: 3 });
    expect(first.rows.map((r) => r.id)).toEqual(all.rows.slice(0, 3).map((r) => r.id));
    expect(second.rows.map((r) => r.id)).toEqual(all.rows.slice(3, 6).map((r) => r.id));
    expect(second).toMatchObject({ total: all.total, page: 2, pageSize: 3 });

    const y2027 = await page({ year: 2027 });
    expect(y2027.rows.map((r) => [r.kind, r.number])).toEqual([['exercises.plan', 40]]);
    const rosters = await page({ kind: 'duty.monthRoster' });
    expect(rosters.rows.length).toBeGreaterThan(0);
    expect(rosters.rows.every((r) => r.kind === 'duty.monthRoster')).toBe(true);
    const bc = await page({ typeCode: 'bc' });
    expect(bc.total).toBe(all.rows.filter((r) => r.typeCode === 'BC').length);
    const words = await page({ search: 'lich truc' });
    expect(words.total).toBe(rosters.total);
    expect((await page({ search: 'không có văn bản này' })).total).toBe(0);
  });
});
