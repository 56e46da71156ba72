import { describe, expect, it } from 'vitest';
import { classifyEducation, educationLabel, summarizeEducation } from './education';

describe('education as typed in the people register', () => {
  it('reads the level from the folded text, abbreviations included', () => {
    expect(classifyEducation('Đại học')).toEqual({ level: 'university' });
    expect(classifyEducation('ĐH Bách khoa')).toEqual({ level: 'university' });
    expect(classifyEducation('Kỹ sư')).toEqual({ level: 'university' });
    expect(classifyEducation('Thạc sĩ')).toEqual({ level: 'postgraduate' });
    expect(classifyEducation('Cao đẳng')).toEqual({ level: 'college' });
    expect(classifyEducation('CĐ nghề')).toEqual({ level: 'college' });
    expect(classifyEducation('Trung cấp')).toEqual({ level: 'vocational' });
    expect(classifyEducation('12/12')).toEqual({ level: 'general', grade: { reached: 12, of: 12 } });
    expect(classifyEducation('9 / 12')).toEqual({ level: 'general', grade: { reached: 9, of: 12 } });
    expect(classifyEducation('Lớp 8')).toEqual({ level: 'general', grade: { reached: 8, of: 12 } });
    expect(classifyEducation('10/10')).toEqual({ level: 'general', grade: { reached: 10, of: 10 } });
    expect(classifyEducation('Đang học đại học')).toEqual({ level: 'other' });
    expect(classifyEducation('Sinh viên')).toEqual({ level: 'other' });
    expect(classifyEducation('  ')).toEqual({ level: 'unknown' });
    expect(classifyEducation('13/12')).toEqual({ level: 'other' });
  });

  it('cleans spacing only, keeping the office’s own words', () => {
    expect(educationLabel(' 12 /  12 ')).toBe('12/12');
    expect(educationLabel('Đại  học')).toBe('Đại học');
  });

  it('groups from the highest level down and counts college and university graduates', () => {
    const summary = summarizeEducation([
      { education: '9/12', count: 2 },
      { education: '12/12', count: 5 },
      { education: '12 / 12', count: 1 },
      { education: 'Cao đẳng', count: 2 },
      { education: 'đại học', count: 1 },
      { education: 'Đại học', count: 3 },
      { education: 'Thạc sĩ', count: 1 },
      { education: '', count: 1 },
      { education: 'Trung cấp', count: 1 },
      { education: 'Biết đọc, biết viết', count: 1 },
      { education: '11/12', count: 0 },
    ]);
    expect(summary.groups).toEqual([
      { label: 'Thạc sĩ', level: 'postgraduate', count: 1 },
      { label: 'Đại học', level: 'university', count: 4 },
      { label: 'Cao đẳng', level: 'college', count: 2 },
      { label: 'Trung cấp', level: 'vocational', count: 1 },
      { label: '12/12', level: 'general', count: 6 },
      { label: '9/12', level: 'general', count: 2 },
      { label: 'Biết đọc, biết viết', level: 'other', count: 1 },
      { label: null, level: 'unknown', count: 1 },
    ]);
    expect(summary.total).toBe(18);
    expect(summary.graduates).toEqual({ college: 2, university: 5, total: 7 });
  });

  it('is empty for nobody', () => {
    expect(summarizeEducation([])).toEqual({
      groups: [],
      total: 0,
      graduates: { college: 0, university: 0, total: 0 },
    });
  });
});
