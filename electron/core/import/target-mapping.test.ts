import { describe, expect, it } from 'vitest';
import { type TestCore, useTestCore, refusal } from '../db/test-helpers';
import { inspect, maleId, PEOPLE_HEADERS, peopleWorkbook } from './people-import-fixtures';
import { parseHealthClass } from './targets/conscription';
import { parsePosition } from './targets/militia';
import { parseCategory, parseGrade, parseRank } from './targets/reservists';

let core: TestCore;
useTestCore((c) => (core = c));

describe('the mapping per target', () => {
  it('refuses a field of another target, naming the column, the field and the target', async () => {
    const { token } = await inspect(
      core,
      await peopleWorkbook([['Nguyễn Văn An', '05/02/2004', 'Nam', maleId(2004, 1), 'Tổ 7', '']]),
    );
    expect(await refusal(core, 'import.preview', { token, target: 'people', mapping: { '7': 'unit' } })).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: { 'mapping.7': 'Cột số 8: trường "unit" không dùng khi nhập danh sách công dân.' },
    });
    expect(
      await refusal(core, 'import.commit', { token, target: 'militia', mapping: { '7': 'healthClass' } }),
    ).toMatchObject({
      fieldErrors: { 'mapping.7': 'Cột số 8: trường "healthClass" không dùng khi nhập dân quân tự vệ.' },
    });
  });

  it('accepts the target’s own fields and proposes them from the headers', async () => {
    const headers = [...PEOPLE_HEADERS.slice(0, 7), 'Chức vụ'];
    const { token } = await inspect(core, await peopleWorkbook([], headers));
    const proposal = await core.invoke('import.preview', { token, target: 'militia' });
    expect(proposal).toMatchObject({
      ok: true,
      value: { columns: expect.arrayContaining([expect.objectContaining({ column: 7, field: 'position' })]) },
    });
    const people = await core.invoke('import.preview', { token, target: 'people' });
    expect(people).toMatchObject({
      ok: true,
      value: { columns: expect.arrayContaining([expect.objectContaining({ column: 7, field: null })]) },
    });
    const mapped = await core.invoke('import.preview', { token, target: 'militia', mapping: { '7': 'unit' } });
    expect(mapped).toMatchObject({ ok: true });
  });
});

describe('target cells as registers write them', () => {
  it.each([
    ['2', 2],
    ['Loại 1', 1],
    ['loai II', 2],
    ['L3', 3],
    ['SK 5', 5],
    ['VI', 6],
    ['7', null],
    ['tốt', null],
  ] as const)('health class %s → %s', (text, expected) => {
    expect(parseHealthClass(text)).toBe(expected);
  });
  it('health class from a number cell', () => {
    expect(parseHealthClass(4)).toBe(4);
    expect(parseHealthClass(0)).toBeNull();
  });

  it.each([
    ['', 'member'],
    ['Chiến sĩ', 'member'],
    ['Tiểu đội trưởng', 'unit_leader'],
    ['Phó trung đội trưởng', 'deputy_unit_leader'],
    ['Chỉ huy trưởng', 'commander'],
    ['Phó chỉ huy trưởng', 'deputy_commander'],
    ['Chính trị viên phó', 'deputy_political_officer'],
    ['Thủ kho', null],
  ] as const)('militia position "%s" → %s', (text, expected) => {
    expect(parsePosition(text)).toBe(expected);
  });

  it.each([
    ['B2', 'private_2'],
    ['h3', 'senior_sergeant'],
    ['Trung sĩ', 'sergeant'],
    ['thuong uy', 'senior_lieutenant'],
    ['1/', 'second_lieutenant'],
    ['3//', 'senior_lieutenant_colonel'],
    ['Đại tướng', null],
  ] as const)('rank "%s" → %s', (text, expected) => {
    expect(parseRank(text)).toBe(expected);
  });

  it('reads categories and grades', () => {
    expect(parseCategory('Sĩ quan dự bị')).toBe('officer');
    expect(parseCategory('HSQ-BS')).toBe('soldier');
    expect(parseCategory('Hạ sĩ quan, binh sĩ')).toBe('soldier');
    expect(parseCategory('Dân quân')).toBeNull();
    // Reserve professional soldiers are their own category, not NCOs and soldiers.
    expect(parseCategory('QNCN')).toBe('professional');
    expect(parseCategory('Quân nhân chuyên nghiệp dự bị')).toBe('professional');
    expect([parseGrade('Hạng 1'), parseGrade(2), parseGrade('II'), parseGrade('3')]).toEqual([1, 2, 2, null]);
  });
});
