/**
 * Matching a typed locality ("P. Đức Xuân", "phường Đức Xuân", "Duong Quang")
 * to the office's own list, ignoring case, diacritics and the administrative
 * prefix. An exact folded match wins over a match without prefixes, and a
 * parent hint (the ward column of the same row) settles villages with the same
 * name in different wards.
 */
import { foldVietnamese } from '../shared/vietnamese-text';

export interface LocalityOption {
  id: string;
  name: string;
  parentId?: string | null;
}

export type LocalityMatch = { kind: 'match'; id: string } | { kind: 'none' } | { kind: 'ambiguous'; ids: string[] };

// Folded prefixes, longest first so "to dan pho" is removed before "to".
const PREFIXES = [
  'thi tran',
  'to dan pho',
  'khu pho',
  'phuong',
  'xa',
  'thon',
  'to',
  'ban',
  'ap',
  'khoi',
  'lang',
  'xom',
  'tdp',
  'kp',
  'tt',
  'p',
  'x',
];
const PREFIX = new RegExp(`^(?:${PREFIXES.join('|')})(?:\\.\\s*|\\s+)`);

function fullKey(name: string): string {
  return foldVietnamese(name).replace(/\./g, '. ').replace(/\s+/g, ' ').trim();
}

/**
 * The keys a name can be known by: the whole folded name and, when it starts
 * with an administrative prefix, the rest ("P. Đức Xuân" → "p. duc xuan", "duc xuan").
 * Both are kept because some names start with a prefix-like word ("Tô Hiệu").
 */
export function localityKeys(name: string): string[] {
  const full = fullKey(name);
  const stripped = full.replace(PREFIX, '').trim();
  const plain = (key: string) => key.replace(/\./g, ' ').replace(/\s+/g, ' ').trim();
  return stripped === '' || stripped === full ? [plain(full)] : [plain(full), plain(stripped)];
}

function pick(candidates: LocalityOption[], parentId: string | null | undefined): LocalityMatch | null {
  if (candidates.length === 0) return null;
  const narrowed = candidates.length > 1 && parentId ? candidates.filter((c) => c.parentId === parentId) : candidates;
  const list = narrowed.length > 0 ? narrowed : candidates;
  return list.length === 1 ? { kind: 'match', id: list[0]!.id } : { kind: 'ambiguous', ids: list.map((c) => c.id) };
}

/** A matcher over one office's list, keys computed once (an import matches thousands of rows). */
export function localityMatcher(localities: readonly LocalityOption[]) {
  const indexed = localities.map((l) => ({ locality: l, keys: localityKeys(l.name) }));
  return (name: string, options: { parentId?: string | null } = {}): LocalityMatch => {
    if (name.trim() === '') return { kind: 'none' };
    const keys = localityKeys(name);
    const exact = indexed.filter((e) => e.keys[0] === keys[0]).map((e) => e.locality);
    const exactMatch = pick(exact, options.parentId);
    if (exactMatch) return exactMatch;
    const loose = indexed.filter((e) => e.keys.some((k) => keys.includes(k))).map((e) => e.locality);
    return pick(loose, options.parentId) ?? { kind: 'none' };
  };
}

export function matchLocality(
  name: string,
  localities: readonly LocalityOption[],
  options: { parentId?: string | null } = {},
): LocalityMatch {
  return localityMatcher(localities)(name, options);
}
