/**
 * TCVN3 (ABC) and VNI text → Unicode, and a detector that tells, for a cell or
 * a whole column, which of the three the text was typed in. Detection decodes
 * the text both ways and keeps the reading in which the most words are real
 * Vietnamese syllables: a wrong reading leaves stray symbols or impossible
 * vowel clusters ("Nguyeãn", "V¨n"), a right one leaves none.
 */
import { tcvn3DecodeTable, vniDecodeTable } from './legacy-tables';

export type TextEncoding = 'tcvn3' | 'vni' | 'unicode' | 'ascii';

const TCVN3 = tcvn3DecodeTable();
const VNI = vniDecodeTable();

// Words are split on white space and ASCII punctuation only: the legacy encodings use Latin-1 symbols as letters.
const WORD_SPLIT = /[\s\u00a0\d!-/:-@[-`{-~]+/;
const ASCII_LETTER = /[a-zA-Z]/g;

/**
 * TCVN3 → Unicode (NFC). A word whose ASCII letters are all capitals was typed
 * in a capital font (".VnTimeH"), where the lower-case codes show as capitals:
 * it is upper-cased whole.
 */
export function tcvn3ToUnicode(text: string): string {
  return text.replace(/[^\s\d!-/:-@[-`{-~]+/g, (word) => {
    let out = '';
    for (const char of word) out += TCVN3.get(char) ?? char;
    const asciiLetters = word.match(ASCII_LETTER) ?? [];
    const allCaps = asciiLetters.length >= 2 && asciiLetters.every((c) => c === c.toUpperCase());
    return (allCaps ? out.toUpperCase() : out).normalize('NFC');
  });
}

/** VNI → Unicode (NFC): longest match of base letter + marks at each position. */
export function vniToUnicode(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const pair = VNI.get(text.slice(i, i + 2));
    if (pair !== undefined && i + 1 < text.length) {
      out += pair;
      i += 2;
      continue;
    }
    const char = text[i]!;
    out += VNI.get(char) ?? char;
    i += 1;
  }
  return out.normalize('NFC');
}

export function convertToUnicode(text: string, encoding: TextEncoding): string {
  if (encoding === 'tcvn3') return tcvn3ToUnicode(text);
  if (encoding === 'vni') return vniToUnicode(text);
  return text.normalize('NFC');
}

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/;
const STOP_TONES = /[\u0301\u0323]/;
// Each vowel of the onset-free part may carry the tone marker "*" (sắc, nặng) or "~" (huyền, hỏi, ngã).
const tonable = (letters: string) => [...letters].map((l) => `${l}[*~]?`).join('');
const alternatives = (list: string[]) => list.map(tonable).join('|');
const NUCLEI = [
  'iê',
  'ia',
  'yê',
  'ya',
  'uô',
  'ua',
  'ươ',
  'ưa',
  'a',
  'ă',
  'â',
  'e',
  'ê',
  'i',
  'y',
  'o',
  'ô',
  'ơ',
  'u',
  'ư',
];
const SYLLABLE = new RegExp(
  '^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?' +
    `(?:${tonable('o')}(${alternatives(['a', 'ă', 'e'])})` +
    `|${tonable('u')}(${alternatives(['yê', 'ya', 'â', 'ê', 'y', 'ơ', 'a', 'ă', 'e'])})` +
    `|(${alternatives(NUCLEI)}))` +
    // A glide ending (i y o u) never carries the tone; a stop ending (c ch p t) takes sắc or nặng only.
    '(ch|nh|ng|c|m|n|p|t|i|y|o|u)?$',
);
/** The vowels a glide ending may follow ("ai", "ôi", "ươi"; "ay", "ây"; "ao", "eo", "iêu"…). */
const GLIDE_AFTER: Record<string, readonly string[]> = {
  i: ['a', 'o', 'ô', 'ơ', 'u', 'ư', 'uô', 'ươ'],
  y: ['a', 'â'],
  o: ['a', 'e'],
  u: ['a', 'â', 'ê', 'i', 'y', 'iê', 'yê', 'ư', 'ươ'],
};

/**
 * Whether one word reads as a Vietnamese syllable: a known onset, a possible
 * vowel cluster and ending, at most one tone, placed on a vowel of the cluster
 * (not on a glide ending), and no capital after a small letter ("TuÊn" is TCVN3).
 */
export function isVietnameseSyllable(word: string): boolean {
  if (/\p{Ll}\p{Lu}/u.test(word)) return false;
  let marked = '';
  let tones = 0;
  let stopTone = true;
  for (const char of word.toLowerCase().normalize('NFC')) {
    const decomposed = char.normalize('NFD');
    const tone = TONE_MARK.exec(decomposed)?.[0];
    marked += decomposed.replace(TONE_MARK, '').normalize('NFC');
    if (tone) {
      tones += 1;
      stopTone = STOP_TONES.test(tone);
      marked += stopTone ? '*' : '~';
    }
  }
  if (tones > 1) return false;
  const match = SYLLABLE.exec(marked);
  if (!match) return false;
  // "qu" already holds the medial u: no second medial (o, u) and no ư after it.
  if (match[1] === 'qu' && /^[ouư]/.test(marked.slice(2))) return false;
  const nucleus = (match[2] ?? match[3] ?? match[4] ?? '').replace(/[*~]/g, '');
  const ending = match[5] ?? '';
  const glide = GLIDE_AFTER[ending];
  if (glide && !glide.includes(nucleus)) return false;
  return !(tones === 1 && !stopTone && ['c', 'ch', 'p', 't'].includes(ending));
}

function invalidWords(text: string): number {
  let invalid = 0;
  for (const word of text.split(WORD_SPLIT)) if (word !== '' && !isVietnameseSyllable(word)) invalid += 1;
  return invalid;
}

// Letters only Unicode text has: ă đ ĩ ũ ơ ư and the Latin Extended Additional block, or combining marks.
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
const COMBINING_MARK = /\p{M}/u;
const NON_ASCII = /[\u0080-\uffff]/;
const LATIN1_HIGH = /[\u00a1-\u00ff]/;

/**
 * Which encoding `text` was typed in. Legacy text consists of ASCII and Latin-1
 * characters only; any Vietnamese-specific Unicode letter means Unicode. When
 * no reading is better than the text as it is, the answer is 'unicode'
 * (nothing is converted when in doubt).
 */
export function detectLegacyEncoding(text: string): TextEncoding {
  if (!NON_ASCII.test(text)) return 'ascii';
  if (UNICODE_VIETNAMESE.test(text) || COMBINING_MARK.test(text) || !LATIN1_HIGH.test(text)) return 'unicode';
  const asIs = invalidWords(text);
  if (asIs === 0) return 'unicode';
  const tcvn3 = invalidWords(tcvn3ToUnicode(text));
  const vni = invalidWords(vniToUnicode(text));
  if (Math.min(tcvn3, vni) >= asIs || tcvn3 === vni) return 'unicode';
  return tcvn3 < vni ? 'tcvn3' : 'vni';
}

/** One decision for a whole column (cells alone are often too short to tell), from a sample of its texts. */
export function detectColumnEncoding(values: readonly string[], sample = 200): TextEncoding {
  const texts = values.filter((v) => NON_ASCII.test(v)).slice(0, sample);
  if (texts.length === 0) return 'ascii';
  return detectLegacyEncoding(texts.join('\n'));
}
