import { describe, expect, it } from 'vitest';
import { recipientLines, scaleColumnWidths, signatureFromSigner, TEXT_WIDTH } from './official-format';
import { localityWords } from './official-text';
import { balancedLines, estimateTextWidthTwips } from './text-width';

const MM = 1440 / 25.4;

describe('page geometry', () => {
  it('leaves 165 mm of text width on A4 with 30 and 15 mm side margins', () => {
    expect(TEXT_WIDTH / MM).toBeCloseTo(165, 0);
  });
});

describe('scaleColumnWidths', () => {
  it('sums to exactly the text width whatever the rounding', () => {
    for (const weights of [
      [1, 1, 1],
      [6, 27, 14, 27, 10, 10, 18],
      [1, 2, 3, 4, 5, 6, 7],
      [0, 1],
    ]) {
      const widths = scaleColumnWidths(weights);
      expect(widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
      expect(widths.every((w) => Number.isInteger(w) && w >= 0)).toBe(true);
    }
  });

  it('keeps the proportions', () => {
    const [a = 0, b = 0] = scaleColumnWidths([1, 3], 4000);
    expect([a, b]).toEqual([1000, 3000]);
  });

  it('refuses weights that cannot be scaled', () => {
    expect(() => scaleColumnWidths([])).toThrow(RangeError);
    expect(() => scaleColumnWidths([0, 0])).toThrow(RangeError);
    expect(() => scaleColumnWidths([2, -1])).toThrow(RangeError);
  });
});

describe('recipientLines', () => {
  it('writes each recipient as "- …;" and ends with "- Lưu: VT, ….", never doubling punctuation', () => {
    expect(recipientLines(['Như trên', '- Bộ CHQS tỉnh (để b/c);', 'UBND thành phố.', ' '], ['TM', 'VT'])).toEqual([
      '- Như trên;',
      '- Bộ CHQS tỉnh (để b/c);',
      '- UBND thành phố;',
      '- Lưu: VT, TM.',
    ]);
    expect(recipientLines([])).toEqual(['- Lưu: VT.']);
  });
});

describe('signatureFromSigner', () => {
  it('carries the office profile signer into the signature block', () => {
    const signer = { role: 'deputy', title: 'Phó Chỉ huy trưởng', rank: 'Trung tá', name: 'Hoàng Văn Minh' } as const;
    expect(signatureFromSigner(signer, { kind: 'deputy', of: 'Chỉ huy trưởng' })).toEqual({
      authority: { kind: 'deputy', of: 'Chỉ huy trưởng' },
      title: 'Phó Chỉ huy trưởng',
      rank: 'Trung tá',
      name: 'Hoàng Văn Minh',
    });
  });
});

describe('text width estimate', () => {
  it('is close to what LibreOffice prints (national title, 12 pt bold: 88 mm measured)', () => {
    const width = estimateTextWidthTwips('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, true) / MM;
    expect(width).toBeGreaterThan(85);
    expect(width).toBeLessThan(91);
  });

  it('ignores diacritics and counts bold wider than regular', () => {
    expect(estimateTextWidthTwips('Độc lập', 13)).toBe(estimateTextWidthTwips('Doc lap', 13));
    expect(estimateTextWidthTwips('BẮC KẠN', 13, true)).toBeGreaterThan(estimateTextWidthTwips('BẮC KẠN', 13));
  });
});

describe('balancedLines', () => {
  const column = 70 * MM;

  it('leaves a name that fits on one line alone', () => {
    expect(balancedLines('BỘ CHQS TỈNH BẮC KẠN', 13, false, column, localityWords)).toEqual(['BỘ CHQS TỈNH BẮC KẠN']);
  });

  it('breaks before the locality rather than stranding the last word', () => {
    expect(balancedLines('BAN CHQS THÀNH PHỐ BẮC KẠN', 13, true, column, localityWords)).toEqual([
      'BAN CHQS',
      'THÀNH PHỐ BẮC KẠN',
    ]);
    expect(balancedLines('BAN CHỈ HUY PHÒNG THỦ KHU VỰC 1 - ĐỨC XUÂN', 13, true, column, localityWords)).toEqual([
      'BAN CHỈ HUY PHÒNG THỦ',
      'KHU VỰC 1 - ĐỨC XUÂN',
    ]);
  });

  it('falls back to the most even split when no locality word gives lines that fit', () => {
    const lines = balancedLines('BAN CHỈ HUY QUÂN SỰ ĐỊA PHƯƠNG LIÊN KẾT', 13, true, column);
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe('BAN CHỈ HUY QUÂN SỰ ĐỊA PHƯƠNG LIÊN KẾT');
  });
});
