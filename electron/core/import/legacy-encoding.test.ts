import { describe, expect, it } from 'vitest';
import {
  detectColumnEncoding,
  detectLegacyEncoding,
  isVietnameseSyllable,
  tcvn3ToUnicode,
  vniToUnicode,
} from './legacy-encoding';
import { vietnameseLetters } from './legacy-tables';
import { unicodeToTcvn3, unicodeToVni } from './test-encoders';

const LOWER = vietnameseLetters();
const UPPER = LOWER.map((letter) => letter.toUpperCase());

describe('legacy tables', () => {
  it('cover the 67 toned/marked Vietnamese letters and đ, each distinct', () => {
    // 12 vowels × 6 tones = 72, minus the 5 plain ASCII vowels a e i o u y (6) → 66, plus đ.
    expect(LOWER).toHaveLength(67);
    expect(new Set(LOWER).size).toBe(67);
    expect(LOWER).toContain('ỵ');
    expect(LOWER).toContain('ặ');
  });
});

describe('tcvn3ToUnicode', () => {
  it('round-trips every lower-case letter with every tone, one byte each', () => {
    for (const letter of LOWER) {
      const encoded = unicodeToTcvn3(letter);
      expect(encoded).toHaveLength(1);
      expect(encoded.charCodeAt(0)).toBeGreaterThanOrEqual(0xa1);
      expect(tcvn3ToUnicode(encoded)).toBe(letter);
    }
    expect(new Set(LOWER.map(unicodeToTcvn3)).size).toBe(67);
  });

  it('round-trips the upper-case letters: the seven VN3 capitals alone, toned capitals inside capital words', () => {
    for (const letter of ['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ'])
      expect(tcvn3ToUnicode(unicodeToTcvn3(letter))).toBe(letter);
    for (const letter of UPPER) {
      const word = `X${letter}NG`;
      expect(tcvn3ToUnicode(unicodeToTcvn3(word))).toBe(word);
    }
  });

  it('converts hand-checked real strings and outputs NFC', () => {
    expect(tcvn3ToUnicode('NguyÔn V¨n A')).toBe('Nguyễn Văn A');
    expect(tcvn3ToUnicode('TrÇn ThÞ Thu H»ng')).toBe('Trần Thị Thu Hằng');
    expect(tcvn3ToUnicode('Th«n §«ng')).toBe('Thôn Đông');
    expect(tcvn3ToUnicode('Ph­êng §øc Xu©n')).toBe('Phường Đức Xuân');
    expect(tcvn3ToUnicode('N÷')).toBe('Nữ');
    expect(tcvn3ToUnicode('NGUYÔN V¡N H¦NG')).toBe('NGUYỄN VĂN HƯNG');
    expect(tcvn3ToUnicode('NguyÔn').normalize('NFC')).toBe(tcvn3ToUnicode('NguyÔn'));
  });
});

describe('vniToUnicode', () => {
  it('round-trips every letter with every tone, upper and lower case', () => {
    for (const letter of [...LOWER, ...UPPER]) {
      expect(vniToUnicode(unicodeToVni(letter))).toBe(letter);
      // Inside words too, where a mark must bind to the letter before it.
      const word = `Ng${letter}n`;
      expect(vniToUnicode(unicodeToVni(word))).toBe(word);
    }
  });

  it('converts hand-checked real strings, including Caps Lock mixtures', () => {
    expect(vniToUnicode('Nguyeãn Vaên A')).toBe('Nguyễn Văn A');
    expect(vniToUnicode('Traàn Thò Thu Haèng')).toBe('Trần Thị Thu Hằng');
    expect(vniToUnicode('Phöôøng Ñöùc Xuaân')).toBe('Phường Đức Xuân');
    expect(vniToUnicode('Nöõ')).toBe('Nữ');
    expect(vniToUnicode('NGUYEÃN VAÊN HÖNG')).toBe('NGUYỄN VĂN HƯNG');
    expect(vniToUnicode('NGUYEãN')).toBe('NGUYỄN');
  });
});

