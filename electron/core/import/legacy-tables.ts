/**
 * Code tables of the two pre-Unicode Vietnamese encodings still found in office
 * spreadsheets. Excel shows such cells through an ANSI font (".VnTime",
 * "VNI-Times"), so the workbook stores each legacy byte as the Latin-1
 * character with the same code: the tables below are written in those characters.
 *
 * Built from TCVN 5712:1993 (VN3 subset, the "ABC" keyboard's fonts) and the VNI
 * for Windows font layout, cross-checked against two independent public tables
 * (xvnkb's tcvn.h / vni.h and a C# TCVN3 converter). Rows list a vowel's forms
 * in the order: no tone, sắc, huyền, hỏi, ngã, nặng.
 */

export const TONE_ORDER = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;

/** Lower-case base vowels in the rows' order. */
export const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;

/**
 * TCVN3 (VN3): one byte per lower-case letter. VN3 has no upper-case letters with
 * tones: they were typed with the lower-case codes in the capital fonts (".VnTimeH").
 */
const TCVN3_LOWER: Record<(typeof VOWELS)[number], string> = {
  a: 'a\u00b8\u00b5\u00b6\u00b7\u00b9',
  ă: '\u00a8\u00be\u00bb\u00bc\u00bd\u00c6',
  â: '\u00a9\u00ca\u00c7\u00c8\u00c9\u00cb',
  e: 'e\u00d0\u00cc\u00ce\u00cf\u00d1',
  ê: '\u00aa\u00d5\u00d2\u00d3\u00d4\u00d6',
  i: 'i\u00dd\u00d7\u00d8\u00dc\u00de',
  o: 'o\u00e3\u00df\u00e1\u00e2\u00e4',
  ô: '\u00ab\u00e8\u00e5\u00e6\u00e7\u00e9',
  ơ: '\u00ac\u00ed\u00ea\u00eb\u00ec\u00ee',
  u: 'u\u00f3\u00ef\u00f1\u00f2\u00f4',
  ư: '\u00ad\u00f8\u00f5\u00f6\u00f7\u00f9',
  y: 'y\u00fd\u00fa\u00fb\u00fc\u00fe',
};

/** The upper-case letters VN3 does have (without tone). */
const TCVN3_UPPER: Record<string, string> = {
  Ă: '\u00a1',
  Â: '\u00a2',
  Ê: '\u00a3',
  Ô: '\u00a4',
  Ơ: '\u00a5',
  Ư: '\u00a6',
  Đ: '\u00a7',
};

/**
 * VNI Windows: a base letter followed by one or two modifier characters
 * (vowel mark, then tone), both drawn as zero-width marks by the VNI fonts.
 * `i` and `ỵ` have single-character forms; `ơ` is "ô", `ư` is "ö", `đ` is "ñ".
 */
const VNI_LOWER: Record<(typeof VOWELS)[number], readonly string[]> = {
  a: ['a', 'a\u00f9', 'a\u00f8', 'a\u00fb', 'a\u00f5', 'a\u00ef'],
  ă: ['a\u00ea', 'a\u00e9', 'a\u00e8', 'a\u00fa', 'a\u00fc', 'a\u00eb'],
  â: ['a\u00e2', 'a\u00e1', 'a\u00e0', 'a\u00e5', 'a\u00e3', 'a\u00e4'],
  e: ['e', 'e\u00f9', 'e\u00f8', 'e\u00fb', 'e\u00f5', 'e\u00ef'],
  ê: ['e\u00e2', 'e\u00e1', 'e\u00e0', 'e\u00e5', 'e\u00e3', 'e\u00e4'],
  i: ['i', '\u00ed', '\u00ec', '\u00e6', '\u00f3', '\u00f2'],
  o: ['o', 'o\u00f9', 'o\u00f8', 'o\u00fb', 'o\u00f5', 'o\u00ef'],
  ô: ['o\u00e2', 'o\u00e1', 'o\u00e0', 'o\u00e5', 'o\u00e3', 'o\u00e4'],
  ơ: ['\u00f4', '\u00f4\u00f9', '\u00f4\u00f8', '\u00f4\u00fb', '\u00f4\u00f5', '\u00f4\u00ef'],
  u: ['u', 'u\u00f9', 'u\u00f8', 'u\u00fb', 'u\u00f5', 'u\u00ef'],
  ư: ['\u00f6', '\u00f6\u00f9', '\u00f6\u00f8', '\u00f6\u00fb', '\u00f6\u00f5', '\u00f6\u00ef'],
  y: ['y', 'y\u00f9', 'y\u00f8', 'y\u00fb', 'y\u00f5', '\u00ee'],
};
const VNI_D = { lower: '\u00f1', upper: '\u00d1' };

function withTone(vowel: string, tone: number): string {
  return (vowel.normalize('NFD') + TONE_ORDER[tone]).normalize('NFC');
}

/** Every Vietnamese letter that differs from plain ASCII, lower case, NFC. */
export function vietnameseLetters(): string[] {
  const letters = ['đ'];
  for (const vowel of VOWELS) for (let tone = 0; tone < TONE_ORDER.length; tone++) letters.push(withTone(vowel, tone));
  return letters.filter((letter) => !/^[a-z]$/.test(letter));
}

/** Unicode letter → TCVN3 character (upper-case toned letters fall back to the lower-case code). */
export function tcvn3EncodeTable(): Map<string, string> {
  const table = new Map<string, string>([['đ', '\u00ae']]);
  for (const vowel of VOWELS) {
    [...TCVN3_LOWER[vowel]].forEach((code, tone) => table.set(withTone(vowel, tone), code));
  }
  for (const [upper, code] of Object.entries(TCVN3_UPPER)) table.set(upper, code);
  return table;
}

/** TCVN3 character → Unicode letter (lower case except the seven VN3 capitals). */
export function tcvn3DecodeTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const [letter, code] of tcvn3EncodeTable()) if (!/^[a-zA-Z]$/.test(code)) table.set(code, letter);
  return table;
}

/** Unicode letter (both cases) → VNI sequence. */
export function vniEncodeTable(): Map<string, string> {
  const table = new Map<string, string>([
    ['đ', VNI_D.lower],
    ['Đ', VNI_D.upper],
  ]);
  for (const vowel of VOWELS) {
    VNI_LOWER[vowel].forEach((code, tone) => {
      const letter = withTone(vowel, tone);
      table.set(letter, code);
      table.set(letter.toUpperCase(), code.toUpperCase());
    });
  }
  return table;
}

/**
 * VNI sequence → Unicode letter. Besides the exact sequences, a capital base
 * with lower-case marks (and the reverse) is accepted: such mixtures occur when
 * text was retyped with Caps Lock, and they can only mean one letter.
 */
export function vniDecodeTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const [letter, code] of vniEncodeTable()) {
    if (code.length === 1 && /^[a-zA-Z]$/.test(code)) continue;
    table.set(code, letter);
    if (code.length === 2) {
      const upperBase = letter === letter.toUpperCase();
      const mixed = upperBase ? code[0]! + code[1]!.toLowerCase() : code[0]! + code[1]!.toUpperCase();
      if (!table.has(mixed)) table.set(mixed, letter);
    }
  }
  return table;
}
