/**
 * Every `<list>.export` through the real API router: the file holds exactly the rows the screen's
 * filters select, in the screen's order, with Vietnamese headers, date cells and the title rows.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCampaign } from '../conscription/test-steps';
import { call, createTestCore, refusal } from '../db/test-helpers';
import type { Locality } from '../localities/schema';
import { person, ward, wardWithUnits } from '../militia/test-fixtures';
import { reservesFixture } from '../reserves/test-fixtures';
import { exportLimits, type ExportedFile } from './export-list';
import { columnOf, columnValues, readBack, type ReadBack } from './test-read';

let core: ReturnType<typeof createTestCore>;
beforeEach(() => {
  core = createTestCore();
});
afterEach(() => {
  exportLimits.maxRows = 100_000;
  core.dispose();
});

const exportFile = (method: string, input: Record<string, unknown>) => call<ExportedFile>(core, method, input);

/** The list method's own rows for the same filters, to compare the file's order with the screen's. */
async function screenRows<R>(method: string, input: Record<string, unknown>): Promise<R[]> {
  return (await call<{ rows: R[] }>(core, method, { ...input, pageSize: 500 })).rows;
}

function dateCell(read: ReadBack, header: string, dataRow: number) {
  return read.sheet.getRow(read.headerRow + 1 + dataRow).getCell(columnOf(read, header));
}

