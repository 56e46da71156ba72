import { vi } from '../messages/vi';

/** The left navigation, in the order offices asked for. `ready` sections have screens; others show a notice. */
export const sections = [
  { key: 'tong-quan', label: vi.nav.overview, ready: true },
  { key: 'cong-dan', label: vi.nav.people, ready: true },
  { key: 'tuyen-quan', label: vi.nav.conscription, ready: false },
  { key: 'dan-quan-tu-ve', label: vi.nav.militia, ready: false },
  { key: 'quan-nhan-du-bi', label: vi.nav.reserves, ready: false },
  { key: 'dien-tap-huan-luyen', label: vi.nav.drills, ready: false },
  { key: 'van-ban-bao-cao', label: vi.nav.documents, ready: false },
  { key: 'cai-dat', label: vi.nav.settings, ready: true },
] as const;

export type SectionKey = (typeof sections)[number]['key'];
export const DEFAULT_SECTION: SectionKey = 'tong-quan';

export function sectionFromHash(hash: string): SectionKey {
  const key = hash.replace(/^#\/?/, '').split('/')[0];
  return sections.find((s) => s.key === key)?.key ?? DEFAULT_SECTION;
}
