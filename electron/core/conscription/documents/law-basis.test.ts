import { describe, expect, it } from 'vitest';
import { militaryServiceLawBasis } from './law-basis';

describe('the Military Service Law a paper cites, as amended on its date', () => {
  it('names no amendment before the Militia Law took effect (01/07/2020)', () => {
    expect(militaryServiceLawBasis('2020-06-30')).toBe('Căn cứ Luật Nghĩa vụ quân sự ngày 19 tháng 6 năm 2015;');
  });

  it('names the 2019 amendment from 01/07/2020, and a 2023 paper no more', () => {
    const text = 'Căn cứ Luật Nghĩa vụ quân sự ngày 19 tháng 6 năm 2015, được sửa đổi, bổ sung năm 2019;';
    expect(militaryServiceLawBasis('2020-07-01')).toBe(text);
    expect(militaryServiceLawBasis('2025-06-30')).toBe(text);
  });

  it('adds Law 98/2025/QH15 from 01/07/2025', () => {
    expect(militaryServiceLawBasis('2025-07-01')).toBe(
      'Căn cứ Luật Nghĩa vụ quân sự ngày 19 tháng 6 năm 2015, được sửa đổi, bổ sung năm 2019 và năm 2025;',
    );
  });
});