describe('isVietnameseSyllable', () => {
  it('accepts real syllables and rejects misread ones', () => {
    for (const word of [
      'Nguyễn',
      'người',
      'khuỷu',
      'nghiêng',
      'quốc',
      'giặc',
      'hoà',
      'thuý',
      'A',
      'Xuân',
      'quỳnh',
      'ngoằn',
      'khuya',
      'rượu',
    ])
      expect(isVietnameseSyllable(word), word).toBe(true);
    for (const word of ['Nguyeãn', 'V¨n', 'Nửừ', 'NguyƠn', 'Vaên', 'TuÊn', 'Quoác', 'Lỵi', 'Quúnh', 'Leõ', 'Quèc'])
      expect(isVietnameseSyllable(word), word).toBe(false);
  });
});

describe('detectLegacyEncoding', () => {
  it('tells the four apart on names, villages and single words', () => {
    expect(detectLegacyEncoding('Nguyen Van A')).toBe('ascii');
    expect(detectLegacyEncoding('Nguyễn Văn A')).toBe('unicode');
    expect(detectLegacyEncoding('Bá Tô')).toBe('unicode');
    expect(detectLegacyEncoding('NguyÔn V¨n A')).toBe('tcvn3');
    expect(detectLegacyEncoding('Nguyeãn Vaên A')).toBe('vni');
    expect(detectLegacyEncoding('Hå')).toBe('tcvn3');
    expect(detectLegacyEncoding('N÷')).toBe('tcvn3');
    expect(detectLegacyEncoding('Nöõ')).toBe('vni');
  });

  it('detects text produced by the encoders for every letter', () => {
    const text = ['Nguyễn Thị Hồng Nhung', 'Phạm Quốc Việt', 'Lê Thị Mỹ Duyên', 'Đặng Văn Hưởng'].join(' ');
    expect(detectLegacyEncoding(unicodeToTcvn3(text))).toBe('tcvn3');
    expect(detectLegacyEncoding(unicodeToVni(text))).toBe('vni');
    expect(detectLegacyEncoding(text)).toBe('unicode');
  });

  it('decides every column of ten real names right, in all three encodings', () => {
    const family = [
      'Nguyễn',
      'Trần',
      'Lê',
      'Phạm',
      'Hoàng',
      'Huỳnh',
      'Vũ',
      'Võ',
      'Đặng',
      'Đỗ',
      'Hồ',
      'Dương',
      'Lý',
      'Ma',
    ];
    const middle = ['Văn', 'Thị', 'Đức', 'Quốc', 'Ngọc', 'Thanh', 'Hữu', 'Xuân', 'Mỹ', 'Hồng', ''];
    const given = ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Khoa', 'Phúc', 'Quý', 'Tuấn', 'Việt', 'Yến', 'Hằng'];
    const more = ['Thủy', 'Hương', 'Lợi', 'Nguyệt', 'Khuyên', 'Ước', 'Ưng', 'Nghĩa', 'Quỳnh', 'Hoà', 'Khuya', 'Rượu'];
    const names = family.flatMap((f) => middle.flatMap((m) => [...given, ...more].map((g) => `${f} ${m} ${g}`)));
    let columns = 0;
    for (let i = 0; i + 10 <= names.length; i += 10) {
      const column = names.slice(i, i + 10).map((n) => n.replace(/\s+/g, ' '));
      expect(detectColumnEncoding(column.map(unicodeToTcvn3))).toBe('tcvn3');
      expect(detectColumnEncoding(column.map(unicodeToVni))).toBe('vni');
      expect(detectColumnEncoding(column)).toBe('unicode');
      columns += 1;
    }
    expect(columns).toBe(369);
  });

  it('decides for a column from its texts together', () => {
    expect(detectColumnEncoding(['Nam', 'N÷', 'Nam'])).toBe('tcvn3');
    expect(detectColumnEncoding(['Nam', 'Nöõ'])).toBe('vni');
    expect(detectColumnEncoding(['Nam', '1990'])).toBe('ascii');
  });
});
