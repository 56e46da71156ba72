/**
 * Rough printed width of a line of text in Times New Roman, for sizing the short rules that
 * Decree 30 measures against the text above them ("1/3 to 1/2 of the line"). Word and LibreOffice
 * do not size a paragraph border to its text, so we estimate it from the font's advance widths
 * (Adobe Times metrics, in 1/1000 em; Liberation Serif shares them). A few per cent off is fine:
 * the decree gives a range, not a length.
 */
const UPPER = {
  regular: [
    722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944,
    722, 722, 611,
  ],
  bold: [
    722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000,
    722, 722, 667,
  ],
};
const LOWER = {
  regular: [
    444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722,
    500, 500, 444,
  ],
  bold: [
    500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722,
    500, 500, 444,
  ],
};
const NARROW_PUNCTUATION = new Set([' ', ',', '.', ';', ':', '/', "'", '(', ')', '-']);

function advance(char: string, bold: boolean): number {
  // Strip tone and vowel marks: "Ộ" is as wide as "O", "đ" close enough to "d".
  const base = char.normalize('NFD').charAt(0).replace('Đ', 'D').replace('đ', 'd');
  const code = base.charCodeAt(0);
  const weight = bold ? 'bold' : 'regular';
  if (code >= 65 && code <= 90) return UPPER[weight][code - 65] ?? 722;
  if (code >= 97 && code <= 122) return LOWER[weight][code - 97] ?? 500;
  if (NARROW_PUNCTUATION.has(base)) return base === ' ' ? 250 : 300;
  return 500; // digits and anything else
}

/** Estimated width in twips (1/20 pt) of `text` set in one line at `sizePt`. */
export function estimateTextWidthTwips(text: string, sizePt: number, bold = false): number {
  let units = 0;
  for (const char of text) units += advance(char, bold);
  return Math.round((units / 1000) * sizePt * 20);
}

/**
 * Splits a body name that does not fit its column into two lines, the way clerks type them:
 * before a locality word when that gives two lines that fit ("BAN CHQS" / "THÀNH PHỐ BẮC KẠN"),
 * otherwise where the two lines are most even. Left to itself, Word would strand the last word
 * ("BAN CHQS THÀNH PHỐ BẮC" / "KẠN").
 */
export function balancedLines(
  text: string,
  sizePt: number,
  bold: boolean,
  available: number,
  breakBefore: readonly string[] = [],
): string[] {
  const words = text.trim().split(/\s+/);
  const width = (line: string) => estimateTextWidthTwips(line, sizePt, bold);
  if (words.length < 2 || width(words.join(' ')) <= available) return [words.join(' ')];
  const splits = words.slice(1).map((_, i) => {
    const lines = [words.slice(0, i + 1).join(' '), words.slice(i + 1).join(' ')];
    const second = lines[1] ?? '';
    return {
      lines,
      widest: Math.max(...lines.map(width)),
      preferred: breakBefore.some((word) => second === word || second.startsWith(`${word} `)),
    };
  });
  const fitting = splits.filter((s) => s.preferred && s.widest <= available);
  const pool = fitting.length > 0 ? fitting : splits;
  return pool.reduce((best, s) => (s.widest < best.widest ? s : best)).lines;
}
