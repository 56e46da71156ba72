import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore } from '../db/test-helpers';
import { vi } from '../messages/vi';
import { hasHiddenCharacters, optionalText, requiredText } from './fields';

describe('names and titles refuse characters nobody can see', () => {
  it('refuses NUL, controls, right-to-left override, zero-width and separator characters', () => {
    for (const bad of [
      '\u0000',
      'An\u0000',
      '\u202E',
      'Lan\u202Eh',
      '\u200B',
      '\u200B\u200B',
      'A\uFEFFn',
      'A\u2028B',
      'A\u0085',
    ]) {
      expect(hasHiddenCharacters(bad), JSON.stringify(bad)).toBe(true);
      const parsed = requiredText(40).safeParse(bad);
      expect(parsed.success).toBe(false);
      expect(optionalText(40).safeParse(bad).success).toBe(false);
    }
  });

  it('trims a leading byte-order mark as the white space it counts as', () => {
    expect(requiredText(40).parse('\uFEFFAn')).toBe('An');
  });

  it('keeps Vietnamese text in either Unicode form, tabs and line breaks', () => {
    for (const good of [
      'Nguyễn Văn Đức',
      'Nguyễn Văn Đức'.normalize('NFD'),
      'Tiểu đội 1\nTổ 2',
      'A\tB',
      'Trần Thị Ánh',
    ]) {
      expect(hasHiddenCharacters(good), JSON.stringify(good)).toBe(false);
      expect(requiredText(40).safeParse(good).success).toBe(true);
    }
  });
});

describe('the API says which field holds a hidden character', () => {
  let core: ReturnType<typeof createTestCore>;
  beforeEach(() => (core = createTestCore()));
  afterEach(() => core.dispose());

  const cases: Array<[method: string, input: Record<string, unknown>, field: string]> = [
    ['people.create', { familyName: 'Nguyễn', givenName: '\u202E', birthDate: '2008-01-01', sex: 'M' }, 'givenName'],
    ['people.create', { familyName: '\u0000', givenName: 'An', birthDate: '2008-01-01', sex: 'M' }, 'familyName'],
    ['exercises.type.create', { name: '\u200B' }, 'name'],
    ['reserves.unit.create', { name: '\u202Ed\u1ed9i' }, 'name'],
    ['reserves.specialty.create', { code: '0001', name: '\u200B\u200B' }, 'name'],
  ];
  it.each(cases)('%s refuses %j', async (method, input, field) => {
    const result = await core.invoke(method, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fieldErrors?.[field]).toBe(vi.field.hiddenCharacters);
  });
});