describe('conscription.record.export', () => {
  it('exports the campaign citizens of the chosen states and locality, sorted by name', async () => {
    const a = await ward(core, 'Phường Đức Xuân');
    const b = await ward(core, 'Phường Sông Cầu');
    const campaign = await createCampaign(core, { year: 2027, handoverStart: '2027-02-15' }, [
      { localityId: a.id, army: 5 },
    ]);
    const people = reservesFixture(core);
    const add = async (name: string, born: string, locality: Locality, state: string) => {
      const p = await people.person(`Trần Văn ${name}`, born, 'M', locality.id);
      await call(core, 'conscription.record.create', {
        campaignId: campaign.id,
        personId: p.id,
        state,
        onDate: '2026-04-01',
      });
    };
    await add('Bình', '2005-06-01', a, 'pool');
    await add('An', '2006-01-31', a, 'pool');
    await add('Cường', '2005-03-03', a, 'first_registered');
    await add('Dũng', '2005-03-03', b, 'pool');

    const filters = { campaignId: campaign.id, states: ['pool'], localityId: a.id, sort: 'name' };
    const file = await exportFile('conscription.record.export', filters);
    const read = await readBack(file);
    const screen = await screenRows<{ fullName: string }>('conscription.record.list', filters);
    expect(columnValues(read, 'Họ và tên')).toEqual(screen.map((r) => r.fullName));
    expect(screen.map((r) => r.fullName)).toEqual(['Trần Văn An', 'Trần Văn Bình']);
    expect(columnValues(read, 'Trạng thái')).toEqual(Array(2).fill('Trong nguồn gọi nhập ngũ'));
    expect(columnValues(read, 'Địa bàn')).toEqual(Array(2).fill('Phường Đức Xuân'));
    expect(read.preamble[0]).toBe('DANH SÁCH TUYỂN QUÂN — TUYỂN QUÂN NĂM 2027');
    expect(read.preamble[2]).toBe('Lọc theo: địa bàn Phường Đức Xuân; trạng thái Trong nguồn gọi nhập ngũ');
    expect(file.fileName).toBe('Danh sách tuyển quân — Tuyển quân năm 2027 2026-11-27.xlsx');
    expect(dateCell(read, 'Ngày sinh', 0).value).toEqual(new Date(Date.UTC(2006, 0, 31)));
    expect(dateCell(read, 'Ngày sinh', 0).numFmt).toBe('dd/mm/yyyy');
  });

  it('refuses paging: the export is the whole filtered list', async () => {
    const w = await ward(core);
    const campaign = await createCampaign(core, { year: 2027, handoverStart: '2027-02-15' }, [
      { localityId: w.id, army: 1 },
    ]);
    expect(await refusal(core, 'conscription.record.export', { campaignId: campaign.id, page: 2 })).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});

describe('militia.member.export', () => {
  it('exports the members of the chosen unit and its sub-units with their terms as dates', async () => {
    const { platoon, squad, standing: other } = await wardWithUnits(core);
    const join = async (name: string, unitId: string) => {
      const p = await person(core, name, '2000-01-01');
      await call(core, 'militia.member.create', { personId: p.id, unitId, startedOn: '2025-03-01' });
    };
    await join('Hùng', squad.id);
    await join('Bắc', platoon.id);
    await join('Xuân', other.id);

    const file = await exportFile('militia.member.export', { unitId: platoon.id });
    const read = await readBack(file);
    const screen = await screenRows<{ fullName: string }>('militia.member.list', { unitId: platoon.id });
    expect(screen).toHaveLength(2);
    expect(columnValues(read, 'Họ và tên')).toEqual(screen.map((r) => r.fullName));
    expect(read.preamble).toContain('Lọc theo: đơn vị Trung đội cơ động');
    expect(columnValues(read, 'Thành phần')).toEqual(['Cơ động', 'Cơ động']);
    expect(dateCell(read, 'Ngày vào', 0).value).toEqual(new Date(Date.UTC(2025, 2, 1)));
    expect(dateCell(read, 'Hết thời hạn', 0).value).toEqual(new Date(Date.UTC(2029, 2, 1)));
  });
});

describe('reserves.reservist.export', () => {
  it('exports the reservists of one category in the list order with the rank in words', async () => {
    const f = reservesFixture(core);
    const a = await f.person('Phạm Văn Long', '1990-04-04');
    const b = await f.person('Đỗ Văn Khoa', '1988-09-09');
    const c = await f.person('Hà Văn Minh', '1985-01-01');
    await f.reservist(a.id);
    await f.reservist(b.id, { registeredOn: '2019-12-31' });
    await f.reservist(c.id, { category: 'officer', rank: 'captain' });

    const file = await exportFile('reserves.reservist.export', { category: 'soldier' });
    const read = await readBack(file);
    const screen = await screenRows<{ fullName: string }>('reserves.reservist.list', { category: 'soldier' });
    expect(screen).toHaveLength(2);
    expect(columnValues(read, 'Họ và tên')).toEqual(screen.map((r) => r.fullName));
    expect(columnValues(read, 'Cấp bậc')).toEqual(['Binh nhất', 'Binh nhất']);
    const khoa = columnValues(read, 'Họ và tên').indexOf('Đỗ Văn Khoa');
    expect(dateCell(read, 'Ngày đăng ký', khoa).value).toEqual(new Date(Date.UTC(2019, 11, 31)));
    expect(read.preamble).toContain('Lọc theo: Hạ sĩ quan, binh sĩ dự bị');
  });
});

describe('training.course.export and exercises.exercise.export', () => {
  it('exports the courses of one target with their dates, and leaves the others out', async () => {
    const course = (title: string, target: string, startsOn: string, endsOn: string, extra = {}) =>
      call(core, 'training.course.create', { title, target, startsOn, endsOn, ...extra });
    await course('Bồi dưỡng cán bộ', 'staff', '2026-05-04', '2026-05-08', { plannedDays: 5 });
    await course('Dân quân tại chỗ', 'militia_component', '2026-04-01', '2026-04-10', { component: 'on_the_spot' });
    await course('Bồi dưỡng cán bộ đợt 2', 'staff', '2026-09-07', '2026-09-11', { plannedDays: 5 });

    const filters = { year: 2026, target: 'staff' };
    const read = await readBack(await exportFile('training.course.export', filters));
    const screen = await screenRows<{ title: string }>('training.course.list', filters);
    expect(screen).toHaveLength(2);
    expect(columnValues(read, 'Tên lớp')).toEqual(screen.map((r) => r.title));
    expect(columnValues(read, 'Số ngày')).toEqual([5, 5]);
    const second = columnValues(read, 'Tên lớp').indexOf('Bồi dưỡng cán bộ đợt 2');
    expect(dateCell(read, 'Từ ngày', second).value).toEqual(new Date(Date.UTC(2026, 8, 7)));
    expect(read.preamble[2]).toBe('Lọc theo: năm 2026; đối tượng Cán bộ');
  });

  it('exports the exercises of one year in planned-date order', async () => {
    const RESCUE = '00000000-0000-4000-8000-000000000002';
    const exercise = (title: string, plannedOn: string) =>
      call(core, 'exercises.exercise.create', { typeId: RESCUE, level: 'commune', title, plannedOn });
    await exercise('Diễn tập tháng Chín', '2026-09-15');
    await exercise('Diễn tập tháng Ba', '2026-03-15');
    await exercise('Diễn tập năm sau', '2027-03-15');

    const read = await readBack(await exportFile('exercises.exercise.export', { year: 2026 }));
    expect(columnValues(read, 'Tên cuộc diễn tập')).toEqual(['Diễn tập tháng Ba', 'Diễn tập tháng Chín']);
    expect(columnValues(read, 'Cấp')).toEqual(['Cấp xã, phường', 'Cấp xã, phường']);
    expect(dateCell(read, 'Ngày dự kiến', 1).value).toEqual(new Date(Date.UTC(2026, 8, 15)));
    expect(dateCell(read, 'Ngày dự kiến', 1).numFmt).toBe('dd/mm/yyyy');
  });
});

describe('the row cap', () => {
  it('refuses a list longer than the cap with a Vietnamese message telling the user to filter', async () => {
    exportLimits.maxRows = 2;
    for (const name of ['An', 'Bình', 'Cường']) await person(core, name, '2001-01-01');
    const result = await core.invoke('people.export', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'EXPORT_TOO_MANY_ROWS' } });
    if (!result.ok) expect(result.error.message).toMatch(/^Danh sách có hơn 2 dòng.*Hãy lọc bớt/);
    // Exactly at the cap is fine.
    expect((await exportFile('people.export', { search: 'Bình' })).count).toBe(1);
    exportLimits.maxRows = 3;
    expect((await exportFile('people.export', {})).count).toBe(3);
  });
});

