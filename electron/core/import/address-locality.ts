/**
 * A place written as one text — "Tổ 2, Phường Đức Xuân", the program's own "Địa bàn" column and the
 * common "Địa chỉ" of an office's list ("Số 5, Tổ 2, P. Đức Xuân, TP Bắc Kạn") — read as the
 * office's ward/commune (the rightmost part that names one) and the village just before it,
 * matched like the separate columns (case, diacritics and prefixes ignored, ./locality-match.ts).
 */
import { foldVietnamese } from '../shared/vietnamese-text';
import type { LocalityMatch } from './locality-match';

export interface AddressLocality {
  /** The village if the address names one of the ward's, else the ward; null when no known ward/commune is named. */
  localityId: string | null;
  /** What is left of the address once the place is taken out (house number, street), for the address field. */
  rest: string;
  /** A part that reads like a place the list lacks (or names several): the row says which. */
  problem: { field: 'village' | 'commune'; value: string; match: LocalityMatch } | null;
}

// Folded words that open the name of a place: "Tổ 2", "Thôn Nà Pài", "Phường Đức Xuân", "P. Đức Xuân".
const VILLAGE_WORDS = /^(to|to dan pho|thon|ban|ap|khu pho|khoi|lang|xom|tdp|kp)\b/;
const COMMUNE_WORDS = /^(phuong|xa|thi tran|p|x|tt)\b/;
const folded = (part: string) =>
  foldVietnamese(part)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The parts of an address, left to right: commas, semicolons and " - " separate them. */
export function addressParts(text: string): string[] {
  return text
    .split(/\s*[,;]\s*|\s+-\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export function localityFromAddress(
  text: string,
  match: (name: string, parentId: string | null) => LocalityMatch,
  parentOf: (id: string) => string | null,
): AddressLocality {
  const parts = addressParts(text);
  for (let i = parts.length - 1; i >= 0; i--) {
    const ward = match(parts[i]!, null);
    if (ward.kind !== 'match' || parentOf(ward.id) !== null) continue;
    const before = i > 0 ? parts[i - 1]! : null;
    if (before !== null) {
      const village = match(before, ward.id);
      if (village.kind === 'match' && parentOf(village.id) === ward.id)
        return { localityId: village.id, rest: parts.slice(0, i - 1).join(', '), problem: null };
      if (VILLAGE_WORDS.test(folded(before)))
        return {
          localityId: ward.id,
          rest: parts.slice(0, i - 1).join(', '),
          problem: { field: 'village', value: before, match: village.kind === 'match' ? { kind: 'none' } : village },
        };
    }
    return { localityId: ward.id, rest: parts.slice(0, i).join(', '), problem: null };
  }
  // No known ward/commune: one known village alone ("Tổ 7") is enough when it is the only part.
  if (parts.length === 1) {
    const only = match(parts[0]!, null);
    if (only.kind === 'match') return { localityId: only.id, rest: '', problem: null };
  }
  const commune = [...parts].reverse().find((p) => COMMUNE_WORDS.test(folded(p)));
  const problem = commune ? { field: 'commune' as const, value: commune, match: match(commune, null) } : null;
  return { localityId: null, rest: text, problem };
}
