import { localityWords } from './official-text';

/** Vietnamese vowels (any tone): a word of capitals without one is an abbreviation ("CHQS", "BCH"). */
const VOWEL = /[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
/** Abbreviations that do hold a vowel. */
const ABBREVIATIONS = new Set(['UBND']);

const DASHES = new Set(['-', '–', '—']);

function capitalize(word: string): string {
  return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
}

function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word) || (/\p{Lu}{2,}/u.test(word) && !VOWEL.test(word));
}

/**
 * A body's name as it reads inside a sentence. Offices type their name in capitals, the way the
 * header prints it ("BAN CHQS THÀNH PHỐ BẮC KẠN"); a sentence wants "Ban CHQS thành phố Bắc Kạn":
 * the first word capitalised, abbreviations kept, the place name after "thành phố", "xã", "khu vực"
 * … or a dash capitalised word by word. A name typed in mixed case is the office's own spelling: kept as is.
 */
export function nameInText(name: string): string {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (trimmed !== trimmed.toLocaleUpperCase('vi')) return trimmed;
  const words = trimmed.split(' ');
  // Where the place name starts: after the first locality word ("THÀNH PHỐ" is two words) or dash.
  let placeFrom = words.length;
  for (let i = 0; i < words.length && placeFrom === words.length; i++) {
    if (DASHES.has(words[i]!)) placeFrom = i + 1;
    for (const locality of localityWords) {
      const parts = locality.split(' ');
      if (parts.every((part, j) => words[i + j] === part)) {
        placeFrom = i + parts.length;
        break;
      }
    }
  }
  return words
    .map((word, i) => {
      if (isAbbreviation(word)) return word;
      const lower = word.toLocaleLowerCase('vi');
      return i === 0 || i >= placeFrom ? capitalize(lower) : lower;
    })
    .join(' ');
}
