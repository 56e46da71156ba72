import { describe, expect, it } from 'vitest';
import { anyFoldedMatch, foldedFilter, foldedIncludes } from './folded-search';

/** The one matching rule of every picker: the core's folding (vocabulary/text.ts) on both sides. */
describe('folded search', () => {
  it('matches without tones, with đ/Đ as d, in any case and spacing', () => {
    expect(foldedIncludes('Phường Đức Xuân', 'duc xuan')).toBe(true);
    expect(foldedIncludes('Phường Đức Xuân', 'ĐỨC   XUÂN')).toBe(true);
    expect(foldedIncludes('Phường Đức Xuân', 'Duc  Xuan ')).toBe(true);
    expect(foldedIncludes('Thôn Xuất Hóa', 'xuat hoa')).toBe(true);
    expect(foldedIncludes('Bộ binh', 'bo binh')).toBe(true);
    // NFD input (as some keyboards send it) folds the same as composed input.
    expect(foldedIncludes('Đức Xuân', 'Đức'.normalize('NFD'))).toBe(true);
    expect(foldedIncludes('Phường Đức Xuân', 'duc xuat')).toBe(false);
    expect(foldedIncludes('Bộ binh', '')).toBe(true);
  });

  it('filters options by search text, plain-text label or value, and looks into groups', () => {
    expect(foldedFilter('nguyen', { value: 'p1', label: 'Nguyễn Văn An – 01/02/1990', search: 'Nguyễn Văn An' })).toBe(
      true,
    );
    expect(foldedFilter('1990', { value: 'p1', label: 'Nguyễn Văn An – 01/02/1990', search: 'Nguyễn Văn An' })).toBe(
      false,
    );
    expect(foldedFilter('trung uy', { value: 'Trung úy' })).toBe(true);
    expect(foldedFilter('x', undefined)).toBe(false);
    const groups = [{ label: 'Phường Đức Xuân', options: [{ value: 'u1', label: 'Trung đội cơ động' }] }];
    expect(anyFoldedMatch(groups, 'trung doi')).toBe(true);
    expect(anyFoldedMatch(groups, 'duc xuan')).toBe(true);
    expect(anyFoldedMatch(groups, 'phao binh')).toBe(false);
  });
});