describe('staff.export', () => {
  it('exports the serving staff in the office order, and the ones who left only when asked', async () => {
    const quyet = await person(core, 'Quyết', '1980-06-01', 'M', 'Nông');
    const lan = await person(core, 'Lan', '1990-02-03', 'F', 'Bế');
    await call(core, 'staff.create', { personId: lan.id, position: 'Nhân viên', sortOrder: 5 });
    const left = await call<{ id: string; version: number }>(core, 'staff.create', {
      personId: quyet.id,
      position: 'Chỉ huy trưởng',
      startedOn: '2020-01-01',
      sortOrder: 1,
    });
    await call(core, 'staff.end', { id: left.id, version: left.version, endedOn: '2026-11-27' });

    const serving = await readBack(await exportFile('staff.export', {}));
    expect(columnValues(serving, 'Họ và tên')).toEqual(['Bế Thị Lan']);
    expect(dateCell(serving, 'Ngày sinh', 0).value).toEqual(new Date(Date.UTC(1990, 1, 3)));
    const all = await readBack(await exportFile('staff.export', { includeEnded: true }));
    const screen = await call<Array<{ fullName: string }>>(core, 'staff.list', { includeEnded: true });
    expect(columnValues(all, 'Họ và tên')).toEqual(screen.map((r) => r.fullName));
    expect(columnValues(all, 'Họ và tên')).toHaveLength(2);
    expect(all.preamble[2]).toBe('Lọc theo: tất cả');
  });
});
