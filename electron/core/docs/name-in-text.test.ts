import { describe, expect, it } from 'vitest';
import { nameInText } from './name-in-text';

describe('a body name inside a sentence', () => {
  it('turns a name typed in capitals into sentence case, keeping abbreviations and the place name', () => {
    expect(nameInText('BAN CHQS THÀNH PHỐ BẮC KẠN')).toBe('Ban CHQS thành phố Bắc Kạn');
    expect(nameInText('BAN CHPTKV 1 - ĐỨC XUÂN')).toBe('Ban CHPTKV 1 - Đức Xuân');
    expect(nameInText('BAN CHỈ HUY PHÒNG THỦ KHU VỰC 1 - ĐỨC XUÂN')).toBe('Ban chỉ huy phòng thủ khu vực 1 - Đức Xuân');
    expect(nameInText('BAN CHQS  XÃ   DƯƠNG QUANG')).toBe('Ban CHQS xã Dương Quang');
    expect(nameInText('UBND PHƯỜNG ĐỨC XUÂN')).toBe('UBND phường Đức Xuân');
  });

  it('keeps a name typed in mixed case as the office wrote it', () => {
    expect(nameInText('Ban CHPTKV 1 – Đức Xuân')).toBe('Ban CHPTKV 1 – Đức Xuân');
    expect(nameInText(' Ban Chỉ huy quân sự thành phố Bắc Kạn ')).toBe('Ban Chỉ huy quân sự thành phố Bắc Kạn');
  });
});
