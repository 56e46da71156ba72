import { describe, expect, it } from 'vitest';
import { type TestCore, useTestCore, refusal } from '../db/test-helpers';
import { apiMethods } from './contract';

let core: TestCore;
useTestCore((c) => (core = c));

/** Row counts of every table: "writes nothing" means all of these stay put. */
function snapshot(): Record<string, number> {
  const tables = core.db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .all() as Array<{ name: string }>;
  return Object.fromEntries(
    tables.map(({ name }) => {
      // Table names come from sqlite_schema itself, not from input; quoted as identifiers.
      const row = core.db.prepare(`SELECT COUNT(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number };
      return [name, row.n];
    }),
  );
}

const malformedInputs: Array<[string, unknown]> = [
  ['a string instead of an object', 'people'],
  ['a number', 42],
  ['an array', [1, 2]],
  ['an unknown field', { __proto_pollution__: 1, zzz: true }],
];

describe.each(Object.keys(apiMethods))('%s', (method) => {
  it.each(malformedInputs)('rejects %s with field errors and writes nothing', async (_label, input) => {
    const before = snapshot();
    const result = await core.invoke(method, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION_FAILED');
    expect(result.error.message).toMatch(/chưa hợp lệ/);
    expect(Object.keys(result.error.fieldErrors ?? {}).length).toBeGreaterThan(0);
    expect(snapshot()).toEqual(before);
  });
});

describe('field errors name the field and say what is wrong in Vietnamese', () => {
  it('office.update without signers or name', async () => {
    const input = { name: ' ', parentBody: 'BỘ CHQS TỈNH', placeName: 'Bắc Kạn', symbol: 'BCH', signers: [] };
    expect(await refusal(core, 'office.update', input)).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: { name: 'Không được để trống.', signers: 'Cần ít nhất một người ký (chỉ huy trưởng).' },
    });
  });

  it('localities.create with a wrong kind and a bad date', async () => {
    const input = { name: 'Phường A', kind: 'district', validFrom: '2025-02-30' };
    expect(await refusal(core, 'localities.create', input)).toMatchObject({
      fieldErrors: { kind: expect.any(String), validFrom: 'Ngày không hợp lệ (định dạng dd/mm/yyyy).' },
    });
  });

  it('people.create with a bad citizen ID, phone and missing given name', async () => {
    const before = snapshot();
    expect(
      await refusal(core, 'people.create', {
        familyName: 'Trần',
        givenName: '',
        birthDate: '2004-05-06',
        sex: 'M',
        citizenId: '00620400123',
        phone: '091234567',
      }),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: {
        givenName: 'Không được để trống.',
        citizenId: 'Số định danh cá nhân phải gồm đúng 12 chữ số (đang có 11); số CMND cũ thì gồm đúng 9 chữ số.',
        phone: 'Số điện thoại phải gồm 10 chữ số và bắt đầu bằng số 0.',
      },
    });
    expect(snapshot()).toEqual(before);
  });

  it('an unknown method is refused with its own code', async () => {
    expect(await refusal(core, 'people.drop', {})).toMatchObject({ code: 'UNKNOWN_METHOD' });
  });
});

describe('limits are explained with their value', () => {
  it('a name longer than allowed says so, not that it is empty', async () => {
    const input = { familyName: 'Nguyễn', givenName: 'A'.repeat(41), birthDate: '2000-01-01', sex: 'M' };
    expect(await refusal(core, 'people.create', input)).toMatchObject({
      fieldErrors: { givenName: 'Quá dài (tối đa 40 ký tự).' },
    });
  });

  it('people.list with a page size over 200 and a page below 1', async () => {
    expect(await refusal(core, 'people.list', { pageSize: 500, page: 0 })).toMatchObject({
      fieldErrors: { pageSize: 'Giá trị không được lớn hơn 200.', page: 'Giá trị phải từ 1 trở lên.' },
    });
  });
});
