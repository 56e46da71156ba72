import { vi } from '../messages/vi';

/** The left navigation, in the order offices asked for; sections without a screen yet show a notice (AppShell). */
export const sections = [
  { key: 'tong-quan', label: vi.nav.overview },
  { key: 'cong-dan', label: vi.nav.people },
  { key: 'tuyen-quan', label: vi.nav.conscription },
  { key: 'dan-quan-tu-ve', label: vi.nav.militia },
  { key: 'quan-nhan-du-bi', label: vi.nav.reserves },
  { key: 'dien-tap-huan-luyen', label: vi.nav.drills },
  { key: 'chinh-tri-chinh-sach', label: vi.nav.political },
  { key: 'van-ban-bao-cao', label: vi.nav.documents },
  { key: 'trao-doi-du-lieu', label: vi.nav.exchange },
  { key: 'cai-dat', label: vi.nav.settings },
  { key: 'huong-dan', label: vi.nav.help },
] as const;

export type SectionKey = (typeof sections)[number]['key'];
export const DEFAULT_SECTION: SectionKey = 'tong-quan';
/** Where a login opens: the overview. */
export const HOME_HASH = `#/${DEFAULT_SECTION}`;

export function sectionFromHash(hash: string): SectionKey {
  const key = hash.replace(/^#\/?/, '').split('/')[0];
  return sections.find((s) => s.key === key)?.key ?? DEFAULT_SECTION;
}

/** What follows the section (#/tuyen-quan/<id>/cong-dan → ['<id>', 'cong-dan']), for screens with detail views. */
export function subPathFromHash(hash: string): string[] {
  return hash.replace(/^#\/?/, '').split('/').slice(1).filter(Boolean).map(decodePart);
}

/** A hand-typed address may hold a stray "%"; keep the part as typed rather than fail. */
function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
