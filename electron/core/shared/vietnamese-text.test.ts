import { describe, expect, it } from 'vitest';
import { foldVietnamese, splitFullName, titleCaseName, vietnameseSortKey } from './vietnamese-text';

const collator = new Intl.Collator('vi');
const byKey = (a: string, b: string) => {
  const ka = vietnameseSortKey(a);
  const kb = vietnameseSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

describe('foldVietnamese', () => {
  it('strips tones and letter marks, folds đ/Đ and case', () => {
    expect(foldVietnamese('Nguyễn Đức Thắng')).toBe('nguyen duc thang');
    expect(foldVietnamese('ĐẶNG Thị Ưng Ờ')).toBe('dang thi ung o');
    expect(foldVietnamese('  Lò   Văn  Phủ ')).toBe('lo van phu');
  });

  it('folds decomposed (NFD) input the same as composed input', () => {
    expect(foldVietnamese('Nguyễn'.normalize('NFD'))).toBe(foldVietnamese('Nguyễn'));
  });
});

describe('vietnameseSortKey', () => {
  it('puts Đ after D, and the horn and breve letters after their base letter', () => {
    const names = ['Đức', 'Dung', 'Ước', 'Uyên', 'Ơn', 'Ổn', 'Oanh', 'Ánh', 'Ăn', 'Âu', 'Bình'];
    const sorted = [...names].sort(byKey);
    expect(sorted).toEqual(['Ánh', 'Ăn', 'Âu', 'Bình', 'Dung', 'Đức', 'Oanh', 'Ổn', 'Ơn', 'Uyên', 'Ước']);
    expect(sorted).toEqual([...names].sort(collator.compare));
  });

  it('orders tone-only differences none, huyền, hỏi, ngã, sắc, nặng', () => {
    const tones = ['Ma', 'Mà', 'Mả', 'Mã', 'Má', 'Mạ'];
    const shuffled = ['Mạ', 'Má', 'Ma', 'Mã', 'Mả', 'Mà'];
    expect([...shuffled].sort(byKey)).toEqual(tones);
    expect([...shuffled].sort(collator.compare)).toEqual(tones);
  });

  it('ranks letters before tones: "Anh" and "Ánh" sort by the letters that follow', () => {
    expect(['Ánh', 'Anh', 'Ăng', 'An'].sort(byKey)).toEqual(['An', 'Anh', 'Ánh', 'Ăng']);
  });

  it('agrees with Intl.Collator("vi") on many generated names', () => {
    const letters = ['a', 'ă', 'â', 'd', 'đ', 'e', 'ê', 'o', 'ô', 'ơ', 'u', 'ư', 'n', 'h', 'g', 'i', 'y'];
    const tones = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const words: string[] = [];
    for (let i = 0; i < 600; i++) {
      let word = '';
      const length = 1 + next(4);
      for (let j = 0; j < length; j++) {
        let letter = letters[next(letters.length)]!;
        if (next(3) === 0) letter = letter.toUpperCase();
        word += (letter + (next(2) ? tones[next(tones.length)]! : '')).normalize('NFC');
      }
      words.push(word);
    }
    const expected = [...words].sort(collator.compare);
    const actual = [...words].sort(byKey);
    // Equal-by-collator words may be adjacent in either order; compare their collation keys.
    actual.forEach((word, i) => expect(collator.compare(word, expected[i]!)).toBe(0));
  });
});

describe('splitFullName', () => {
  it('splits family, middle and given names and tidies case and spaces', () => {
    expect(splitFullName('  nguyễn   đức   THẮNG ')).toEqual({
      familyName: 'Nguyễn',
      middleName: 'Đức',
      givenName: 'Thắng',
    });
    expect(splitFullName('Tôn Nữ Thị Hồng Nhung')).toEqual({
      familyName: 'Tôn',
      middleName: 'Nữ Thị Hồng',
      givenName: 'Nhung',
    });
    expect(splitFullName('Lò An')).toEqual({ familyName: 'Lò', middleName: '', givenName: 'An' });
  });

  it('refuses a single word', () => {
    expect(splitFullName('Thắng')).toBeNull();
    expect(titleCaseName('đỗ')).toBe('Đỗ');
  });
});
