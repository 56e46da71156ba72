/**
 * The two ways a `{name}` placeholder is filled, for the core and the renderer alike. Documents use
 * `fill`: a value missing there is a bug in the builder, and printing "{year}" on an official paper
 * is worse than failing. Messages use `format`: a missing value leaves the placeholder visible, so a
 * screen still says something.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`Missing value for {${key}}`);
    return String(value);
  });
}

/** Fills `{name}` placeholders; a missing value leaves the placeholder visible so the gap is noticed. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** 1 234 567 bytes → "1,2 MB", as an office reads sizes. */
export function formatSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toLocaleString('vi-VN', { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${units[unit]}`;
}

/** The same labels in lower case, for use inside a sentence ("Dân quân cơ động" from "Cơ động"). */
export function lowerCased<K extends string>(labels: Readonly<Record<K, string>>): Record<K, string> {
  return Object.fromEntries(
    Object.entries<string>(labels).map(([key, label]) => [key, label.toLocaleLowerCase('vi')]),
  ) as Record<K, string>;
}

/** "Phường Đức Xuân" → "phường Đức Xuân": a name or label as it is written inside a sentence. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * "Nguyễn Đức" → "nguyen duc": NFD, marks stripped, đ→d, lower case, spaces collapsed. The one folding
 * rule of the program: the core stores and searches folded names with it, and every picker and filter
 * of the renderer matches typed text with it, so "duc xuan" finds "Đức Xuân" everywhere alike.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
