import { describe, expect, it } from 'vitest';
import { call, type TestCore, useTestCore } from '../db/test-helpers';
import type { Person } from './schema';
import { createPerson } from './test-steps';

let core: TestCore;
useTestCore((c) => (core = c));

type Page = { rows: Person[]; total: number; page: number; pageSize: number };

// Given names A… then Y: sorted by given name, "Vũ Văn Yên" comes last, on page 2 of 20 a page.
const GIVEN =
  'An Bình Cường Dũng Đạt Giang Hà Hải Hùng Khánh Lâm Linh Minh Nam Ngọc Phong Quân Sơn Tâm Thảo Uyên'.split(' ');

describe('people.list with focusId', () => {
  it('returns the page holding the person under the same filters and sort, or the asked page if left out', async () => {
    for (const given of GIVEN) await createPerson(core, `Nguyễn Văn ${given}`, { birthDate: '1990-01-01', sex: 'M' });
    const last = await createPerson(core, 'Vũ Văn Yên', { birthDate: '2001-01-01', sex: 'F' });
    const focused = await call<Page>(core, 'people.list', { page: 1, pageSize: 20, focusId: last.id });
    expect(focused.page).toBe(2);
    expect(focused.rows.map((p) => p.id)).toContain(last.id);
    // Sorted by birth date, newest first, she is first.
    const byBirth = await call<Page>(core, 'people.list', {
      page: 2,
      pageSize: 20,
      sort: 'birthDate',
      order: 'desc',
      focusId: last.id,
    });
    expect(byBirth.page).toBe(1);
    expect(byBirth.rows[0]!.id).toBe(last.id);
    // Filtered out (men only): the page asked for.
    const men = await call<Page>(core, 'people.list', { page: 1, pageSize: 20, sex: 'M', focusId: last.id });
    expect(men.page).toBe(1);
    expect(men.rows.map((p) => p.id)).not.toContain(last.id);
  });
});
