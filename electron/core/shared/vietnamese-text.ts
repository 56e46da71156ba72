/**
 * Vietnamese text helpers: folding for accent-free search, a binary sort key
 * that orders like ICU's "vi" collation (better-sqlite3 cannot register SQLite
 * collations, so the key is computed here and stored beside the name), and
 * splitting a typed full name into family / middle / given name.
 */

// The folding rule lives in the vocabulary, so the renderer's pickers fold exactly as the core searches.
export { foldVietnamese } from '../../../vocabulary/text';

const COMBINING_MARKS = /[\u0300-\u036f]/g;

// Tone marks in ICU "vi" order: none < huyền < hỏi < ngã < sắc < nặng.
const TONES = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
// Letters in Vietnamese alphabet order (the borrowed f j w z at their Latin places).
const ALPHABET = '0123456789aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
const SPACE_CODE = '!';
const OTHER_CODE = '"';
const LEVEL_SEPARATOR = '\u0001';

function primaryCode(letter: string): string {
  if (/\s/.test(letter)) return SPACE_CODE;
  const index = ALPHABET.indexOf(letter);
  if (index >= 0) return String.fromCharCode(0x30 + index);
  // A foreign accented letter sorts with its base letter.
  const base = letter.normalize('NFD').replace(COMBINING_MARKS, '');
  const baseIndex = ALPHABET.indexOf(base);
  return baseIndex >= 0 ? String.fromCharCode(0x30 + baseIndex) : OTHER_CODE;
}

/**
 * A string whose plain binary order (SQLite's BINARY collation) matches
 * `Intl.Collator('vi').compare`: all letters first, then tones, then case —
 * the three levels ICU compares in turn.
 */
export function vietnameseSortKey(text: string): string {
  let primary = '';
  let secondary = '';
  let tertiary = '';
  for (const char of text.normalize('NFC').trim().replace(/\s+/g, ' ')) {
    const lower = char.toLowerCase();
    const decomposed = lower.normalize('NFD');
    let tone = 0;
    let letter = '';
    for (const part of decomposed) {
      const toneIndex = TONES.indexOf(part);
      if (toneIndex >= 0) tone = toneIndex + 1;
      else letter += part;
    }
    primary += primaryCode(letter.normalize('NFC'));
    secondary += String(tone);
    tertiary += char === lower ? '0' : '1';
  }
  return primary + LEVEL_SEPARATOR + secondary + LEVEL_SEPARATOR + tertiary;
}

export interface NameParts {
  familyName: string;
  middleName: string;
  givenName: string;
}

/** Capitalises each word ("nguyễn VĂN an" → "Nguyễn Văn An"). */
export function titleCaseName(text: string): string {
  return text
    .normalize('NFC')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1).toLocaleLowerCase('vi'))
    .join(' ');
}

/** First word is the family name, last word the given name, the rest the middle name. */
export function splitFullName(fullName: string): NameParts | null {
  const words = titleCaseName(fullName).split(' ').filter(Boolean);
  if (words.length < 2) return null;
  return {
    familyName: words[0]!,
    middleName: words.slice(1, -1).join(' '),
    givenName: words[words.length - 1]!,
  };
}

export function joinFullName(parts: NameParts): string {
  return [parts.familyName, parts.middleName, parts.givenName].filter(Boolean).join(' ');
}

/** The full name from a row's name columns as the people table names them. */
export function fullNameOfRow(r: { family_name: string; middle_name: string; given_name: string }): string {
  return joinFullName({ familyName: r.family_name, middleName: r.middle_name, givenName: r.given_name });
}
